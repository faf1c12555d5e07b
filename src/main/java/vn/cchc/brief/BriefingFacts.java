package vn.cchc.brief;

import java.util.List;

/**
 * What the briefing says, as figures taken from the analytics services, before any sentence.
 *
 * @param scopeName      "Quảng Bình", or null for the whole country
 * @param unitKind       what the movers and laggards are: {@code province} or {@code department}
 * @param threshold      the on-time rate (%) below which a unit is listed
 * @param rankingMeasure the measure the movers, laggards and the ranking chart are about
 */
public record BriefingFacts(String scopeName, String period, String previousPeriod, List<Headline> headlines,
                            String unitKind, String rankingMeasure, String rankingNameVi, String rankingNameEn,
                            List<Mover> up, List<Mover> down, double threshold, List<UnitFigure> laggards,
                            List<UnitFigure> ranking, List<String> notReported, List<Warning> warnings,
                            List<String> trendPeriods, List<TrendLine> trend) {

    /** A headline rate: null value when not reported; change null unless both periods have one. */
    public record Headline(String measureId, String nameVi, String nameEn, Double value, Double previous, Double change,
                           String basis) {
    }

    /** A unit whose rate moved between the previous period and this one, in points. */
    public record Mover(String name, double now, double before, double change) {
    }

    public record UnitFigure(String name, double value) {
    }

    /** Findings of one rule on the figures used, and how many reports they are in. */
    public record Warning(String rule, String severity, int findings, int reports, String example) {
    }

    /** One line of the trend chart: a headline rate over the last periods (null where not reported). */
    public record TrendLine(String nameVi, String nameEn, List<Double> values) {
    }
}
