package vn.cchc.analytics;

import vn.cchc.catalog.Indicator.Accumulation;

/**
 * What the values on a trend's axis are, from the measure's accumulation: a flow of each period,
 * a year-to-date ("lũy kế") total — Q3 holds nine months — or a stock at the period's end. One
 * trend has one axis: a measure has one accumulation and a trend one grain.
 */
public enum Axis {
    PER_PERIOD, CUMULATIVE_YEAR_TO_DATE, SNAPSHOT;

    public static Axis of(Accumulation a) {
        return switch (a) {
            case PERIOD -> PER_PERIOD;
            case CUMULATIVE -> CUMULATIVE_YEAR_TO_DATE;
            case SNAPSHOT -> SNAPSHOT;
        };
    }
}
