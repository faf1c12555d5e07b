package vn.cchc.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.catalog.VietnameseOrder;
import vn.cchc.export.ExportColumn;
import vn.cchc.export.ExportContext;
import vn.cchc.export.ExportLanguage;
import vn.cchc.export.ExportTable;
import vn.cchc.export.XlsxTableExporter;
import vn.cchc.ingest.ReportParser;
import vn.cchc.sample.FileFormat;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;
import vn.cchc.sample.ReportingPeriod;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;
import vn.cchc.warehouse.ReportLoader;
import vn.cchc.warehouse.Warehouse;

/**
 * Vietnamese order (issue 12) where users see names: the filter options, the rankings and an export
 * reopened with POI, on a real DuckDB file holding a generated year of every one of the 63 provinces
 * loaded by the real loader; and the SQL side's collation held to the Java comparator's order.
 */
class VietnameseOrderIT {

    /** The example; "Huế" is a name of 2025 only (before, Thừa Thiên Huế). */
    static final List<String> EXAMPLE = List.of("Cà Mau", "Cao Bằng", "Cần Thơ", "Hà Nội", "Hà Tĩnh", "Hải Phòng", "Huế",
            "Hưng Yên");
    static final List<String> EXAMPLE_2008 = EXAMPLE.stream().filter(n -> !n.equals("Huế")).toList();

    @TempDir
    static Path tmp;
    static Warehouse warehouse;
    static Services s;

