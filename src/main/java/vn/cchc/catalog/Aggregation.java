package vn.cchc.catalog;

import java.util.Locale;

/**
 * How a province adds up its agencies' values of one indicator (catalog/indicators.csv, column
 * {@code aggregation}): the rule is data, so that a corrected catalog changes it without code.
 */
public enum Aggregation {
    /** Counts, posts, money: summed over the units whose level the row names. */
    SUM,
    /** A rate: Σ numerator / Σ denominator; where only rates were reported, their unweighted mean, said so. */
    RATIO,
    /** A share reported without counts: the unweighted mean of the units' shares, said so. */
    MEAN,
    /** A coded answer: the count of units per code, in the note. */
    CODES,
    /** Does not add up across agencies (procedures in force): left empty, the agencies' values in the note. */
    NONE;

    static Aggregation of(String text, String indicatorId) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("indicators.csv: " + indicatorId + " has aggregation '" + text
                    + "', not one of sum, ratio, mean, codes, none", e);
        }
    }
}
