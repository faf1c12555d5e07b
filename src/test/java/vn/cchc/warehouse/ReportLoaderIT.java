package vn.cchc.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.warehouse.jooq.Tables.AGENCY;
import static vn.cchc.warehouse.jooq.Tables.FINDING;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_EVIDENCE;
import static vn.cchc.warehouse.jooq.Tables.REPORT_OVERVIEW;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE_PART;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.ingest.ParsedValue;
import vn.cchc.ingest.ValueDraft;

/** One report, one transaction: duplicates, supersession and failures against a real DuckDB file. */
class ReportLoaderIT extends FreshWarehouse {


    @Test
    void storesTheReportWithEvidenceValuesPartsAndFindings() throws Exception {
        ParsedReport r = seed("001_5861b1071b6d393a.txt");
        LoadResult result = loader.load(r);
        assertThat(result.status()).isEqualTo(LoadResult.Status.LOADED);
        assertThat(dsl.fetchCount(REPORT_VALUE, REPORT_VALUE.REPORT_ID.eq(result.reportId()))).isEqualTo(r.values().size());
        assertThat(dsl.select(REPORT_EVIDENCE.FIELD).from(REPORT_EVIDENCE).where(REPORT_EVIDENCE.REPORT_ID.eq(result.reportId()))
                .fetch(REPORT_EVIDENCE.FIELD)).contains("province", "agency", "agency_kind", "period", "doc_number", "template", "encoding");
        assertThat(dsl.select(REPORT_EVIDENCE.VALUE).from(REPORT_EVIDENCE).where(REPORT_EVIDENCE.REPORT_ID.eq(result.reportId()))
                .and(REPORT_EVIDENCE.FIELD.eq("encoding")).fetchOne(REPORT_EVIDENCE.VALUE)).isEqualTo("UTF-8");
        // '77 (cấp tỉnh 54, huyện 23)' keeps its per-level parts.
        assertThat(dsl.select(REPORT_VALUE_PART.PART, REPORT_VALUE_PART.NUMBER).from(REPORT_VALUE_PART)
                .join(REPORT_VALUE).on(REPORT_VALUE.REPORT_ID.eq(REPORT_VALUE_PART.REPORT_ID)
                        .and(REPORT_VALUE.ORDINAL.eq(REPORT_VALUE_PART.ORDINAL)))
                .where(REPORT_VALUE.RAW.eq("77 (cấp tỉnh 54, huyện 23)"))
                .fetch(rec -> rec.value1() + "=" + rec.value2())).containsExactlyInAnyOrder("province=54.0", "district=23.0");
        // The inline counts of '99,62% (523/525)' are values of their own, marked as such.
        assertThat(dsl.select(REPORT_VALUE.ORIGIN).from(REPORT_VALUE).where(REPORT_VALUE.INDICATOR_ID.eq("tthc.resolved.dept"))
                .fetchOne(REPORT_VALUE.ORIGIN)).isEqualTo("inline");
        assertThat(dsl.fetchCount(FINDING, FINDING.REPORT_ID.eq(result.reportId()))).isEqualTo(r.findings().size());
    }

    @Test
    void theSameContentTwiceIsLoadedOnce() throws Exception {
        LoadResult first = loader.load(seed("002_fff703ffbe76582a.txt"));
        LoadResult second = loader.load(seed("002_fff703ffbe76582a.txt"));
        assertThat(second.status()).isEqualTo(LoadResult.Status.DUPLICATE);
        assertThat(second.reportId()).isEqualTo(first.reportId());
        assertThat(dsl.fetchCount(REPORT)).isEqualTo(1);
    }