    @BeforeAll
    static void generateAndLoad() throws IOException {
        Catalog catalog = Catalog.bundled();
        ReferenceData reference = ReferenceData.bundled();
        GeneratorSettings settings = GeneratorSettings.of(63L, 2024, 2024, 0).withAgencies(2, 0)
                .withPeriods(EnumSet.of(ReportingPeriod.Kind.Y)).withFormats(EnumSet.of(FileFormat.TXT));
        HistoryGenerator.Summary generated = new HistoryGenerator(catalog, reference, settings).write(tmp.resolve("h"), r -> { });
        warehouse = Warehouse.open(tmp.resolve("cchc.duckdb"));
        List<FileOutcome> outcomes = new BatchLoader(new ReportParser(catalog, reference), new ReportLoader(warehouse), 2)
                .load(BatchLoader.collect(List.of(generated.reportFolder())), o -> { });
        assertThat(outcomes).isNotEmpty().allMatch(o -> o.kind() == FileOutcome.Kind.LOADED);
        s = Services.on(warehouse.dsl());
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    /** The names in the list that are the example's, in the list's order. */
    private static List<String> exampleIn(List<String> names, List<String> example) {
        return names.stream().filter(example::contains).distinct().toList();
    }

    private static void assertVietnameseOrder(List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(VietnameseOrder.NAMES);
        assertThat(names).isEqualTo(sorted);
    }

    @Test
    void theFilterOptionsListProvincesAndAgenciesInVietnameseOrder() {
        List<String> now = s.options().provinces(Boundary.NEW_34).stream().map(ProvinceOption::name).toList();
        List<String> before = s.options().provinces(Boundary.OLD_63).stream().map(ProvinceOption::name).toList();
        assertThat(now).hasSize(34);
        assertThat(exampleIn(now, EXAMPLE)).containsExactlyElementsOf(EXAMPLE);
        assertThat(before).hasSize(63);
        assertThat(exampleIn(before, EXAMPLE_2008)).containsExactlyElementsOf(EXAMPLE_2008);
        assertThat(before).as("not byte order").isNotEqualTo(before.stream().sorted().toList());
        assertVietnameseOrder(before);

        List<AgencyOption> agencies = s.options().agencies(null, "province", Boundary.OLD_63);
        assertThat(agencies).hasSize(63);
        assertThat(exampleIn(agencies.stream().map(AgencyOption::provinceName).toList(), EXAMPLE_2008))
                .containsExactlyElementsOf(EXAMPLE_2008);
    }

    @Test
    void theRankingsListUnitsWithoutAFigureInVietnameseOrder() {
        // 2025-Q1: nobody reported in this warehouse, so all 34 are listed apart, in the table's order of names.
        Ranking ranking = s.rankings().provinces(MeasureCatalog.ONTIME_RATE, "2025-Q1", Boundary.NEW_34, null);
        List<String> apart = ranking.unranked().stream().map(Unranked::name).toList();
        assertThat(apart).hasSize(34);
        assertThat(exampleIn(apart, EXAMPLE)).containsExactlyElementsOf(EXAMPLE);
        assertVietnameseOrder(apart);

        Ranking year = s.rankings().provinces(MeasureCatalog.ONTIME_RATE, "2024-Y", Boundary.OLD_63, null);
        assertThat(year.rows()).hasSize(63);
    }

    @Test
    void theHeatmapsRowsAreInVietnameseOrderOfProvinces() {
        Heatmap map = s.heatmap().heatmap(MeasureCatalog.ONTIME_RATE, new PeriodRange("2024-Y", "2024-Y", Grain.YEAR), null,
                "province", Boundary.OLD_63);
        List<String> provinces = map.agencies().stream().map(AgencyOption::provinceName).toList();
        assertThat(exampleIn(provinces, EXAMPLE_2008)).containsExactlyElementsOf(EXAMPLE_2008);
        assertVietnameseOrder(provinces);
    }

    @Test
    void anExportReopenedWithPoiHasItsRowsInVietnameseOrder() throws IOException {
        Path file = tmp.resolve("ontime.xlsx");
        List<ExportColumn> columns = List.of(ExportColumn.text("Tỉnh (lúc báo cáo)", "Province (when reported)", 18),
                ExportColumn.text("Cơ quan", "Agency", 32), ExportColumn.text("Kỳ", "Period", 9),
                ExportColumn.text("Tệp nguồn", "Source file", 30));
        ExportQueries queries = new ExportQueries(warehouse.dsl());
        try (Stream<ExportQueries.ValueRow> rows = queries.values(ExportQueries.Filter.of("tthc.ontime_rate.dept"));
             OutputStream out = Files.newOutputStream(file)) {
            ExportTable table = new ExportTable(columns, rows.<List<?>>map(v -> Arrays.asList(v.province(), v.agency(),
                    v.period(), v.sourceFile())).iterator(), 3);
            new XlsxTableExporter().write(table, new ExportContext("Tỷ lệ đúng hạn", List.of(), "2024-Y", null,
                    ZonedDateTime.now(), "test", List.of()), ExportLanguage.VI, out);
        }

        List<String> provinces = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet data = wb.getSheetAt(0);
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tỉnh (lúc báo cáo)");
            for (int r = 1; r <= data.getLastRowNum(); r++) {
                provinces.add(data.getRow(r).getCell(0).getStringCellValue());
            }
        }
        assertThat(provinces.stream().distinct().count()).isEqualTo(63);
        assertThat(exampleIn(provinces, EXAMPLE_2008)).containsExactlyElementsOf(EXAMPLE_2008);
        assertVietnameseOrder(provinces);
    }

    @Test
    void duckDbsCollationOrdersAsTheJavaComparatorDoes() {
        // Every reference province name, and names that differ only by tone: ORDER BY name COLLATE vi in
        // DuckDB and VietnameseOrder in Java must agree, or a list would change order between two views.
        List<String> names = new ArrayList<>(warehouse.dsl().select(PROVINCE.NAME).from(PROVINCE).fetch(PROVINCE.NAME));
        names.addAll(List.of("ma", "mà", "mả", "mã", "má", "mạ", "Bạc Liêu", "Ba Vì", "Bà Rịa", "Bắc Ninh", "Đà Nẵng", "Dak"));
        var value = DSL.field(DSL.name("v", "n"), String.class);
        List<String> bySql = warehouse.dsl().select(value)
                .from(DSL.values(names.stream().map(DSL::row).toArray(org.jooq.Row1[]::new)).as("v", "n"))
                .orderBy(NameOrder.of(value)).fetch(value);
        List<String> byJava = new ArrayList<>(names);
        byJava.sort(VietnameseOrder.NAMES);
        assertThat(bySql).hasSize(names.size());
        // Equal names (a province's two generations) may come in either order; compare as lists of names.
        assertThat(bySql).isEqualTo(byJava);
        assertThat(exampleIn(bySql, EXAMPLE)).containsExactlyElementsOf(EXAMPLE);
    }
}
