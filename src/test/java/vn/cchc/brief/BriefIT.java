package vn.cchc.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.analytics.AccessScopeSource;
import vn.cchc.analytics.AgencyReports;
import vn.cchc.analytics.AnalyticsServices;
import vn.cchc.analytics.KpiCard;
import vn.cchc.analytics.Scope;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ReportParser;
import vn.cchc.sample.FileFormat;
import vn.cchc.sample.GeneratedReport;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;
import vn.cchc.sample.ReportingPeriod.Kind;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;
import vn.cchc.warehouse.ReportLoader;
import vn.cchc.warehouse.Warehouse;

/**
 * The briefing of a generated province (six departments, two districts, 2024-Q1 and Q2, one
 * department's Q2 report withheld, inconsistencies planted) against a real DuckDB file: its figures are the overview's, its
 * movers and laggards are the departments SQL over indicator_values names, the missing department is
 * named, the PDF is one A4 page with a Vietnamese text layer, and the same data gives the same bytes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefIT {

    static final GeneratorSettings SETTINGS = GeneratorSettings.of(20240701, 2024, 2024, 1).withAgencies(6, 2)
            .withPeriods(EnumSet.of(Kind.Q1, Kind.Q2)).withInconsistencyRate(0.6).withFormats(EnumSet.of(FileFormat.TXT));
    static final String PERIOD = "2024-Q2";

    Warehouse warehouse;
    DSLContext dsl;
    AnalyticsServices services;
    AgencyReports.Province province;
    String withheld;
    /** The threshold: the middle department's on-time rate, so that some are below it and some not. */
    double threshold;
    Path screenshots;

    @BeforeAll
    void load(@TempDir Path tmp) {
        Catalog catalog = Catalog.bundled();
        List<GeneratedReport> all = new HistoryGenerator(catalog, ReferenceData.bundled(), SETTINGS).generate();
        List<BatchLoader.Text> files = new ArrayList<>();
        for (GeneratedReport r : all) {
            if (withheld == null && r.period().code().equals(PERIOD) && r.agency().kind().code().equals("department")) {
                withheld = r.agency().name();
            } else {
                files.add(new BatchLoader.Text(r.fileName(), r.bytes()));
            }
        }
        warehouse = Warehouse.open(tmp.resolve("w.duckdb"));
        dsl = warehouse.dsl();
        List<FileOutcome> outcomes = new BatchLoader(new ReportParser(catalog, ReferenceData.bundled()), new ReportLoader(warehouse), 1)
                .loadTexts(files.iterator(), o -> { });
        assertThat(outcomes).allSatisfy(o -> assertThat(o.kind()).isEqualTo(FileOutcome.Kind.LOADED));
        services = AnalyticsServices.on(dsl, AccessScopeSource.countryWide());
        AgencyReports.Period p = services.agencyReports().period(PERIOD).orElseThrow();
        province = services.agencyReports().province(all.getFirst().provinceName(), p).orElseThrow();
        List<Double> rates = new ArrayList<>(departmentRates(PERIOD).values());
        rates.sort(Comparator.naturalOrder());
        threshold = rates.get(rates.size() / 2);
    }

    @AfterAll
    void close() {
        if (warehouse != null) {
            warehouse.close();
        }
    }

    BriefingFacts facts() {
        return new BriefingSource(services.overview(), services.rankings(), services.trends(), services.agencyReports(),
                services.measures()).facts(province, PERIOD, threshold);
    }

    /** Each department's on-time rate in a period, Σ on time / Σ resolved, from indicator_values. */
    Map<String, Double> departmentRates(String period) {
        var ontime = DSL.sum(DSL.when(INDICATOR_VALUES.INDICATOR.eq("tthc.ontime.dept"), INDICATOR_VALUES.VALUE));
        var resolved = DSL.sum(DSL.when(INDICATOR_VALUES.INDICATOR.eq("tthc.resolved.dept"), INDICATOR_VALUES.VALUE));
        Map<String, Double> rates = new HashMap<>();
        dsl.select(INDICATOR_VALUES.AGENCY, ontime, resolved).from(INDICATOR_VALUES)
                .where(INDICATOR_VALUES.PERIOD.eq(period)).and(INDICATOR_VALUES.AGENCY_KIND.eq("department"))
                .groupBy(INDICATOR_VALUES.AGENCY).fetch()
                .forEach(r -> {
                    if (r.value2() != null && r.value3() != null && r.value3().doubleValue() > 0) {
                        rates.put(r.value1(), 100 * r.value2().doubleValue() / r.value3().doubleValue());
                    }
                });
        return rates;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theHeadlineFiguresAreTheOverviewsWithTheirChangeInPoints() {
        BriefingFacts f = facts();
        BriefingText text = new BriefingText(f, BriefLanguage.VI);
        List<KpiCard> cards = services.overview().cards(Scope.province(province.slug()), PERIOD, BriefingSource.boundaryOf(PERIOD));
        assertThat(text.headlines()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            KpiCard c = cards.get(i);
            String sentence = text.headlines().get(i);
            assertThat(sentence).startsWith(c.measure().nameVi());
            if (c.current().value() == null) {
                assertThat(sentence).contains("chưa có số liệu");
                continue;
            }
            assertThat(sentence).contains(BriefLanguage.VI.percent(c.current().value()));
            if (c.changePoints() != null && Math.abs(c.changePoints()) <= 0.5) {
                assertThat(sentence).contains("giữ ổn định");
            } else if (c.changePoints() != null) {
                assertThat(sentence).contains((c.changePoints() > 0 ? "tăng " : "giảm ") + BriefLanguage.VI.points(c.changePoints())
                        + " điểm %");
            }
        }
        assertThat(cards.getFirst().current().value()).as("the on-time rate is reported").isNotNull();
    }

    @Test
    void moversAndLaggardsAreTheDepartmentsSqlNames() {
        BriefingFacts f = facts();
        Map<String, Double> now = departmentRates(PERIOD);
        Map<String, Double> before = departmentRates("2024-Q1");
        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        now.entrySet().stream().filter(e -> before.containsKey(e.getKey()))
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> e.getValue() - before.get(e.getKey())))
                .forEach(e -> {
                    double change = e.getValue() - before.get(e.getKey());
                    if (change < -0.5) {
                        down.add(e.getKey());
                    } else if (change > 0.5) {
                        up.addFirst(e.getKey());
                    }
                });
        assertThat(f.up()).extracting(m -> m.name().split(" — ")[0]).containsExactlyElementsOf(up.subList(0, Math.min(3, up.size())));
        assertThat(f.down()).extracting(m -> m.name().split(" — ")[0]).containsExactlyElementsOf(down.subList(0, Math.min(3, down.size())));
        assertThat(up.size() + down.size()).as("some department moved").isPositive();
        List<String> below = now.entrySet().stream().filter(e -> e.getValue() < threshold).map(Map.Entry::getKey).sorted().toList();
        assertThat(f.laggards()).extracting(u -> u.name().split(" — ")[0]).containsExactlyInAnyOrderElementsOf(below);
        assertThat(below).isNotEmpty();
        String laggards = new BriefingText(f, BriefLanguage.VI).laggards();
        below.forEach(name -> assertThat(laggards).contains(name));
    }

    @Test
    void theMissingDepartmentIsNamed() {
        BriefingFacts f = facts();
        assertThat(f.notReported()).anySatisfy(n -> assertThat(n).startsWith(withheld));
        assertThat(new BriefingText(f, BriefLanguage.VI).missing()).contains(withheld).contains("chưa gửi báo cáo");
    }

    @Test
    void thePdfIsOneA4PageWithVietnameseTextAndTheSameDataGivesTheSameBytes() throws IOException {
        BriefingFacts f = facts();
        byte[] pdf = Briefing.write(f, BriefLanguage.VI, Briefing.Format.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(org.apache.pdfbox.pdmodel.common.PDRectangle.A4.getHeight());
        }
        String text = text(pdf);
        assertThat(text).contains("BẢN TIN CẢI CÁCH HÀNH CHÍNH", "Tỷ lệ", "đúng hạn", "Chưa gửi báo cáo", withheld, province.name());
        assertThat(text).contains(BriefLanguage.VI.percent(f.headlines().getFirst().value()));
        assertThat(Briefing.write(facts(), BriefLanguage.VI, Briefing.Format.PDF)).isEqualTo(pdf);
        byte[] docx = Briefing.write(f, BriefLanguage.VI, Briefing.Format.DOCX);
        assertThat(Briefing.write(facts(), BriefLanguage.VI, Briefing.Format.DOCX)).isEqualTo(docx);
        try (XWPFDocument d = new XWPFDocument(new java.io.ByteArrayInputStream(docx));
             XWPFWordExtractor words = new XWPFWordExtractor(d)) {
            assertThat(words.getText()).contains("BẢN TIN", withheld, BriefLanguage.VI.percent(f.headlines().getFirst().value()));
            assertThat(d.getAllPictures()).hasSize(2);
        }
        Path out = Path.of("target", "brief");
        Files.createDirectories(out);
        Files.write(out.resolve("ban-tin.pdf"), pdf);
    }

    @Test
    void theWarningsAreTheFindingsOnTheHeadlineIndicatorsOfTheProvincesPeriod() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String id : vn.cchc.analytics.MeasureCatalog.HEADLINE) {
            var m = services.measures().get(id);
            m.parts().forEach(p -> ids.addAll(List.of(p.numerator(), p.denominator())));
            ids.addAll(m.reportedRates());
        }
        var F = vn.cchc.warehouse.jooq.Tables.FINDING;
        var R = vn.cchc.warehouse.jooq.Tables.REPORT;
        var V = vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;
        Map<String, Integer> expected = new HashMap<>();
        dsl.select(F.RULE, V.INDICATOR_ID).from(F).join(R).on(R.ID.eq(F.REPORT_ID))
                .leftJoin(V).on(V.REPORT_ID.eq(F.REPORT_ID).and(V.ORDINAL.eq(F.VALUE_ORDINAL)))
                .where(R.PERIOD_CODE.eq(PERIOD)).and(R.PROVINCE_SLUG.eq(province.slug()))
                .fetch().forEach(r -> {
                    if (r.value2() == null || ids.contains(r.value2())) {
                        expected.merge(r.value1(), 1, Integer::sum);
                    }
                });
        assertThat(expected).as("planted inconsistencies touch the headline figures").isNotEmpty();
        BriefingFacts f = facts();
        Map<String, Integer> shown = new HashMap<>();
        f.warnings().forEach(w -> shown.put(w.rule(), w.findings()));
        assertThat(shown).isEqualTo(expected);
        String sentence = new BriefingText(f, BriefLanguage.VI).warnings();
        expected.keySet().forEach(rule -> assertThat(sentence).contains(rule + ": " + expected.get(rule) + " cảnh báo"));
    }

    @Test
    void inEnglishOnRequest() throws IOException {
        String text = text(Briefing.write(facts(), BriefLanguage.EN, Briefing.Format.PDF));
        assertThat(text).contains("ADMINISTRATIVE REFORM BRIEFING", "headline rates", "Not reported", withheld);
    }
}
