package vn.cchc.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.ingest.ReportMetadata;
import vn.cchc.warehouse.ReportLoader;
import vn.cchc.warehouse.SeedReports;
import vn.cchc.warehouse.Warehouse;

/**
 * An agency whose only report gave no period it could be filed under (the period was not found in
 * its text): ranking its kind of agency for a period leaves it out, as completeness does, rather
 * than failing on the missing period.
 */
class ReportWithoutPeriodIT {

    @TempDir
    Path tmp;

    @Test
    void anAgencyWhoseOnlyReportHasNoPeriodIsNeitherRankedNorListedApart() throws Exception {
        String file = "001_5861b1071b6d393a.txt";
        ParsedReport seed = SeedReports.parser().parse(file, SeedReports.bytes(file));
        ReportMetadata m = seed.metadata();
        ParsedReport withoutPeriod = new ParsedReport(seed.fileName(), seed.sha256(), seed.byteSize(), seed.shape(),
                seed.template(), new ReportMetadata(m.province(), m.agency(), m.agencyKind(), m.departmentSlug(), null,
                m.docNumber(), m.docDate(), m.title(), m.findings()), seed.values(), seed.findings());
        try (Warehouse warehouse = Warehouse.open(tmp.resolve("w.duckdb"))) {
            new ReportLoader(warehouse).load(withoutPeriod);
            Services s = Services.on(warehouse.dsl());

            Ranking ranking = s.rankings().agencies(MeasureCatalog.ONTIME_RATE, "2021-Q1", m.agencyKind().value(),
                    m.province().value(), Boundary.OLD_63);

            assertThat(ranking.rows()).isEmpty();
            assertThat(ranking.unranked()).isEmpty();
        }
    }
}
