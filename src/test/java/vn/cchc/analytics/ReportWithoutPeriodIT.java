package vn.cchc.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.ingest.ReportMetadata;
import vn.cchc.ingest.ReportParser;
import vn.cchc.warehouse.ReportLoader;
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
        ParsedReport seed = parse("001_5861b1071b6d393a.txt");
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

    private static ParsedReport parse(String seed) throws IOException, vn.cchc.ingest.ReportReadException {
        try (InputStream in = ReportWithoutPeriodIT.class.getResourceAsStream("/sample/seeds/" + seed)) {
            return new ReportParser(Catalog.bundled(), ReferenceData.bundled()).parse(seed, in.readAllBytes());
        }
    }
}
