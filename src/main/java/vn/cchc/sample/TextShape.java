package vn.cchc.sample;

/** The three text shapes reports reach us in (DOMAIN.md §3), each like some of the seeds. */
public enum TextShape {
    /** A DOCX converted to Markdown: tab-separated rows, {@code <b>} tags (seeds 000, 003). */
    MARKDOWN_TABBED,
    /** A DOCX converted to plain text: tab-separated rows, a few {@code <i>} tags (seeds 002, 004). */
    PLAIN_TABBED,
    /** pdftotext output: columns separated by spaces, wrapped labels, page headers, lost glyphs (seed 001). */
    PDF_LAYOUT
}