    @Test
    void aNewFileForTheSameAgencyAndPeriodSupersedesTheOldWhichStaysAsHistory() throws Exception {
        byte[] original = SeedReports.bytes("004_197f7b6bb391846f.txt");
        String corrected = new String(original, StandardCharsets.UTF_8).replace("\t3.698\t", "\t3.700\t");
        LoadResult first = loader.load(parser.parse("thanh-hoa-q1.txt", original));
        LoadResult second = loader.load(parser.parse("thanh-hoa-q1-corrected.txt", corrected.getBytes(StandardCharsets.UTF_8)));

        assertThat(second.superseded()).containsExactly(first.reportId());
        assertThat(dsl.fetchCount(REPORT)).isEqualTo(2);
        assertThat(dsl.select(REPORT_OVERVIEW.SUPERSEDED_BY).from(REPORT_OVERVIEW)
                .where(REPORT_OVERVIEW.REPORT_ID.eq(first.reportId())).fetchOne(REPORT_OVERVIEW.SUPERSEDED_BY))
                .isEqualTo(second.reportId());
        // The public view shows the current version only.
        assertThat(dsl.select(INDICATOR_VALUES.VALUE).from(INDICATOR_VALUES)
                .where(INDICATOR_VALUES.INDICATOR.eq("staff.civil.assigned")).fetch(INDICATOR_VALUES.VALUE)).containsExactly(3700.0);
        assertThat(dsl.selectDistinct(INDICATOR_VALUES.SOURCE_FILE).from(INDICATOR_VALUES).fetch(INDICATOR_VALUES.SOURCE_FILE))
                .containsExactly("thanh-hoa-q1-corrected.txt");
    }

    @Test
    void aFailedReportLeavesTheWarehouseAsItWas() throws Exception {
        loader.load(seed("000_325df2895e38e3a8.txt"));
        int reports = dsl.fetchCount(REPORT);
        int agencies = dsl.fetchCount(AGENCY);
        int values = dsl.fetchCount(REPORT_VALUE);
        int findings = dsl.fetchCount(FINDING);

        // A report from an agency not seen before, whose last value cannot be stored: everything
        // before it (agency, report row, evidence, appended values) must roll back.
        ParsedReport good = seed("003_6e93ae04989b8532.txt");
        List<ValueDraft> values2 = new ArrayList<>(good.values());
        values2.add(new ValueDraft(values2.size(), "no.such.indicator",
                new ParsedValue("1", ParsedValue.Status.NUMBER, 1.0, null, null, null, List.of(), null, 0, false),
                null, null, ValueDraft.Origin.ROW, "9.9", "bad", 1));
        ParsedReport broken = new ParsedReport(good.fileName(), good.sha256(), good.byteSize(), good.shape(), good.template(),
                good.metadata(), values2, good.findings());

        assertThatThrownBy(() -> loader.load(broken)).isInstanceOf(RuntimeException.class);

        assertThat(dsl.fetchCount(REPORT)).isEqualTo(reports);
        assertThat(dsl.fetchCount(AGENCY)).isEqualTo(agencies);
        assertThat(dsl.fetchCount(REPORT_VALUE)).isEqualTo(values);
        assertThat(dsl.fetchCount(FINDING)).isEqualTo(findings);
        // ...and the same report, repaired, loads afterwards.
        assertThat(loader.load(good).status()).isEqualTo(LoadResult.Status.LOADED);
    }

    @Test
    void correctedReferenceDataIsAppliedOnTheNextOpen() throws Exception {
        warehouse.close();
        Path override = Files.createDirectories(tmp.resolve("data/reference"));
        String provinces = new String(getClass().getResourceAsStream("/reference/provinces.csv").readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(override.resolve("provinces.csv"), provinces.replace(",Ninh Thuận,2008,", ",Ninh Thuận (sửa),2008,"));
        warehouse = Warehouse.open(tmp.resolve("w.duckdb"), tmp.resolve("data"));
        dsl = warehouse.dsl();
        loader = new ReportLoader(warehouse);
        loader.load(seed("002_fff703ffbe76582a.txt"));
        assertThat(dsl.selectDistinct(INDICATOR_VALUES.PROVINCE).from(INDICATOR_VALUES).fetch(INDICATOR_VALUES.PROVINCE))
                .containsExactly("Ninh Thuận (sửa)");
        assertThat(dsl.selectDistinct(INDICATOR_VALUES.PROVINCE_NOW).from(INDICATOR_VALUES).fetch(INDICATOR_VALUES.PROVINCE_NOW))
                .containsExactly("Khánh Hòa");
    }
}
