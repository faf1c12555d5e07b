package vn.cchc.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * pdftotext's layout of a report PDF, as seed 001 is: every line followed by an empty one, cells
 * separated by single spaces (two after the item code), the letterhead's two columns on shared
 * lines ("UBND TỈNH … CỘNG HÒA XÃ HỘI …"), long labels wrapped over lines, the table header and a
 * page number repeated at each page break inside a table (the number alone between two forms),
 * "Trong" and "đó" on two lines, and glyphs the font could not map lost to spaces in the labels
 * ("T  lệ", "đ ng"). No note column: with only spaces between cells a note could not be told from
 * the value.
 */
final class PdfLayoutRenderer implements ShapeRenderer {

    /** Characters of the code-and-label column before pdftotext wraps it. */
    private static final int LABEL_WIDTH = 68;
    private static final int PROSE_WIDTH = 82;
    /** How often a page ends between two forms rather than inside one. */
    private static final double FORM_BREAKS = 0.3;

    private final List<String> out = new ArrayList<>();
    private int page = 1;

    @Override
    public String render(ReportContent c, ReportProse prose, RandomGenerator r) {
        out.clear();
        page = 1;
        out.add("");
        // A committee's name on one line: pdftotext sets the letterhead's columns side by side, and a
        // two-line "ỦY BAN NHÂN DÂN" / "HUYỆN …" beside the motto is not read (package-info).
        List<String> issuer = prose.issuer(false);
        List<String> motto = ReportProse.motto();
        line("  " + issuer.getFirst() + " " + motto.get(0));
        if (issuer.size() > 1) {
            line(" " + issuer.get(1) + " " + motto.get(1));
        } else {
            line(" " + motto.get(1));
        }
        line(" " + prose.number() + " " + prose.dateLine());
        line(" ");
        line("BÁO CÁO");
        line(prose.title());
        line(" ");
        for (ReportProse.Paragraph p : prose.body()) {
            if (p.heading()) {
                line(p.text());
            } else {
                wrap(p.text(), PROSE_WIDTH).forEach(this::line);
            }
        }
        pageBreak();
        List<String> signer = prose.signer();
        List<String> recipients = prose.recipients();
        line("Nơi nhận:  " + signer.getFirst());
        for (int i = 0; i < recipients.size(); i++) {
            line(recipients.get(i) + (i + 1 < signer.size() ? " " + signer.get(i + 1) : ""));
        }
        line(" ");
        line(" " + prose.signerName());
        pageBreak();
        prose.appendixTitle().forEach(this::line);
        line(prose.appendixCaption());
        line(" ");

        GlyphLoss glyphs = GlyphLoss.draw(r);
        boolean trailingDot = r.nextDouble() < 0.8;
        for (AppendixTable table : c.tables()) {
            if (table != c.tables().getFirst() && r.nextDouble() < FORM_BREAKS) {
                formBreak();
            }
            table.headings().forEach(this::line);
            tableHeader();
            int untilBreak = 12 + r.nextInt(8);
            for (WrittenRow row : table.rows()) {
                if (--untilBreak == 0) {
                    tableBreak();
                    untilBreak = 12 + r.nextInt(8);
                }
                row(row, glyphs, trailingDot, r);
            }
        }
        return String.join("\n", out) + "\n";
    }

    /** One line of text and the empty line pdftotext writes after it. */
    private void line(String text) {
        out.add(text + (text.endsWith(" ") ? "" : " "));
        out.add("");
    }

    private void pageBreak() {
        out.add("");
        line(++page + "");
        out.add("");
    }

    /**
     * A page ends between two forms (2023): its number, then the next form's title, no table
     * header. The reader tells it from a value on a line of its own by the page numbering.
     */
    private void formBreak() {
        line(" ");
        line(++page + "");
        line(" ");
    }

    /** A page ends inside a table: its number, then the table header again on the next page. */
    private void tableBreak() {
        line(" ");
        line(++page + "");
        line(" ");
        tableHeader();
    }

    private void tableHeader() {
        line(" STT Chỉ tiêu thống kê");
        line("(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)");
        line("Kết quả thống kê Ghi chú");
        line("Đơn vị tính Số liệu ");
    }

    private void row(WrittenRow row, GlyphLoss glyphs, boolean trailingDot, RandomGenerator r) {
        TemplateRow t = row.template();
        if (t.opensSubRows()) {
            if (glyphs.losesO() || r.nextDouble() < 0.6) {
                // The narrow code column wraps "Trong đó"; the reader does not take "Trong đ " with its
                // "ó" lost on one line for the marker (reader limitations: package-info).
                line("Trong ");
                line(glyphs.losesO() ? "đ " : "đó");
            } else {
                line("Trong đó");
            }
        }
        String label = r.nextDouble() < 0.5 ? glyphs.apply(row.label()) : row.label();
        String code = ShapeRenderer.printedCode(t, trailingDot);
        String start = code.isEmpty() ? "" : code + "  ";
        String value = row.value();
        String unitAndValue = String.join(" ", nonEmpty(row.unit(), value));
        List<String> labelLines = wrap(start + label, LABEL_WIDTH);
        // Unit and value on a line of their own, as seed 001 has "% 99,62%" under a wrapped label: only
        // where the label cannot end in something the reader would take for a unit (an acronym).
        String lastWord = label.substring(label.lastIndexOf(' ') + 1);
        boolean unitAlone = row.unit().equals("%") && !value.isEmpty()
                && !lastWord.equals(lastWord.toUpperCase(Locale.ROOT)) && r.nextDouble() < 0.3;
        for (int i = 0; i < labelLines.size(); i++) {
            boolean last = i == labelLines.size() - 1;
            if (last && !unitAlone && !unitAndValue.isEmpty()) {
                lineWithValue(labelLines.get(i) + " " + unitAndValue, r);
            } else {
                line(labelLines.get(i));
            }
        }
        if (unitAlone) {
            lineWithValue(unitAndValue, r);
        }
    }

    /** A rate written with its counts may see them wrap: "99,62%" over "(523/525)". */
    private void lineWithValue(String text, RandomGenerator r) {
        int fraction = text.lastIndexOf(" (");
        if (fraction > 0 && text.endsWith(")") && text.substring(fraction).contains("/") && r.nextDouble() < 0.5) {
            line(text.substring(0, fraction));
            line(text.substring(fraction + 1));
        } else {
            line(text);
        }
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (!p.isEmpty()) {
                kept.add(p);
            }
        }
        return kept;
    }

    /**
     * Wraps at the width, breaking only before a word that starts with a lower-case letter: a
     * label continued mid-sentence, as pdftotext continues it, and never a line that could pass
     * for a new row or a unit.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String[] words = text.split(" ", -1);
        StringBuilder current = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            boolean fits = current.length() + 1 + word.length() <= width;
            // Not after a lost glyph's space either: "T  lệ" stays on one line.
            boolean breakable = !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !words[i - 1].isEmpty();
            if (!fits && breakable) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current.append(' ').append(word);
            }
        }
        lines.add(current.toString());
        return lines;
    }
}
