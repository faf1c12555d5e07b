package vn.cchc.sample;

import java.util.random.RandomGenerator;

/** Lays a report out as one text shape. */
interface ShapeRenderer {

    String render(ReportContent content, ReportProse prose, RandomGenerator random);

    static ShapeRenderer of(TextShape shape) {
        return switch (shape) {
            case MARKDOWN_TABBED -> new MarkdownTabbedRenderer();
            case PLAIN_TABBED -> new PlainTabbedRenderer();
            case PDF_LAYOUT -> new PdfLayoutRenderer();
        };
    }

    /** The code column of a table row: the item code, or "Trong đó" on the first row of a sub-row block. */
    static String codeCell(TemplateRow row, boolean trailingDot) {
        if (row.subRow()) {
            return row.opensSubRows() ? "Trong đó" : "";
        }
        return printedCode(row, trailingDot);
    }

    /** An item code as printed: "1." at the top level, "3.1.2." or "3.1.2" below as the writer likes. */
    static String printedCode(TemplateRow row, boolean trailingDot) {
        if (row.code().isEmpty()) {
            return "";
        }
        return row.depth() == 1 || trailingDot ? row.code() + "." : row.code();
    }
}
