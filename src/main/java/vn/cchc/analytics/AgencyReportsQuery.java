package vn.cchc.analytics;

import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static vn.cchc.warehouse.jooq.Tables.AGENCY;
import static vn.cchc.warehouse.jooq.Tables.FINDING;
import static vn.cchc.warehouse.jooq.Tables.PERIOD;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE_ALIAS;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_SUPERSESSION;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import vn.cchc.catalog.Slugs;

/**
 * The agencies' current reports of one province and period ({@link AgencyReports}), within the
 * reader's province scope: a province outside it is refused like an unknown one, so the answer tells
 * nothing of it.
 */
@Service
public class AgencyReportsQuery {

    /** The province's own aggregate report: what a composition writes, never what it reads. */
    static final String PROVINCE_KIND = "province";

    private final DSLContext dsl;
    private final ReadAccess access;

    public AgencyReportsQuery(DSLContext dsl, ReadAccess access) {
        this.dsl = dsl;
        this.access = access;
    }

    /** For the command line: the whole country, as the operator of the warehouse file sees it. */
    public static AgencyReportsQuery countryWide(DSLContext dsl) {
        return new AgencyReportsQuery(dsl, new ReadAccess(dsl, AccessScopeSource.countryWide()));
    }

    public Optional<AgencyReports.Period> period(String code) {
        return dsl.select(PERIOD.CODE, PERIOD.START_DATE, PERIOD.END_DATE).from(PERIOD)
                .where(PERIOD.CODE.eq(code.trim().toUpperCase(Locale.ROOT)))
                .fetchOptional(r -> new AgencyReports.Period(r.value1(), r.value2(), r.value3()));
    }

    /**
     * The province a name (slug, name or alias, any case and accents) means in a period: the one of
     * the generation in force at the period's end, so "Quảng Trị" in 2024 is the Quảng Trị of 63.
     * Empty when unknown or outside the reader's scope.
     */
    public Optional<AgencyReports.Province> province(String text, AgencyReports.Period period) {
        String key = Slugs.of(text);
        Set<String> aliased = dsl.select(PROVINCE_ALIAS.PROVINCE_SLUG, PROVINCE_ALIAS.ALIAS).from(PROVINCE_ALIAS).fetch()
                .stream().filter(r -> key.equals(Slugs.of(r.value2()))).map(r -> r.value1()).collect(Collectors.toSet());
        return dsl.select(PROVINCE.SLUG, PROVINCE.NAME, PROVINCE.VALID_FROM, PROVINCE.VALID_TO).from(PROVINCE).fetch().stream()
                .filter(r -> key.equals(r.value1()) || key.equals(Slugs.of(r.value2())) || aliased.contains(r.value1()))
                .filter(r -> (r.value3() == null || !r.value3().isAfter(period.end()))
                        && (r.value4() == null || !r.value4().isBefore(period.end())))
                .filter(r -> access.allowsProvince(r.value1()))
                .map(r -> new AgencyReports.Province(r.value1(), r.value2()))
                .findFirst();
    }

    /** The agencies' reports; empty lists when none filed. Refuses a province outside the scope. */
    public AgencyReports reports(AgencyReports.Province province, AgencyReports.Period period) {
        if (!access.allowsProvince(province.slug())) {
            throw new IllegalArgumentException("unknown province: " + province.name());
        }
        Condition current = notExists(selectOne().from(REPORT_SUPERSESSION).where(REPORT_SUPERSESSION.REPORT_ID.eq(REPORT.ID)));
        Condition units = REPORT.PROVINCE_SLUG.eq(province.slug()).and(AGENCY.KIND.ne(PROVINCE_KIND)).and(current);
        Map<Long, AgencyReports.Unit> byReport = new LinkedHashMap<>();
        dsl.select(REPORT.ID, AGENCY.NAME, AGENCY.KIND, REPORT.FILE_NAME).from(REPORT).join(AGENCY).on(AGENCY.ID.eq(REPORT.AGENCY_ID))
                .where(units.and(REPORT.PERIOD_CODE.eq(period.code())))
                .orderBy(AGENCY.KIND, AGENCY.NAME, REPORT.ID)
                .forEach(r -> byReport.put(r.value1(), new AgencyReports.Unit(r.value1(), r.value2(), r.value3(), r.value4(),
                        new ArrayList<>())));
        Map<String, String> indicatorOf = new LinkedHashMap<>();
        if (!byReport.isEmpty()) {
            dsl.select(REPORT_VALUE.REPORT_ID, REPORT_VALUE.ORDINAL, REPORT_VALUE.INDICATOR_ID, REPORT_VALUE.NUMBER,
                            REPORT_VALUE.RAW, REPORT_VALUE.NOTE)
                    .from(REPORT_VALUE).where(REPORT_VALUE.REPORT_ID.in(byReport.keySet()))
                    .orderBy(REPORT_VALUE.REPORT_ID, REPORT_VALUE.ORDINAL)
                    .forEach(r -> {
                        byReport.get(r.value1()).values().add(new AgencyReports.Value(r.value3(), r.value4(), r.value5(), r.value6()));
                        indicatorOf.put(r.value1() + ":" + r.value2(), r.value3());
                    });
        }
        List<AgencyReports.SourceFinding> findings = new ArrayList<>();
        if (!byReport.isEmpty()) {
            dsl.select(FINDING.REPORT_ID, FINDING.VALUE_ORDINAL, FINDING.RULE, FINDING.SEVERITY, FINDING.MESSAGE).from(FINDING)
                    .where(FINDING.REPORT_ID.in(byReport.keySet())).orderBy(FINDING.REPORT_ID, FINDING.ID)
                    .forEach(r -> findings.add(new AgencyReports.SourceFinding(byReport.get(r.value1()).agency(),
                            r.value2() == null ? null : indicatorOf.get(r.value1() + ":" + r.value2()), r.value3(), r.value4(),
                            r.value5())));
        }
        return new AgencyReports(province, period, List.copyOf(byReport.values()), missing(units, period, byReport), findings);
    }

