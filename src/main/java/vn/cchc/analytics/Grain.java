package vn.cchc.analytics;

import java.util.List;

/**
 * The kind of period a series runs over. A series never mixes grains: a half-year's flow is not a
 * quarter's, and a cumulative ("lũy kế") Q3 value is nine months' worth.
 */
public enum Grain {
    QUARTER(List.of("Q1", "Q2", "Q3", "Q4")), HALF_YEAR(List.of("H1")), NINE_MONTHS(List.of("9M")), YEAR(List.of("Y"));

    private final List<String> kinds;

    Grain(List<String> kinds) {
        this.kinds = kinds;
    }

    /** The period kinds (period.kind) of this grain, in the order of the year. */
    public List<String> kinds() {
        return kinds;
    }

    /** The grain of a period code such as 2024-Q3 or 2024-H1. */
    public static Grain of(String periodCode) {
        String kind = PeriodCodes.kind(periodCode);
        for (Grain g : values()) {
            if (g.kinds.contains(kind)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown period " + periodCode);
    }
}
