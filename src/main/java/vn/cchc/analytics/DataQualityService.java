package vn.cchc.analytics;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.selectOne;
import static vn.cchc.warehouse.jooq.Tables.FINDING;
import static vn.cchc.warehouse.jooq.Tables.PERIOD;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import vn.cchc.warehouse.jooq.tables.AnalyticsReport;

/**
 * Data quality: findings of current reports by rule, province and agency, and reporting
 * completeness per period (who has not reported; see {@link Completeness} for who is expected).
 */
@Service
public class DataQualityService {

    private static final AnalyticsReport AR = FigureQuery.AR;

    private final DSLContext dsl;
    private final ReadAccess access;
    private final AnalyticsTables tables;

    public DataQualityService(DSLContext dsl, ReadAccess access, AnalyticsTables tables) {
        this.dsl = Inlined.of(dsl);
        this.tables = tables;
        this.access = access;
    }

    /** Findings per rule, most frequent first. */
    public List<FindingCount> findingsByRule(Filters f) {
        return tables.cached(access, "quality.findingsByRule", () -> ViewCache.frozen(findingsByRuleComputed(f)), f);
    }

    private List<FindingCount> findingsByRuleComputed(Filters f) {
        return byRuleQuery(f).fetch(r -> new FindingCount(r.get(FINDING.RULE), r.get(FINDING.RULE),
                r.get("severity", String.class), r.get("findings", Long.class), r.get("reports", Long.class)));
    }

    /** Findings per province of the filter's boundary; reports whose province was not read come under key "". */
    public List<FindingCount> findingsByProvince(Filters f) {
        return tables.cached(access, "quality.findingsByProvince", () -> ViewCache.frozen(findingsByProvinceComputed(f)), f);
    }

    private List<FindingCount> findingsByProvinceComputed(Filters f) {
        return byProvinceQuery(f).fetch(r -> new FindingCount(r.get("k", String.class), r.get("label", String.class), null,
                r.get("findings", Long.class), r.get("reports", Long.class)));
    }

    /** Findings per agency; reports whose agency was not read come under key "". */
    public List<FindingCount> findingsByAgency(Filters f) {
        return tables.cached(access, "quality.findingsByAgency", () -> ViewCache.frozen(findingsByAgencyComputed(f)), f);
    }

    private List<FindingCount> findingsByAgencyComputed(Filters f) {
        return byAgencyQuery(f).fetch(r -> new FindingCount(r.get("k", String.class), r.get("label", String.class), null,
                r.get("findings", Long.class), r.get("reports", Long.class)));
    }

    /** Per period of the range: agencies expected, agencies that reported, and the missing ones. */
    public List<Completeness> completeness(PeriodRange range, String provinceSlug, String agencyKind, Boundary boundary) {
        return tables.cached(access, "quality.completeness",
                () -> ViewCache.frozen(completenessComputed(range, provinceSlug, agencyKind, boundary)), range, provinceSlug, agencyKind, boundary);
    }

    private List<Completeness> completenessComputed(PeriodRange range, String provinceSlug, String agencyKind, Boundary boundary) {
        List<String> periods = range.periods();
        Map<String, int[]> counts = new HashMap<>();
        Map<String, List<AgencyOption>> missing = new HashMap<>();
        for (Record r : expectedQuery(periods, provinceSlug, agencyKind, boundary).fetch()) {
            String period = r.get(0, String.class);
            counts.put(period, new int[] {r.get(EXPECTED, Integer.class), r.get(REPORTED, Integer.class)});
            if (!r.get(6, Boolean.class)) {
                missing.computeIfAbsent(period, k -> new ArrayList<>()).add(new AgencyOption(
                        r.get(1, Long.class), r.get(2, String.class), r.get(3, String.class), r.get(4, String.class),
                        r.get(5, String.class)));
            }
        }
        List<Completeness> list = new ArrayList<>();
        for (String p : periods) {
            int[] c = counts.getOrDefault(p, new int[2]);
            list.add(new Completeness(p, c[0], c[1], List.copyOf(missing.getOrDefault(p, List.of()))));
        }
        return list;
    }

    private Condition condition(Filters f) {
        Condition c = access.reports();
        if (f.range() != null) {
            c = c.and(FigureQuery.periods(f.range().periods()));
        }
        c = c.and(FigureQuery.within(f.boundary(), f.provinceSlug(), f.agencyKind()));
        return f.agencyId() == null ? c : c.and(AR.AGENCY_ID.eq(f.agencyId()));
    }

    ResultQuery<? extends Record> byRuleQuery(Filters f) {
        return dsl.select(FINDING.RULE, max(FINDING.SEVERITY).as("severity"), count().as("findings"),
                        countDistinct(FINDING.REPORT_ID).as("reports"))
                .from(FINDING).join(AR).on(AR.REPORT_ID.eq(FINDING.REPORT_ID)).where(condition(f))
                .groupBy(FINDING.RULE).orderBy(count().desc(), FINDING.RULE);
    }

