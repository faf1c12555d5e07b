package vn.cchc.ingest;

/**
 * One row of a report's statistics appendix as a reader found it, before any matching:
 * the five columns of the template (STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu | Ghi chú),
 * markup removed but otherwise as written. A {@link Kind#HEADING} is a line of text between
 * the appendix tables (e.g. "Biểu mẫu 3", "Cải cách thủ tục hành chính"); only its label is set.
 *
 * @param line   1-based line in the source text where the row starts
 * @param code   item code without a trailing dot ("3.4.1"), empty when the row has none
 * @param subRow true for the rows of a "Trong đó" (of which) block
 * @param raw    the source text of the whole row (all its lines), for findings and audit
 */
public record AppendixRow(Kind kind, int line, String code, String label, String unit, String value,
                          String note, boolean subRow, String raw) {

    public enum Kind { ROW, HEADING }

    public static AppendixRow heading(int line, String text) {
        return new AppendixRow(Kind.HEADING, line, "", text, "", "", "", false, text);
    }

    public boolean isHeading() {
        return kind == Kind.HEADING;
    }
}