    /** Agencies that filed for a period ending in the year before this one began, and nothing for this one. */
    private List<AgencyReports.Missing> missing(Condition units, AgencyReports.Period period, Map<Long, AgencyReports.Unit> filed) {
        Set<String> reported = filed.values().stream().map(u -> u.kind() + "|" + u.agency()).collect(Collectors.toSet());
        return dsl.selectDistinct(AGENCY.NAME, AGENCY.KIND).from(REPORT).join(AGENCY).on(AGENCY.ID.eq(REPORT.AGENCY_ID))
                .join(PERIOD).on(PERIOD.CODE.eq(REPORT.PERIOD_CODE))
                .where(units.and(PERIOD.END_DATE.lt(period.start())).and(PERIOD.END_DATE.ge(period.start().minusYears(1))))
                .fetch().stream()
                .filter(r -> !reported.contains(r.value2() + "|" + r.value1()))
                .map(r -> new AgencyReports.Missing(r.value1(), r.value2()))
                .sorted(Comparator.comparing(AgencyReports.Missing::kind).thenComparing(AgencyReports.Missing::agency))
                .toList();
    }
    /**
     * The findings on current reports of a period that touch the given measures' figures (a finding
     * on one of their indicators, or on the whole report), within the reader's scope and, when
     * {@code provinceSlug} is given, that province (slug of either generation). For the briefing.
     */
    public List<AgencyReports.SourceFinding> findingsOn(List<Measure> measures, String period, String provinceSlug) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        measures.forEach(m -> ids.addAll(m.indicatorIds()));
        Condition current = notExists(selectOne().from(REPORT_SUPERSESSION).where(REPORT_SUPERSESSION.REPORT_ID.eq(REPORT.ID)));
        Condition where = current.and(REPORT.PERIOD_CODE.eq(period)).and(access.province(REPORT.PROVINCE_SLUG))
                .and(REPORT_VALUE.INDICATOR_ID.in(ids).or(FINDING.VALUE_ORDINAL.isNull()));
        if (provinceSlug != null) {
            where = where.and(REPORT.PROVINCE_SLUG.eq(provinceSlug));
        }
        return dsl.select(AGENCY.NAME, PROVINCE.NAME, REPORT_VALUE.INDICATOR_ID, FINDING.RULE, FINDING.SEVERITY, FINDING.MESSAGE)
                .from(FINDING).join(REPORT).on(REPORT.ID.eq(FINDING.REPORT_ID))
                .leftJoin(AGENCY).on(AGENCY.ID.eq(REPORT.AGENCY_ID))
                .leftJoin(PROVINCE).on(PROVINCE.SLUG.eq(REPORT.PROVINCE_SLUG))
                .leftJoin(REPORT_VALUE).on(REPORT_VALUE.REPORT_ID.eq(FINDING.REPORT_ID).and(REPORT_VALUE.ORDINAL.eq(FINDING.VALUE_ORDINAL)))
                .where(where).orderBy(PROVINCE.NAME, AGENCY.NAME, FINDING.ID)
                .fetch(r -> new AgencyReports.SourceFinding((r.value1() == null ? "?" : r.value1())
                        + (provinceSlug == null && r.value2() != null ? " — " + r.value2() : ""), r.value3(), r.value4(), r.value5(), r.value6()));
    }
}
