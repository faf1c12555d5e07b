package vn.cchc.analytics;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The overview's answers for one choice of scope, period and boundary: the headline cards, the
 * ranking beneath (the provinces at country level, a province's departments inside it) and the
 * on-time rate over the range. {@code OverviewView} draws them and {@link OverviewWarmUp} computes
 * them after start: one place says what the overview asks, so the warm-up cannot drift from it.
 * Scoped by the services it composes, each of which reads through {@link ReadAccess}.
 */
@Service
public class OverviewPage {

    /** @param trend its line unlabelled: the view names it in the reader's language ({@link Trend#labelled}) */
    public record Answers(List<KpiCard> cards, Ranking ranking, Trend trend) {
    }

    private final OverviewService overview;
    private final RankingService rankings;
    private final TrendService trends;

    public OverviewPage(OverviewService overview, RankingService rankings, TrendService trends) {
        this.overview = overview;
        this.rankings = rankings;
        this.trends = trends;
    }

    /**
     * @param scope    what the cards and the trend describe: the country, a province or an agency
     * @param province the province chosen, or null at country level
     */
    public Answers answers(Scope scope, String province, String period, Boundary boundary, PeriodRange range) {
        Ranking ranking = province == null
                ? rankings.provinces(MeasureCatalog.ONTIME_RATE, period, boundary, null)
                : rankings.agencies(MeasureCatalog.ONTIME_RATE, period, "department", province, boundary);
        return new Answers(overview.cards(scope, period, boundary), ranking,
                trends.trend(MeasureCatalog.ONTIME_RATE, List.of(scope), boundary, range));
    }
}
