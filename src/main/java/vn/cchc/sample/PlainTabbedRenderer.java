package vn.cchc.sample;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A DOCX converted to plain text, as seeds 002 and 004 are: no Markdown, table rows as
 * tab-separated cells, now and then {@code <i>} on the rows of a "Trong đó" block and the marker
 * split by the conversion ("Tron g đó"), the table header repeated at page breaks, and a long label
 * broken across a break — its end on the next page, alone in the label cell (seed 002's
 * "Số TTHC cung cấp mức độ 3, 4 trên" / "Công DVC").
 */
final class PlainTabbedRenderer extends TabbedRenderer {

    @Override
    String strong(String line) {
        return line;
    }

    @Override
    String signerLineEnd() {
        return "";
    }

    @Override
    void title(List<String> out, String title) {
        out.add("BÁO CÁO");
        out.add(title);
    }

    @Override
    String heading(String text) {
        return text;
    }

    @Override
    void appendixTitle(List<String> out, ReportProse prose, RandomGenerator r) {
        List<String> title = prose.appendixTitle();
        out.add(r.nextDouble() < 0.5 ? ReportProse.upper(title.getFirst()) : title.getFirst());
        out.add("");
        out.addAll(title.subList(1, title.size()));
        out.add(prose.appendixCaption());
        out.add("");
    }

    @Override
    void tables(List<String> out, List<AppendixTable> tables, RandomGenerator r) {
        boolean trailingDot = r.nextDouble() < 0.7;
        boolean italicSubRows = r.nextDouble() < 0.5;
        boolean splitMarker = r.nextDouble() < 0.4;
        boolean italicHeader = r.nextDouble() < 0.5;
        for (AppendixTable table : tables) {
            if (!table.headings().isEmpty()) {
                out.addAll(table.headings());
                out.add("");
            }
            header(out, italicHeader);
            int untilBreak = 14 + r.nextInt(8);
            for (WrittenRow row : table.rows()) {
                boolean pageBreak = --untilBreak == 0;
                TemplateRow t = row.template();
                String code = t.subRow() ? (t.opensSubRows() ? (splitMarker ? "Tron g đó" : "Trong đó") : "")
                        : ShapeRenderer.printedCode(t, trailingDot);
                String label = t.subRow() && italicSubRows ? "<i>" + row.label() + "</i>" : row.label();
                int cut = pageBreak && !t.subRow() ? cutPoint(row.label()) : -1;
                if (cut > 0) {
                    // The page ends inside the label: its first words stay with the row's cells.
                    out.add(String.join("\t", code, row.label().substring(0, cut), row.unit(), row.value(), row.note()));
                    out.add("");
                    header(out, italicHeader);
                    out.add("\t" + row.label().substring(cut + 1) + "\t\t\t");
                } else {
                    if (pageBreak) {
                        out.add("");
                        header(out, italicHeader);
                    }
                    out.add(String.join("\t", code, label, row.unit(), row.value(), row.note()));
                }
                if (pageBreak) {
                    untilBreak = 14 + r.nextInt(8);
                }
            }
            out.add("");
        }
    }

    private static void header(List<String> out, boolean italic) {
        out.add(italic ? "STT\tChỉ tiêu thống kê <i>(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)</i>\tKết quả thống kê\t\tGhi chú"
                : "STT\tChỉ tiêu thống kê\tKết quả thống kê\t\tGhi chú");
        out.add("\t\tĐơn vị tính\tSố liệu\t");
    }

    /** Where a long label breaks at a page end: the last space before its final two or three words; -1 for a short one. */
    private static int cutPoint(String label) {
        if (label.length() < 45) {
            return -1;
        }
        int cut = label.lastIndexOf(' ', label.length() - 12);
        return cut > 20 ? cut : -1;
    }
}
