package vn.cchc.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.analytics.AgencyReports;
import vn.cchc.analytics.AgencyReportsQuery;
import vn.cchc.analytics.Boundary;
import vn.cchc.analytics.KpiCard;
import vn.cchc.analytics.Measure;
import vn.cchc.analytics.MeasureCatalog;
import vn.cchc.analytics.OverviewService;
import vn.cchc.analytics.PeriodCodes;
import vn.cchc.analytics.PeriodRange;
import vn.cchc.analytics.Ranking;
import vn.cchc.analytics.RankingRow;
import vn.cchc.analytics.RankingService;
import vn.cchc.analytics.Scope;
import vn.cchc.analytics.Trend;
import vn.cchc.analytics.TrendService;
import vn.cchc.analytics.Unranked;

/**
 * Gathers the briefing's figures from the services the dashboard uses, so that the text says what
 * the overview shows: the overview's three cards, the ranking of the on-time rate among units of one
 * kind (provinces for the country, the province's departments for a province), the same ranking of
 * the previous period for the movers, the trend of the last eight periods, and the findings on the
 * headline indicators. Each service applies the reader's scope.
 */
public final class BriefingSource {

    /** Movers within this many points either way have not moved: "giữ ổn định". */
    public static final double STABLE = 0.5;
    static final int MOVERS = 3;
    static final int TREND_PERIODS = 8;

    private final OverviewService overview;
    private final RankingService rankings;
    private final TrendService trends;
    private final AgencyReportsQuery reports;
    private final MeasureCatalog measures;

    public BriefingSource(OverviewService overview, RankingService rankings, TrendService trends, AgencyReportsQuery reports,
                          MeasureCatalog measures) {
        this.overview = overview;
        this.rankings = rankings;
        this.trends = trends;
        this.reports = reports;
        this.measures = measures;
    }

    /** The boundary a period's reports are filed under: the 63 until 2025-06-30, the 34 after. */
    public static Boundary boundaryOf(String period) {
        return PeriodCodes.afterMerger(period) ? Boundary.NEW_34 : Boundary.OLD_63;
    }

    /** @param province null for the whole country */
    public BriefingFacts facts(AgencyReports.Province province, String period, double threshold) {
        Boundary boundary = boundaryOf(period);
        Scope scope = province == null ? Scope.country() : Scope.province(province.slug());
        List<KpiCard> cards = overview.cards(scope, period, boundary);
        List<BriefingFacts.Headline> headlines = cards.stream().map(c -> new BriefingFacts.Headline(c.measure().id(),
                c.measure().nameVi(), c.measure().nameEn(), c.current().value(), c.previous().value(), c.changePoints(),
                c.current().basis().name())).toList();
        String previous = cards.getFirst().previousPeriod();

        String measure = MeasureCatalog.ONTIME_RATE;
        String unitKind = province == null ? "province" : "department";
        Ranking now = ranking(measure, period, province, boundary);
        Ranking before = ranking(measure, previous, province, boundaryOf(previous));
        Map<String, Double> beforeByKey = new HashMap<>();
        before.rows().forEach(r -> beforeByKey.put(r.key(), r.figure().value()));
        List<BriefingFacts.Mover> moves = new ArrayList<>();
        for (RankingRow r : now.rows()) {
            Double b = beforeByKey.get(r.key());
            if (b != null && r.figure().value() != null) {
                moves.add(new BriefingFacts.Mover(name(r, province), r.figure().value(), b, r.figure().value() - b));
            }
        }
        List<BriefingFacts.Mover> up = moves.stream().filter(m -> m.change() > STABLE)
                .sorted(Comparator.comparingDouble(BriefingFacts.Mover::change).reversed().thenComparing(BriefingFacts.Mover::name))
                .limit(MOVERS).toList();
        List<BriefingFacts.Mover> down = moves.stream().filter(m -> m.change() < -STABLE)
                .sorted(Comparator.comparingDouble(BriefingFacts.Mover::change).thenComparing(BriefingFacts.Mover::name))
                .limit(MOVERS).toList();
        List<BriefingFacts.UnitFigure> ranked = now.rows().stream()
                .map(r -> new BriefingFacts.UnitFigure(name(r, province), r.figure().value())).toList();
        List<BriefingFacts.UnitFigure> laggards = ranked.stream().filter(u -> u.value() < threshold)
                .sorted(Comparator.comparingDouble(BriefingFacts.UnitFigure::value).thenComparing(BriefingFacts.UnitFigure::name))
                .toList();
        // A province: its agencies that filed in the year before and not now (the ranking lists only those
        // whose reporting span covers the period). The country: provinces with no report at all.
        List<String> missing = province == null
                ? now.unranked().stream().filter(u -> u.reason() == Unranked.Reason.NOT_REPORTED).map(Unranked::name).sorted().toList()
                : reports.reports(province, reports.period(period).orElseThrow()).missing().stream()
                        .map(AgencyReports.Missing::agency).toList();

        List<String> periods = PeriodCodes.lastN(period, TREND_PERIODS);
        List<BriefingFacts.TrendLine> lines = new ArrayList<>();
        for (String id : List.of(MeasureCatalog.ONTIME_RATE, MeasureCatalog.ONLINE_RATE)) {
            Trend t = trends.trend(id, List.of(scope), List.of(province == null ? "" : province.name()), boundary,
                    new PeriodRange(periods.getFirst(), period, vn.cchc.analytics.Grain.of(period)));
            Measure m = t.measure();
            lines.add(new BriefingFacts.TrendLine(m.nameVi(), m.nameEn(),
                    t.series().getFirst().points().stream().map(p -> p.figure().value()).toList()));
        }
        Measure ontime = measures.get(measure);
        List<Measure> headline = MeasureCatalog.HEADLINE.stream().map(measures::get).toList();
        return new BriefingFacts(province == null ? null : province.name(), period, previous, headlines, unitKind, measure,
                ontime.nameVi(), ontime.nameEn(), up, down, threshold, laggards, ranked, missing,
                warnings(reports.findingsOn(headline, period, province == null ? null : province.slug())), periods, lines);
    }

    /** Within one province the agencies need no "— province" after their names. */
    private static String name(RankingRow r, AgencyReports.Province province) {
        int dash = r.name().lastIndexOf(" — ");
        return province != null && dash > 0 ? r.name().substring(0, dash) : r.name();
    }

    private Ranking ranking(String measure, String period, AgencyReports.Province province, Boundary boundary) {
        return province == null ? rankings.provinces(measure, period, boundary, null)
                : rankings.agencies(measure, period, "department", province.slug(), boundary);
    }

    /** Findings by rule, most first: how many, in how many reports, with one example. */
    private static List<BriefingFacts.Warning> warnings(List<AgencyReports.SourceFinding> findings) {
        Map<String, List<AgencyReports.SourceFinding>> byRule = new LinkedHashMap<>();
        findings.forEach(f -> byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f));
        return byRule.entrySet().stream()
                .map(e -> new BriefingFacts.Warning(e.getKey(), e.getValue().getFirst().severity(), e.getValue().size(),
                        (int) e.getValue().stream().map(AgencyReports.SourceFinding::agency).distinct().count(),
                        e.getValue().getFirst().agency()))
                .sorted(Comparator.comparingInt(BriefingFacts.Warning::findings).reversed().thenComparing(BriefingFacts.Warning::rule))
                .toList();
    }
}
