package vn.cchc.export;

/**
 * How a column's values are written. Numeric columns hold {@link Number}s (null = not reported,
 * written as an empty cell, never 0); TEXT holds anything, written with {@code toString()}.
 */
public enum ColumnType {
    TEXT,
    /** A count: thousands separators, no decimals (a fractional value keeps its decimals). */
    INTEGER,
    /** Thousands separators and two decimals. */
    DECIMAL,
    /**
     * A percentage as reports write it (99.62 for 99,62 %). The .xlsx cell holds the fraction
     * (0.9962) with the format {@code 0.00 %}, so Excel shows 99,62 % under a Vietnamese locale,
     * 99.62 % under an English one, and sums and charts of the cell stay true percentages.
     */
    PERCENT
}
