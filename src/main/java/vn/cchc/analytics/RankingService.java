package vn.cchc.analytics;

import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.springframework.stereotype.Service;
import vn.cchc.catalog.PeriodDates;
import vn.cchc.catalog.VietnameseOrder;

/**
 * Provinces, or agencies of one kind, ranked on a measure for a period, with the rank each had in
 * the previous period ({@link PeriodCodes#previous}) and the units without a figure listed apart.
 */
@Service
public class RankingService {

    private final DSLContext dsl;
    private final MeasureCatalog measures;
    private final FilterOptionsService options;
    private final ReadAccess access;

    public RankingService(DSLContext dsl, MeasureCatalog measures, FilterOptionsService options, ReadAccess access) {
        this.dsl = Inlined.of(dsl);
        this.access = access;
        this.measures = measures;
        this.options = options;
    }

    /**
     * Every province of the boundary. A province's figure comes from its aggregate report (see
     * {@link Scope}); with {@code agencyKind}, from its agencies of that kind.
     */
    public Ranking provinces(String measureId, String period, Boundary boundary, String agencyKind) {
        return options.tables().cached(access, "rankings.provinces",
                () -> provincesComputed(measureId, period, boundary, agencyKind), measureId, period, boundary, agencyKind);
    }

    private Ranking provincesComputed(String measureId, String period, Boundary boundary, String agencyKind) {
        Measure m = measures.get(measureId);
        String previous = PeriodCodes.previous(period, m.accumulation());
        Map<String, Map<String, Figure>> figures = byKey(provinceFigures(m, period, previous, boundary, agencyKind).fetch(), m);
        Set<String> reported = new HashSet<>(provincesReporting(period, boundary, agencyKind).fetch(0, String.class));
        List<Ranker.Entry> now = new ArrayList<>();
        List<Ranker.Entry> before = new ArrayList<>();
        List<Unranked> apart = new ArrayList<>();
        Set<String> mergedAway = mergedAway(boundary, period);
        for (ProvinceOption p : options.provinces(boundary)) {
            Figure f = figures.getOrDefault(period, Map.of()).getOrDefault(p.slug(), Figure.NONE);
            before.add(new Ranker.Entry(p.slug(), p.name(),
                    figures.getOrDefault(previous, Map.of()).getOrDefault(p.slug(), Figure.NONE)));
            if (f.value() != null) {
                now.add(new Ranker.Entry(p.slug(), p.name(), f));
            } else {
                apart.add(new Unranked(p.slug(), p.name(), reported.contains(p.slug()) ? Unranked.Reason.NO_VALUE
                        : mergedAway.contains(p.slug()) ? Unranked.Reason.MERGED : Unranked.Reason.NOT_REPORTED));
            }
        }
        return ranking(m, period, previous, boundary, now, before, apart);
    }

    /**
     * Agencies of one kind, in a province (by the boundary) or in the whole country. The units listed
     * apart are the agencies of the kind whose reporting span covers the period (see
     * {@link Completeness}) and that have no figure for it.
     */
    public Ranking agencies(String measureId, String period, String agencyKind, String provinceSlug, Boundary boundary) {
        return options.tables().cached(access, "rankings.agencies",
                () -> agenciesComputed(measureId, period, agencyKind, provinceSlug, boundary), measureId, period, agencyKind, provinceSlug, boundary);
    }

    private Ranking agenciesComputed(String measureId, String period, String agencyKind, String provinceSlug, Boundary boundary) {
        Measure m = measures.get(measureId);
        String previous = PeriodCodes.previous(period, m.accumulation());
        Map<String, Map<String, Figure>> figures = byKey(agencyFigures(m, period, previous, agencyKind, provinceSlug,
                boundary).fetch(), m);
        List<Ranker.Entry> now = new ArrayList<>();
        List<Ranker.Entry> before = new ArrayList<>();
        List<Unranked> apart = new ArrayList<>();
        java.time.LocalDate end = PeriodDates.end(period);
        for (UnitSpan u : UnitSpan.fold(agencySpans(period, agencyKind, provinceSlug, boundary).fetch())) {
            // The row's key is the unit's latest agency (what a click drills into); its figures are the unit's.
            String key = String.valueOf(u.agencyId());
            String name = u.agencyName() + " — " + u.province();
            Figure f = figures.getOrDefault(period, Map.of()).getOrDefault(u.unit(), Figure.NONE);
            before.add(new Ranker.Entry(key, name, figures.getOrDefault(previous, Map.of()).getOrDefault(u.unit(), Figure.NONE)));
            if (f.value() != null) {
                now.add(new Ranker.Entry(key, name, f));
            } else if (u.reportedNow()) {
                apart.add(new Unranked(key, name, Unranked.Reason.NO_VALUE));
            } else if (!u.firstEnd().isAfter(end) && !u.lastEnd().isBefore(end)) {
                apart.add(new Unranked(key, name, Unranked.Reason.NOT_REPORTED));
            }
        }
        return ranking(m, period, previous, boundary, now, before, apart);
    }

