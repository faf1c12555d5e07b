package vn.cchc.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.springframework.stereotype.Service;
import vn.cchc.catalog.VietnameseOrder;

/**
 * A measure over the periods of one grain, several scopes overlaid (provinces, agencies, the
 * country). Only periods of the range's grain are read, so quarterly values never share an axis
 * with half-year or year values; the axis says whether a quarter's value is the quarter's own or,
 * for a cumulative ("lũy kế") indicator, the year to date.
 */
@Service
public class TrendService {

    private final DSLContext dsl;
    private final MeasureCatalog measures;
    private final FilterOptionsService options;
    private final ReadAccess access;

    public TrendService(DSLContext dsl, MeasureCatalog measures, FilterOptionsService options, ReadAccess access) {
        this.dsl = Inlined.of(dsl);
        this.access = access;
        this.measures = measures;
        this.options = options;
    }

    /** @param labels the series' labels, one per scope (the view knows the names it offered) */
    public Trend trend(String measureId, List<Scope> scopes, List<String> labels, Boundary boundary, PeriodRange range) {
        return trend(measureId, scopes, boundary, range).labelled(labels);
    }

    /**
     * The lines unlabelled ({@link Trend#labelled} names them). Kept without the labels, which are
     * words of the reader's language: one computed answer serves every language.
     */
    public Trend trend(String measureId, List<Scope> scopes, Boundary boundary, PeriodRange range) {
        return options.tables().cached(access, "trends.trend",
                () -> trendComputed(measureId, scopes, boundary, range), measureId, scopes, boundary, range);
    }

    private Trend trendComputed(String measureId, List<Scope> scopes, Boundary boundary, PeriodRange range) {
        Measure m = measures.get(measureId);
        List<String> periods = range.periods();
        // Whole provinces are read in one query keyed by province; other scopes one query each.
        List<String> provinces = scopes.stream().filter(TrendService::wholeProvince).map(Scope::provinceSlug).toList();
        Map<String, Map<String, Figure>> byProvince = provinces.isEmpty() ? Map.of()
                : RankingService.byKey(provincesQuery(m, provinces, boundary, periods).fetch(), m);
        List<TrendSeries> series = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            Scope scope = scopes.get(i);
            Map<String, Figure> byPeriod = new HashMap<>();
            if (wholeProvince(scope)) {
                byProvince.forEach((period, figures) -> {
                    Figure f = figures.get(scope.provinceSlug());
                    if (f != null) {
                        byPeriod.put(period, f);
                    }
                });
            } else {
                for (Record r : seriesQuery(m, scope, boundary, periods).fetch()) {
                    byPeriod.put(r.get(FigureQuery.AR.PERIOD_CODE.getName(), String.class), FigureQuery.figure(r, m));
                }
            }
            List<TrendPoint> points = periods.stream().map(p -> new TrendPoint(p, byPeriod.getOrDefault(p, Figure.NONE)))
                    .toList();
            series.add(new TrendSeries(scope, null, points));
        }
        return new Trend(m, range.grain(), Axis.of(m.accumulation()), periods, List.copyOf(series));
    }

    private static boolean wholeProvince(Scope s) {
        return s.level() == Scope.Level.PROVINCE && s.agencyKind() == null;
    }

    /** Provinces of the boundary overlaid, labelled with their names, in Vietnamese order of them (the legend's). */
    public Trend provinces(String measureId, List<String> slugs, Boundary boundary, PeriodRange range) {
        return options.tables().cached(access, "trends.provinces",
                () -> provincesComputed(measureId, slugs, boundary, range), measureId, slugs, boundary, range);
    }

    private Trend provincesComputed(String measureId, List<String> slugs, Boundary boundary, PeriodRange range) {
        Map<String, String> names = options.provinceNames();
        List<String> ordered = slugs.stream().sorted(VietnameseOrder.by(s -> names.getOrDefault(s, s))).toList();
        return trend(measureId, ordered.stream().map(Scope::province).toList(),
                ordered.stream().map(s -> names.getOrDefault(s, s)).toList(), boundary, range);
    }

    ResultQuery<Record> provincesQuery(Measure m, List<String> slugs, Boundary boundary, List<String> periods) {
        return FigureQuery.perProvince(dsl, access, m, boundary, null,
                FigureQuery.province(boundary).in(slugs).and(FigureQuery.periods(periods)));
    }

    ResultQuery<Record> seriesQuery(Measure m, Scope scope, Boundary boundary, List<String> periods) {
        return FigureQuery.of(dsl, access, m, List.of(), FigureQuery.scope(scope, boundary).and(FigureQuery.periods(periods)));
    }
}
