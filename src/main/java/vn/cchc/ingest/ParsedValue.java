package vn.cchc.ingest;

import java.util.List;

/**
 * A value of the Số liệu column as read, next to the text it was read from.
 *
 * @param raw         the text exactly as given to the parser
 * @param status      NUMBER, EMPTY (not reported: NULL, never 0) or TEXT (a text answer where a
 *                    number was asked, e.g. "Đã kết nối")
 * @param number      the value; null unless NUMBER
 * @param text        the answer with markup and line breaks removed; set only for TEXT
 * @param numerator   the counts written after a rate, "99,62% (523/525)": 523; else null
 * @param denominator ... and 525; else null
 * @param parts       a breakdown written after the number, "77 (cấp tỉnh 54, huyện 23)"; never null
 * @param qualifier   any other writing after the number, "HĐ68" in "4 HĐ68", "(01 hồ sơ)" in
 *                    "100 (01 hồ sơ)"; else null
 * @param decimals    how many decimal digits were written (0 for "83%", 2 for "99,62"): the
 *                    rounding a consistency check must allow
 * @param percentSign whether a '%' was written with the number
 */
public record ParsedValue(String raw, Status status, Double number, String text, Double numerator,
                          Double denominator, List<ValuePart> parts, String qualifier, int decimals,
                          boolean percentSign) {

    public enum Status { NUMBER, EMPTY, TEXT }

    public ParsedValue {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** Whether every number of it is finite (a 400-digit one is read as Infinity, which is never stored). */
    public boolean isFinite() {
        return finite(number) && finite(numerator) && finite(denominator) && parts.stream().allMatch(p -> finite(p.number()));
    }

    private static boolean finite(Double d) {
        return d == null || Double.isFinite(d);
    }

    static ParsedValue empty(String raw) {
        return new ParsedValue(raw, Status.EMPTY, null, null, null, null, List.of(), null, 0, false);
    }

    static ParsedValue text(String raw, String text) {
        return new ParsedValue(raw, Status.TEXT, null, text, null, null, List.of(), null, 0, false);
    }

    public boolean isNumber() {
        return status == Status.NUMBER;
    }

    public boolean isEmpty() {
        return status == Status.EMPTY;
    }

    public boolean isText() {
        return status == Status.TEXT;
    }

    /** Whether the counts behind a rate were written with it, as in "99,62% (523/525)". */
    public boolean hasFraction() {
        return numerator != null && denominator != null;
    }
}
