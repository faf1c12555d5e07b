package vn.cchc.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.analytics.ExportQueries.Filter;
import vn.cchc.catalog.Slugs;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.ReportLoader;
import vn.cchc.warehouse.SeedReports;
import vn.cchc.warehouse.Warehouse;

/** The export's queries against a real, migrated DuckDB file holding the five real seeds. */
class ExportQueriesIT {

    private static final String RATE = "tthc.ontime_rate.dept";

    @TempDir
    static Path tmp;
    static Warehouse warehouse;
    static ExportQueries queries;

    @BeforeAll
    static void load() throws IOException {
        List<Path> files = BatchLoader.collect(List.of(SeedReports.copyTo(tmp.resolve("seeds"))));
        warehouse = Warehouse.open(tmp.resolve("w.duckdb"));
        new BatchLoader(SeedReports.parser(), new ReportLoader(warehouse), 1).load(files, o -> { });
        queries = new ExportQueries(warehouse.dsl());
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void provincesBySlugNameOrAliasOnEitherBoundary() {
        assertThat(queries.province("Tuyên Quang", null).orElseThrow().slug()).as("the 34 win").isEqualTo("tuyen-quang-2025");
        assertThat(queries.province("tuyen quang", Boundary.OLD_63).orElseThrow().slug()).isEqualTo("tuyen-quang");
        assertThat(queries.province("HÀ GIANG", null).orElseThrow().boundary()).isEqualTo(Boundary.OLD_63);
        assertThat(queries.province("ha-giang", Boundary.NEW_34)).isEmpty();
        assertThat(queries.province("Bắc Cạn", null).orElseThrow().slug()).isEqualTo("bac-kan");
        assertThat(queries.province("Atlantis", null)).isEmpty();
        assertThat(Slugs.of(" Đắk Lắk ")).isEqualTo("dak-lak");
    }

    @Test
    void periodsAndCloseIndicatorIds() {
        assertThat(queries.period("2023-q1").orElseThrow().end()).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(queries.period("2023-Q5")).isEmpty();
        assertThat(queries.closeIndicators("tthc.ontime_rate.dep", 3).getFirst()).isEqualTo(RATE);
        assertThat(ExportQueries.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(queries.indicator(RATE).orElseThrow().numeratorId()).isEqualTo("tthc.ontime.dept");
    }

    @Test
    void valuesStreamInProvinceAgencyPeriodOrderWithFilters() {
        List<ExportQueries.ValueRow> all;
        try (Stream<ExportQueries.ValueRow> s = queries.values(Filter.of(RATE))) {
            all = s.toList();
        }
        assertThat(all).hasSize(5);
        assertThat(all).extracting(ExportQueries.ValueRow::province)
                .containsExactly("Ninh Thuận", "Quảng Bình", "Quảng Trị", "Thanh Hóa", "Tuyên Quang");
        ExportQueries.ValueRow quangBinh = all.get(1);
        assertThat(quangBinh.value()).isEqualTo(99.62);
        assertThat(quangBinh.raw()).contains("99,62");
        assertThat(quangBinh.provinceNow()).isEqualTo("Quảng Trị");

        Filter range = new Filter(RATE, queries.period("2023-Q1").orElseThrow(), queries.period("2023-Y").orElseThrow(),
                null, "department", null);
        try (Stream<ExportQueries.ValueRow> s = queries.values(range)) {
            assertThat(s.map(ExportQueries.ValueRow::sourceFile)).containsExactly("003_6e93ae04989b8532.txt");
        }
        // A value written with a quote and a wildcard character is a bound value, not SQL.
        try (Stream<ExportQueries.ValueRow> s = queries.values(new Filter(RATE, null, null, null, null, "x' OR '1'='1%"))) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void pivotCellsCarryEachReportsNumeratorAndDenominator() {
        List<ExportQueries.PivotCell> cells = queries.pivot(Filter.of(RATE));
        assertThat(cells).hasSize(5);
        ExportQueries.PivotCell quangBinh = cells.stream().filter(c -> c.province().equals("Quảng Bình")).findFirst().orElseThrow();
        assertThat(quangBinh.value()).isEqualTo(99.62);
        assertThat(quangBinh.numerator()).isEqualTo(523);
        assertThat(quangBinh.denominator()).isEqualTo(525);
        assertThat(queries.periodsInOrder(new java.util.HashSet<>(cells.stream().map(ExportQueries.PivotCell::period).toList())))
                .extracting(ExportQueries.PeriodInfo::code).containsExactly("2021-Q1", "2021-Y", "2023-Q1", "2023-Q3");
    }
}