    ResultQuery<? extends Record> byProvinceQuery(Filters f) {
        Field<String> key = coalesce(FigureQuery.province(f.boundary()), inline(""));
        Field<String> label = coalesce(max(PROVINCE.NAME), inline(""));
        return dsl.select(key.as("k"), label.as("label"), count().as("findings"),
                        countDistinct(FINDING.REPORT_ID).as("reports"))
                .from(FINDING).join(AR).on(AR.REPORT_ID.eq(FINDING.REPORT_ID))
                .leftJoin(PROVINCE).on(PROVINCE.SLUG.eq(FigureQuery.province(f.boundary())))
                .where(condition(f)).groupBy(key).orderBy(count().desc(), NameOrder.of(label), key);
    }

    ResultQuery<? extends Record> byAgencyQuery(Filters f) {
        Field<String> key = coalesce(AR.AGENCY_ID.cast(String.class), inline(""));
        Field<String> label = coalesce(max(AR.AGENCY_NAME.concat(inline(" — ")).concat(PROVINCE.NAME)),
                max(AR.AGENCY_NAME), inline(""));
        return dsl.select(key.as("k"), label.as("label"),
                        count().as("findings"), countDistinct(FINDING.REPORT_ID).as("reports"))
                .from(FINDING).join(AR).on(AR.REPORT_ID.eq(FINDING.REPORT_ID))
                .leftJoin(PROVINCE).on(PROVINCE.SLUG.eq(AR.PROVINCE_SLUG))
                .where(condition(f)).groupBy(key).orderBy(count().desc(), NameOrder.of(label), key);
    }

    /**
     * One row per period and expected agency — the period's last day lies between the last days of
     * its earliest and its latest current report, of any period kind — with {@code reported}: whether it has a report for it.
     */
    private Table<?> expected(List<String> periods, String provinceSlug, String agencyKind, Boundary boundary) {
        Condition c = AR.AGENCY_ID.isNotNull().and(AR.PERIOD_CODE.isNotNull()).and(access.reports())
                .and(FigureQuery.within(boundary, provinceSlug, agencyKind));
        Table<?> spans = dsl.select(AR.AGENCY_ID, AR.AGENCY_NAME, AR.AGENCY_KIND, max(AR.PROVINCE_SLUG).as("province"),
                        min(AR.PERIOD_END).as("first_end"), max(AR.PERIOD_END).as("last_end"))
                .from(AR).where(c).groupBy(AR.AGENCY_ID, AR.AGENCY_NAME, AR.AGENCY_KIND).asTable("spans");
        Field<Long> agency = spans.field(AR.AGENCY_ID.getName(), Long.class);
        AnalyticsReport x = AR.as("x");
        return dsl.select(PERIOD.CODE.as("period"), agency.as("agency_id"), spans.field(AR.AGENCY_NAME.getName()).as("agency_name"),
                        spans.field(AR.AGENCY_KIND.getName()).as("agency_kind"), spans.field("province").as("province"),
                        field(exists(selectOne().from(x).where(x.AGENCY_ID.eq(agency).and(x.PERIOD_CODE.eq(PERIOD.CODE)))))
                                .as("reported"))
                .from(PERIOD).join(spans).on(spans.field("first_end", LocalDate.class).le(PERIOD.END_DATE)
                        .and(spans.field("last_end", LocalDate.class).ge(PERIOD.END_DATE)))
                .where(PERIOD.CODE.in(periods)).asTable("expected");
    }

    private static final String EXPECTED = "expected_n";
    private static final String REPORTED = "reported_n";

    /**
     * Per period, each expected agency that has not reported, in the order they are listed, plus one
     * row per period for its counts (every row carries the period's counts of expected and reported
     * agencies): the reported agencies are counted in DuckDB, not fetched — thousands of rows a call.
     */
    ResultQuery<? extends Record> expectedQuery(List<String> periods, String provinceSlug, String agencyKind, Boundary boundary) {
        Table<?> e = expected(periods, provinceSlug, agencyKind, boundary);
        Field<String> period = e.field("period", String.class);
        Field<Boolean> reported = e.field("reported", Boolean.class);
        return dsl.select(period, e.field("agency_id"), e.field("agency_name"), e.field("agency_kind"),
                        e.field("province"), PROVINCE.NAME, reported,
                        count().over(partitionBy(period)).as(EXPECTED),
                        count().filterWhere(DSL.condition(reported)).over(partitionBy(period)).as(REPORTED))
                .from(e).leftJoin(PROVINCE).on(PROVINCE.SLUG.eq(e.field("province", String.class)))
                .qualify(DSL.condition(reported).not().or(rowNumber().over(partitionBy(period)).eq(inline(1))))
                .orderBy(period, NameOrder.of(PROVINCE.NAME), NameOrder.of(e.field("agency_name", String.class)));
    }
}
