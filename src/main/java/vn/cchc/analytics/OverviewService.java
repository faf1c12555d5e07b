package vn.cchc.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.springframework.stereotype.Service;

/**
 * The overview's cards: on-time rate, online rate and staffing fill at a scope and period, each
 * with its change against the previous period and a sparkline. One query per card covers the
 * sparkline and the previous period. The ranking and trend beneath come from
 * {@link RankingService} and {@link TrendService}.
 */
@Service
public class OverviewService {

    /** Periods in a card's sparkline, the chosen one last. */
    public static final int SPARKLINE = 8;

    private final DSLContext dsl;
    private final MeasureCatalog measures;
    private final ReadAccess access;
    private final AnalyticsTables tables;

    public OverviewService(DSLContext dsl, MeasureCatalog measures, ReadAccess access, AnalyticsTables tables) {
        this.dsl = Inlined.of(dsl);
        this.tables = tables;
        this.measures = measures;
        this.access = access;
    }

    public List<KpiCard> cards(Scope scope, String period, Boundary boundary) {
        return tables.cached(access, "overview.cards",
                () -> ViewCache.frozen(cardsComputed(scope, period, boundary)), scope, period, boundary);
    }

    private List<KpiCard> cardsComputed(Scope scope, String period, Boundary boundary) {
        List<KpiCard> cards = new ArrayList<>();
        for (String id : MeasureCatalog.HEADLINE) {
            cards.add(card(measures.get(id), scope, period, boundary));
        }
        return cards;
    }

    public KpiCard card(Measure m, Scope scope, String period, Boundary boundary) {
        String previous = PeriodCodes.previous(period, m.accumulation());
        Map<String, Figure> byPeriod = new HashMap<>();
        for (Record r : cardQuery(m, scope, period, boundary).fetch()) {
            byPeriod.put(r.get(FigureQuery.AR.PERIOD_CODE.getName(), String.class), FigureQuery.figure(r, m));
        }
        List<TrendPoint> spark = new ArrayList<>();
        for (String p : PeriodCodes.lastN(period, SPARKLINE)) {
            spark.add(new TrendPoint(p, byPeriod.getOrDefault(p, Figure.NONE)));
        }
        Figure now = byPeriod.getOrDefault(period, Figure.NONE);
        Figure before = byPeriod.getOrDefault(previous, Figure.NONE);
        Double change = now.value() != null && before.value() != null ? now.value() - before.value() : null;
        return new KpiCard(m, scope, period, now, previous, before, change, spark, nationalBenchmark(m, period));
    }

    /**
     * The whole country's figure beside a scoped reader's own, when an admin has turned the national
     * benchmark on; null otherwise (and for country-wide readers, whose country figure is the card).
     */
    Figure nationalBenchmark(Measure m, String period) {
        AccessScope s = access.scope();
        if (s.countryWide() || !s.seesNationalFigure()) {
            return null;
        }
        List<Record> rows = FigureQuery.nationalBenchmark(dsl, access, m, period).fetch();
        return rows.isEmpty() ? Figure.NONE : FigureQuery.figure(rows.getFirst(), m);
    }

    ResultQuery<Record> cardQuery(Measure m, Scope scope, String period, Boundary boundary) {
        Set<String> periods = new LinkedHashSet<>(PeriodCodes.lastN(period, SPARKLINE));
        periods.add(PeriodCodes.previous(period, m.accumulation()));
        return FigureQuery.of(dsl, access, m, List.of(), FigureQuery.scope(scope, boundary).and(FigureQuery.periods(periods)));
    }
}
