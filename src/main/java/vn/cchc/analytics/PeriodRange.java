package vn.cchc.analytics;

import java.util.List;

/**
 * A filter's period range: the periods of one grain from {@code from} to {@code to} (codes, both
 * included). {@code from} and {@code to} may be of any kind; only periods of the grain are listed.
 */
public record PeriodRange(String from, String to, Grain grain) {

    public PeriodRange {
        if (PeriodCodes.order(from) > PeriodCodes.order(to)) {
            throw new IllegalArgumentException("the range " + from + "–" + to + " runs backwards");
        }
    }

    public static PeriodRange quarters(String from, String to) {
        return new PeriodRange(from, to, Grain.QUARTER);
    }

    public List<String> periods() {
        return PeriodCodes.between(grain, from, to);
    }
}
