package vn.cchc.ingest;

/**
 * One statistic read from a report, ready to load.
 *
 * @param ordinal   position among the report's values (the key of its findings)
 * @param origin    ROW when a row of the table holds it; INLINE when it was written inside
 *                  another value ("99,62% (523/525)" yields the resolved and on-time counts)
 * @param labelRaw  the row's label as written
 * @param line      1-based source line
 */
public record ValueDraft(int ordinal, String indicatorId, ParsedValue value, String unitRaw, String note,
                         Origin origin, String itemCode, String labelRaw, int line) {

    public enum Origin { ROW, INLINE }

    public ValueDraft {
        // The last guard: Infinity or NaN never reaches report_value (Plausibility keeps them out before).
        if (!value.isFinite()) {
            throw new IllegalArgumentException("not a finite number at line " + line + ": " + value.raw());
        }
    }

    public Double number() {
        return value.number();
    }
}
