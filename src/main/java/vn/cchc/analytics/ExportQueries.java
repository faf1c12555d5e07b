package vn.cchc.analytics;

import static vn.cchc.warehouse.jooq.Tables.AGENCY_KIND;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;
import static vn.cchc.warehouse.jooq.Tables.PERIOD;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE_ALIAS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.cchc.catalog.Slugs;

/**
 * The rows behind an export: values of one indicator from the public view {@code indicator_values}
 * (current reports only), filtered by period range, province (63 or 34 boundaries), agency kind and
 * agency, streamed from a cursor; and the agencies × periods pivot with each report's numerator and
 * denominator for ratio-of-sums totals. Every user value is a bound parameter.
 */
public final class ExportQueries {

    /** Rows fetched per round trip while streaming. */
    public static final int FETCH_SIZE = 2_000;

    private final DSLContext dsl;
    private final ReadAccess access;

    /** For the server's own command line, run by its operator: the whole country. */
    public ExportQueries(DSLContext dsl) {
        this(dsl, new ReadAccess(dsl, AccessScopeSource.countryWide()));
    }

    public ExportQueries(DSLContext dsl, ReadAccess access) {
        this.dsl = dsl;
        this.access = access;
    }

    /** An indicator of the catalog; {@code kind} count | percent | money | coded | text. */
    public record IndicatorInfo(String id, String nameVi, String nameEn, String kind, String unit,
            String numeratorId, String denominatorId) {
    }

    /** A reporting period and the days it covers. */
    public record PeriodInfo(String code, LocalDate start, LocalDate end) {
    }

    /**
     * A province filter resolved against the reference data: under {@link Boundary#OLD_63} the
     * province at reporting time (until its end date), under {@link Boundary#NEW_34} the province
     * now, with the history of the provinces merged into it.
     */
    public record ProvinceMatch(String slug, String name, Boundary boundary, LocalDate validTo) {
    }

    /**
     * What to export; null fields do not filter.
     *
     * @param agency part of the agency's name, any case
     */
    public record Filter(String indicator, PeriodInfo from, PeriodInfo to, ProvinceMatch province, String kind,
            String agency) {
        public static Filter of(String indicator) {
            return new Filter(indicator, null, null, null, null, null);
        }
    }

    /** One value as the export table shows it. */
    public record ValueRow(String province, String provinceNow, String agency, String kind, String period,
            String indicator, Double value, String raw, String sourceFile, Integer sourceLine) {
    }

    /** One report's cell of the pivot: the value and that report's numerator and denominator, if any. */
    public record PivotCell(String province, String agency, String period, Double value, Double numerator,
            Double denominator, String sourceFile) {
    }