    private static Ranking ranking(Measure m, String period, String previous, Boundary boundary, List<Ranker.Entry> now,
                                   List<Ranker.Entry> before, List<Unranked> apart) {
        Map<String, Integer> previousRanks = Ranker.ranks(before, m.lowerIsBetter());
        apart.sort(VietnameseOrder.by(Unranked::name));
        return new Ranking(m, period, previous, boundary, Ranker.rows(now, previousRanks, m.lowerIsBetter()), apart);
    }

    /** Under OLD_63 after the merger: the 2008 provinces that became part of a province with other members. */
    private Set<String> mergedAway(Boundary boundary, String period) {
        Set<String> merged = new HashSet<>();
        if (boundary == Boundary.OLD_63 && PeriodCodes.afterMerger(period)) {
            for (ProvinceOption p : options.provinces(Boundary.NEW_34)) {
                if (p.memberSlugs().size() > 1) {
                    merged.addAll(p.memberSlugs());
                }
            }
        }
        return merged;
    }

    /** period → key (k0) → figure. */
    static Map<String, Map<String, Figure>> byKey(List<Record> rows, Measure m) {
        Map<String, Map<String, Figure>> map = new HashMap<>();
        for (Record r : rows) {
            map.computeIfAbsent(r.get(FigureQuery.AR.PERIOD_CODE.getName(), String.class), k -> new HashMap<>())
                    .put(r.get("k0", String.class), FigureQuery.figure(r, m));
        }
        return map;
    }

    ResultQuery<Record> provinceFigures(Measure m, String period, String previous, Boundary boundary, String agencyKind) {
        return FigureQuery.perProvince(dsl, access, m, boundary, agencyKind, FigureQuery.periods(List.of(period, previous)));
    }

    ResultQuery<? extends Record> provincesReporting(String period, Boundary boundary, String agencyKind) {
        Field<String> key = FigureQuery.province(boundary);
        return dsl.select(key, count()).from(FigureQuery.AR)
                .where(FigureQuery.provinceReports(boundary, agencyKind).and(FigureQuery.AR.PERIOD_CODE.eq(period))
                        .and(access.reports())).groupBy(key);
    }

    private Condition agencySet(String agencyKind, String provinceSlug, Boundary boundary) {
        Condition c = FigureQuery.AR.AGENCY_KIND.eq(agencyKind);
        return provinceSlug == null ? c : c.and(FigureQuery.province(boundary).eq(provinceSlug));
    }

    ResultQuery<Record> agencyFigures(Measure m, String period, String previous, String agencyKind, String provinceSlug,
                                      Boundary boundary) {
        return FigureQuery.of(dsl, access, m, List.of(ContinuingUnit.key(FigureQuery.AR, boundary)),
                agencySet(agencyKind, provinceSlug, boundary).and(FigureQuery.periods(List.of(period, previous))));
    }

    /** Per agency of the set: its unit ({@link ContinuingUnit}), province, first and last period ends, whether it reported for the period. */
    ResultQuery<? extends Record> agencySpans(String period, String agencyKind, String provinceSlug, Boundary boundary) {
        var ar = FigureQuery.AR;
        // Reports filed under no period span nothing, as in DataQualityService.expected.
        Table<?> t = dsl.select(ContinuingUnit.key(ar, boundary).as(UnitSpan.UNIT), ar.AGENCY_ID, ar.AGENCY_NAME,
                        ar.PROVINCE_SLUG, ar.PERIOD_END, ar.PERIOD_CODE)
                .from(ar).where(agencySet(agencyKind, provinceSlug, boundary).and(ar.PERIOD_CODE.isNotNull()).and(access.reports()))
                .asTable("agency_reports");
        return dsl.select(t.field(UnitSpan.UNIT), t.field(ar.AGENCY_ID), t.field(ar.AGENCY_NAME),
                        max(t.field(ar.PROVINCE_SLUG)).as("province"),
                        min(t.field(ar.PERIOD_END)).as("first_end"), max(t.field(ar.PERIOD_END)).as("last_end"),
                        boolOr(t.field(ar.PERIOD_CODE).eq(period)).as("reported_now"))
                .from(t).groupBy(t.field(UnitSpan.UNIT), t.field(ar.AGENCY_ID), t.field(ar.AGENCY_NAME));
    }
}
