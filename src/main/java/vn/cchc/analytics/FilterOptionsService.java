package vn.cchc.analytics;

import static org.jooq.impl.DSL.count;
import static vn.cchc.warehouse.jooq.Tables.AGENCY;
import static vn.cchc.warehouse.jooq.Tables.AGENCY_KIND;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_REPORT;
import static vn.cchc.warehouse.jooq.Tables.PERIOD;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE_SUCCESSION;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.springframework.stereotype.Service;
import vn.cchc.warehouse.jooq.tables.AnalyticsReport;

/** What the filter widgets offer: periods with reports, provinces of a boundary, kinds, agencies, measures. */
@Service
public class FilterOptionsService {

    private static final AnalyticsReport AR = ANALYTICS_REPORT;

    private final DSLContext dsl;
    private final MeasureCatalog measures;
    private final AnalyticsTables tables;
    private final ReadAccess access;

    public FilterOptionsService(DSLContext dsl, MeasureCatalog measures, AnalyticsTables tables, ReadAccess access) {
        this.dsl = Inlined.of(dsl);
        this.access = access;
        this.measures = measures;
        this.tables = tables;
    }

    /** The keeper of the derived tables, whose generation keys the views' answers ({@link ViewCache}). */
    AnalyticsTables tables() {
        return tables;
    }

    /** Periods with at least one current report, in time order (a year after its Q4's predecessors). */
    public List<PeriodOption> periods() {
        tables.ensureFresh();
        return tables.cached(access, "options.periods", () -> ViewCache.frozen(periodsComputed()));
    }

    private List<PeriodOption> periodsComputed() {
        List<PeriodOption> list = new ArrayList<>(periodsQuery().fetch(r -> new PeriodOption(r.get(PERIOD.CODE),
                r.get(PERIOD.YEAR), r.get(PERIOD.KIND), r.get(PERIOD.START_DATE), r.get(PERIOD.END_DATE),
                r.get("reports", Integer.class))));
        list.sort(Comparator.comparingInt(p -> PeriodCodes.order(p.code())));
        return list;
    }

    ResultQuery<? extends Record> periodsQuery() {
        return dsl.select(PERIOD.CODE, PERIOD.YEAR, PERIOD.KIND, PERIOD.START_DATE, PERIOD.END_DATE, count().as("reports"))
                .from(PERIOD).join(AR).on(AR.PERIOD_CODE.eq(PERIOD.CODE)).where(access.reports())
                .groupBy(PERIOD.CODE, PERIOD.YEAR, PERIOD.KIND, PERIOD.START_DATE, PERIOD.END_DATE);
    }

    /** The 63 provinces of 2008 or the 34 of 2025 within the reader's scope, in Vietnamese order of their names. */
    public List<ProvinceOption> provinces(Boundary boundary) {
        return tables.cached(access, "options.provinces", () -> ViewCache.frozen(provincesComputed(boundary)), boundary);
    }

    private List<ProvinceOption> provincesComputed(Boundary boundary) {
        Map<String, String> successor = new HashMap<>();
        Map<String, List<String>> members = new HashMap<>();
        dsl.selectFrom(PROVINCE_SUCCESSION).orderBy(PROVINCE_SUCCESSION.OLD_SLUG).forEach(s -> {
            successor.put(s.getOldSlug(), s.getNewSlug());
            members.computeIfAbsent(s.getNewSlug(), k -> new ArrayList<>()).add(s.getOldSlug());
        });
        return dsl.selectFrom(PROVINCE).where(PROVINCE.GENERATION.eq(boundary.generation()))
                .and(access.province(PROVINCE.SLUG)).orderBy(NameOrder.of(PROVINCE.NAME))
                .fetch(p -> new ProvinceOption(p.getSlug(), p.getName(), p.getGeneration(), p.getRegion(),
                        successor.get(p.getSlug()), List.copyOf(members.getOrDefault(p.getSlug(), List.of()))));
    }

    public List<AgencyKindOption> agencyKinds() {
        return dsl.selectFrom(AGENCY_KIND).orderBy(AGENCY_KIND.KIND)
                .fetch(k -> new AgencyKindOption(k.getKind(), k.getNameVi(), k.getNameEn()));
    }

    /**
     * Agencies that filed reports, of a province (read by the boundary: under NEW_34 a 2025 province
     * lists its 2008 members' agencies too) and of a kind; null for any. Under NEW_34 an agency that
     * continues into the merged province is one option ({@link ContinuingUnit}, as on the heatmap and
     * trends), named as its latest agency; choosing it reads the unit's whole history.
     */
    public List<AgencyOption> agencies(String provinceSlug, String kind, Boundary boundary) {
        return tables.cached(access, "options.agencies",
                () -> ViewCache.frozen(agenciesComputed(provinceSlug, kind, boundary)), provinceSlug, kind, boundary);
    }

    private List<AgencyOption> agenciesComputed(String provinceSlug, String kind, Boundary boundary) {
        if (boundary == Boundary.NEW_34) {
            return new ArrayList<>(UnitRows.fold(UnitRows.query(dsl, access, FigureQuery.within(boundary, provinceSlug, kind),
                    boundary).fetch()).values());
        }
        Condition c = access.province(AGENCY.PROVINCE_SLUG);
        if (kind != null) {
            c = c.and(AGENCY.KIND.eq(kind));
        }
        if (provinceSlug != null) {
            c = c.and(AGENCY.PROVINCE_SLUG.eq(provinceSlug));
        }
        return dsl.select(AGENCY.ID, AGENCY.NAME, AGENCY.KIND, AGENCY.PROVINCE_SLUG, PROVINCE.NAME).from(AGENCY)
                .leftJoin(PROVINCE).on(PROVINCE.SLUG.eq(AGENCY.PROVINCE_SLUG)).where(c)
                .orderBy(NameOrder.of(PROVINCE.NAME), AGENCY.KIND.desc(), NameOrder.of(AGENCY.NAME))
                .fetch(r -> new AgencyOption(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** The KPIs, then every catalog indicator with its names, kind and accumulation. */
    public List<Measure> measures() {
        return measures.all();
    }

    /** Names by slug of the provinces (both generations) within the reader's scope. */
    public Map<String, String> provinceNames() {
        return tables.cached(access, "options.provinceNames", () -> ViewCache.frozen(provinceNamesComputed()));
    }

    private Map<String, String> provinceNamesComputed() {
        return dsl.select(PROVINCE.SLUG, PROVINCE.NAME).from(PROVINCE).where(access.province(PROVINCE.SLUG))
                .fetchMap(PROVINCE.SLUG, PROVINCE.NAME);
    }
}