    public Optional<IndicatorInfo> indicator(String id) {
        return dsl.select(INDICATOR.ID, INDICATOR.NAME_VI, INDICATOR.NAME_EN, INDICATOR.KIND, INDICATOR.UNIT,
                        INDICATOR.NUMERATOR_ID, INDICATOR.DENOMINATOR_ID)
                .from(INDICATOR).where(INDICATOR.ID.eq(id))
                .fetchOptional(r -> new IndicatorInfo(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }

    /** Catalog ids close to a mistyped one, closest (by edit distance) first. */
    public List<String> closeIndicators(String id, int limit) {
        String wanted = id.toLowerCase(Locale.ROOT);
        List<String> ids = dsl.select(INDICATOR.ID).from(INDICATOR).fetch(INDICATOR.ID);
        return ids.stream()
                .sorted(Comparator.comparingInt((String c) -> distance(wanted, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(limit).toList();
    }

    public Optional<PeriodInfo> period(String code) {
        return dsl.select(PERIOD.CODE, PERIOD.START_DATE, PERIOD.END_DATE).from(PERIOD)
                .where(PERIOD.CODE.eq(code.toUpperCase(Locale.ROOT)))
                .fetchOptional(r -> new PeriodInfo(r.value1(), r.value2(), r.value3()));
    }

    public List<String> agencyKinds() {
        return dsl.select(AGENCY_KIND.KIND).from(AGENCY_KIND).orderBy(AGENCY_KIND.KIND).fetch(AGENCY_KIND.KIND);
    }

    /**
     * A province by slug, name or alias, accents and case ignored ("tuyen-quang", "Tuyên Quang",
     * "tuyen quang"). With no boundary asked for, a name of the 34 provinces of 2025 wins (the
     * province now, with its predecessors' history), then one of the 63.
     */
    public Optional<ProvinceMatch> province(String text, Boundary boundary) {
        String key = Slugs.of(text);
        Map<String, Set<String>> aliases = dsl.select(PROVINCE_ALIAS.PROVINCE_SLUG, PROVINCE_ALIAS.ALIAS)
                .from(PROVINCE_ALIAS).fetchGroups(PROVINCE_ALIAS.PROVINCE_SLUG, PROVINCE_ALIAS.ALIAS)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new LinkedHashSet<>(e.getValue())));
        return dsl.select(PROVINCE.SLUG, PROVINCE.NAME, PROVINCE.GENERATION, PROVINCE.VALID_TO).from(PROVINCE)
                .fetch().stream()
                .map(r -> new ProvinceMatch(r.value1(), r.value2(), Boundary.NEW_34.generation().equals(r.value3()) ? Boundary.NEW_34 : Boundary.OLD_63,
                        r.value4()))
                .filter(p -> boundary == null || p.boundary() == boundary)
                .filter(p -> key.equals(p.slug()) || key.equals(Slugs.of(p.name()))
                        || aliases.getOrDefault(p.slug(), Set.of()).stream().anyMatch(a -> key.equals(Slugs.of(a))))
                .min(Comparator.comparing((ProvinceMatch p) -> p.boundary() == Boundary.NEW_34 ? 0 : 1));
    }

    /**
     * The values, streamed from a database cursor: close the stream. Ordered by province, agency,
     * period (by its dates), then source line.
     */
    public Stream<ValueRow> values(Filter filter) {
        return dsl.select(INDICATOR_VALUES.PROVINCE, INDICATOR_VALUES.PROVINCE_NOW, INDICATOR_VALUES.AGENCY,
                        INDICATOR_VALUES.AGENCY_KIND, INDICATOR_VALUES.PERIOD, INDICATOR_VALUES.INDICATOR,
                        INDICATOR_VALUES.VALUE, INDICATOR_VALUES.RAW, INDICATOR_VALUES.SOURCE_FILE,
                        INDICATOR_VALUES.SOURCE_LINE)
                .from(INDICATOR_VALUES)
                .join(PERIOD).on(PERIOD.CODE.eq(INDICATOR_VALUES.PERIOD))
                .where(INDICATOR_VALUES.INDICATOR.eq(filter.indicator()))
                .and(conditions(filter))
                .and(access.provinceNowName(INDICATOR_VALUES.PROVINCE_NOW))
                .orderBy(NameOrder.of(INDICATOR_VALUES.PROVINCE), NameOrder.of(INDICATOR_VALUES.AGENCY), PERIOD.START_DATE, PERIOD.END_DATE,
                        INDICATOR_VALUES.SOURCE_FILE, INDICATOR_VALUES.SOURCE_LINE)
                .fetchSize(FETCH_SIZE)
                .fetchStream()
                .map(r -> new ValueRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10()));
    }

    /**
     * One cell per report that gives the indicator or both its numerator and denominator, ordered by
     * province, agency and period. A report giving the rate's parts without the rate still counts in
     * the ratio-of-sums total, with an empty cell.
     */
    public List<PivotCell> pivot(Filter filter) {
        IndicatorInfo info = indicator(filter.indicator())
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + filter.indicator()));
        List<String> ids = new ArrayList<>(List.of(info.id()));
        boolean parts = info.numeratorId() != null && info.denominatorId() != null;
        if (parts) {
            ids.add(info.numeratorId());
            ids.add(info.denominatorId());
        }
        Field<Double> value = DSL.max(INDICATOR_VALUES.VALUE).filterWhere(INDICATOR_VALUES.INDICATOR.eq(info.id()));
        Field<Double> numerator = parts
                ? DSL.max(INDICATOR_VALUES.VALUE).filterWhere(INDICATOR_VALUES.INDICATOR.eq(info.numeratorId()))
                : DSL.castNull(Double.class);
        Field<Double> denominator = parts
                ? DSL.max(INDICATOR_VALUES.VALUE).filterWhere(INDICATOR_VALUES.INDICATOR.eq(info.denominatorId()))
                : DSL.castNull(Double.class);
        Field<Integer> given = DSL.count().filterWhere(INDICATOR_VALUES.INDICATOR.eq(info.id()));
        Condition reported = parts ? given.gt(0).or(numerator.isNotNull().and(denominator.isNotNull())) : given.gt(0);
        return dsl.select(INDICATOR_VALUES.PROVINCE, INDICATOR_VALUES.AGENCY, INDICATOR_VALUES.PERIOD, value, numerator,
                        denominator, INDICATOR_VALUES.SOURCE_FILE)
                .from(INDICATOR_VALUES)
                .join(PERIOD).on(PERIOD.CODE.eq(INDICATOR_VALUES.PERIOD))
                .where(INDICATOR_VALUES.INDICATOR.in(ids))
                .and(conditions(filter))
                .and(access.provinceNowName(INDICATOR_VALUES.PROVINCE_NOW))
                .groupBy(INDICATOR_VALUES.PROVINCE, INDICATOR_VALUES.AGENCY, INDICATOR_VALUES.PERIOD,
                        INDICATOR_VALUES.SOURCE_FILE, PERIOD.START_DATE, PERIOD.END_DATE)
                .having(reported)
                .orderBy(NameOrder.of(INDICATOR_VALUES.PROVINCE), NameOrder.of(INDICATOR_VALUES.AGENCY), PERIOD.START_DATE, PERIOD.END_DATE,
                        INDICATOR_VALUES.SOURCE_FILE)
                .fetch(r -> new PivotCell(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    /** The periods of the given codes, in calendar order (by start, then end: Q1, H1, 9M, Y). */
    public List<PeriodInfo> periodsInOrder(Set<String> codes) {
        return dsl.select(PERIOD.CODE, PERIOD.START_DATE, PERIOD.END_DATE).from(PERIOD)
                .where(PERIOD.CODE.in(codes))
                .orderBy(PERIOD.START_DATE, PERIOD.END_DATE)
                .fetch(r -> new PeriodInfo(r.value1(), r.value2(), r.value3()));
    }

    private static Condition conditions(Filter f) {
        Condition c = DSL.noCondition();
        if (f.from() != null) {
            c = c.and(PERIOD.START_DATE.ge(f.from().start()));
        }
        if (f.to() != null) {
            c = c.and(PERIOD.END_DATE.le(f.to().end()));
        }
        if (f.province() != null) {
            ProvinceMatch p = f.province();
            if (p.boundary() == Boundary.NEW_34) {
                c = c.and(INDICATOR_VALUES.PROVINCE_NOW.eq(p.name()));
            } else {
                // A 2008 province's name can be a 2025 province's too (Tuyên Quang): only its own reports.
                c = c.and(INDICATOR_VALUES.PROVINCE.eq(p.name()));
                if (p.validTo() != null) {
                    c = c.and(PERIOD.END_DATE.le(p.validTo()));
                }
            }
        }
        if (f.kind() != null) {
            c = c.and(INDICATOR_VALUES.AGENCY_KIND.eq(f.kind()));
        }
        if (f.agency() != null) {
            c = c.and(INDICATOR_VALUES.AGENCY.containsIgnoreCase(f.agency()));
        }
        return c;
    }

    /** Levenshtein distance, for the "did you mean" list. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
