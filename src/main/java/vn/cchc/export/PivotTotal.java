package vn.cchc.export;

import java.util.List;

/**
 * The total of one period column. A rate's total is Σ numerators / Σ denominators (a big agency
 * weighs by its dossiers, as the national figure does), never the mean of the rates; only when a
 * report gives a rate without its numerator and denominator is the mean of the reported rates the
 * best that can be said, and the total says so. Counts are summed. Nothing reported → no total (never 0).
 */
record PivotTotal(Double value, Method method, int reported) {

    enum Method { RATIO_OF_SUMS, SUM, MEAN_OF_REPORTED_RATES, NONE }

    static PivotTotal of(ColumnType type, List<PivotData.Cell> cells) {
        double num = 0;
        double den = 0;
        double sum = 0;
        int values = 0;
        int withParts = 0;
        int reported = 0;
        boolean rateWithoutParts = false;
        for (PivotData.Cell c : cells) {
            if (c == null) {
                continue;
            }
            boolean parts = c.numerator() != null && c.denominator() != null;
            if (c.value() == null && !parts) {
                continue;
            }
            reported++;
            if (c.value() != null) {
                sum += c.value();
                values++;
            }
            if (parts) {
                num += c.numerator();
                den += c.denominator();
                withParts++;
            } else {
                rateWithoutParts = true;
            }
        }
        return switch (type) {
            case TEXT -> new PivotTotal(null, Method.NONE, reported);
            case PERCENT -> {
                if (reported == 0) {
                    yield new PivotTotal(null, Method.NONE, 0);
                }
                if (!rateWithoutParts) {
                    yield new PivotTotal(den == 0 ? null : 100 * num / den, Method.RATIO_OF_SUMS, withParts);
                }
                yield new PivotTotal(values == 0 ? null : sum / values, Method.MEAN_OF_REPORTED_RATES, values);
            }
            case INTEGER, DECIMAL -> new PivotTotal(values == 0 ? null : sum, values == 0 ? Method.NONE : Method.SUM, values);
        };
    }
}
