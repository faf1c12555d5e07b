package vn.cchc.sample;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A DOCX converted to Markdown, as seeds 000 and 003 are: bold headings in {@code **}, the
 * report's title as Markdown headings, table rows as tab-separated cells with {@code <b>} on the
 * top-level rows and {@code <i>} on notes in parentheses, the table header repeated at every page
 * break, "Trong đó" in the code cell of a sub-row block, one table per "Biểu mẫu" in 2023.
 */
final class MarkdownTabbedRenderer extends TabbedRenderer {

    @Override
    String strong(String line) {
        return "**" + line + "**";
    }

    @Override
    String signerLineEnd() {
        return "  ";
    }

    @Override
    void title(List<String> out, String title) {
        out.add("## **BÁO CÁO**");
        out.add("");
        out.add("### **" + title + "**");
    }

    @Override
    String heading(String text) {
        return "#### **" + text + "**";
    }

    @Override
    void appendixTitle(List<String> out, ReportProse prose, RandomGenerator r) {
        out.add("");
        prose.appendixTitle().forEach(l -> out.add("**" + l + "**  "));
        out.add("*" + prose.appendixCaption() + "*");
        out.add("");
    }

    @Override
    void tables(List<String> out, List<AppendixTable> tables, RandomGenerator r) {
        boolean trailingDot = r.nextDouble() < 0.6;
        int headerStyle = r.nextInt(3);
        boolean footnoteUsed = false;
        for (AppendixTable table : tables) {
            if (!table.headings().isEmpty()) {
                if (r.nextDouble() < 0.2) {
                    out.add("**" + String.join(" ", table.headings()) + "**");
                } else {
                    for (int i = 0; i < table.headings().size(); i++) {
                        out.add("**" + table.headings().get(i) + "**" + (i < table.headings().size() - 1 ? "  " : ""));
                    }
                }
                out.add("");
            }
            header(out, headerStyle);
            int untilBreak = 14 + r.nextInt(8);
            boolean footnoteHere = false;
            for (WrittenRow row : table.rows()) {
                if (--untilBreak == 0) {
                    out.add("");
                    header(out, headerStyle);
                    untilBreak = 14 + r.nextInt(8);
                }
                String label = label(row);
                if (!footnoteUsed && !table.headings().isEmpty() && label.contains("VBQPPL")) {
                    // Seed 003 footnotes the first "VBQPPL" of Biểu mẫu 2.
                    label = label.replaceFirst("VBQPPL", "VBQPPL<sup>1</sup>");
                    footnoteUsed = true;
                    footnoteHere = true;
                }
                out.add(cells(row, label, trailingDot));
            }
            if (footnoteHere) {
                out.add("");
                out.add("<sup>1</sup> Văn bản quy phạm pháp luật.");
            }
            out.add("");
        }
    }

    private static void header(List<String> out, int style) {
        switch (style) {
            case 0 -> {
                out.add("STT\tChỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)\tKết quả thống kê\t\tGhi chú");
                out.add("\t\tĐơn vị tính\tSố liệu\t");
            }
            case 1 -> {
                out.add("STT\tChỉ tiêu thống kê <i>(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)</i>\tKết quả thống kê\t\tGhi chú");
                out.add("\t\tĐơn vị tính\tSố liệu\t");
            }
            default -> {
                out.add("<b>STT</b>\t<b>Chỉ tiêu thống kê</b>\t<b>Kết quả thống kê</b>\t<b>Ghi chú</b>");
                out.add("------------\t--------------------------\t-------------------------\t----------------");
                out.add("");
                out.add("\t<i>(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)</i>\t<b>Đơn vị tính</b>\t<b>Số liệu</b>\t");
            }
        }
    }

    /** A note in parentheses at the end of a label is italic in the DOCX. */
    private static String label(WrittenRow row) {
        String label = row.label();
        int open = label.lastIndexOf('(');
        if (open > 0 && label.endsWith(")")) {
            return label.substring(0, open) + "<i>" + label.substring(open) + "</i>";
        }
        return label;
    }

    private static String cells(WrittenRow row, String label, boolean trailingDot) {
        TemplateRow t = row.template();
        String code = ShapeRenderer.codeCell(t, trailingDot);
        if (t.depth() == 1) {
            code = "<b>" + code + "</b>";
            label = "<b>" + label + "</b>";
        }
        return String.join("\t", code, label, row.unit(), row.value(), row.note());
    }
}
