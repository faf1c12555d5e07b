package vn.cchc.ingest;

import vn.cchc.catalog.Indicator;
import vn.cchc.ingest.Finding.Severity;

/**
 * Whether a number read from a report may be stored as one. A number no double holds exactly (a
 * 400-digit one would become Infinity, 2^63 loses its last digits), a negative count, and a value
 * far beyond the indicator's plausible range (catalog: {@code plausible_max}) are no statistics:
 * they are kept as the text written, with a finding, never as a number.
 */
final class Plausibility {

    /** 2^53: past it a double no longer holds every whole number, so what was written would be changed. */
    static final double EXACT_LIMIT = 9_007_199_254_740_992d;

    private Plausibility() {
    }

    /** Why the value cannot be stored as a number. */
    record Problem(String rule, String message) {
        Finding finding(int ordinal, int line) {
            return new Finding(rule, Severity.WARNING, message, ordinal, line);
        }
    }

    /** @return null when every number of the value may be stored */
    static Problem check(Indicator indicator, ParsedValue value) {
        if (!value.isNumber()) {
            return null;
        }
        if (!storable(value.number()) || !storable(value.numerator()) || !storable(value.denominator())
                || value.parts().stream().anyMatch(p -> !storable(p.number()))) {
            return new Problem("number_out_of_range", "'" + value.raw() + "' (" + indicator.id() + ") is beyond what"
                    + " can be stored exactly (±9,007,199,254,740,992); kept as text, no number");
        }
        if (indicator.kind() == Indicator.Kind.COUNT && value.number() < 0) {
            return new Problem("negative_count", "'" + value.raw() + "' is a negative count (" + indicator.id()
                    + "); kept as text, no number");
        }
        Double max = indicator.plausibleMax();
        if (max != null && Math.abs(value.number()) > max) {
            return new Problem("implausible_value", "'" + value.raw() + "' is far beyond what " + indicator.id()
                    + " can be (at most " + String.format("%,.0f", max) + " by the catalog); kept as text, no number");
        }
        return null;
    }

    private static boolean storable(Double number) {
        return number == null || Double.isFinite(number) && Math.abs(number) <= EXACT_LIMIT;
    }
}
