/**
 * Synthetic sample history: a deterministic generator of CCHC reports as they reach us — text in
 * the three shapes of the seeds (Markdown-tabbed, plain tabbed, pdftotext layout), Word (.docx),
 * Excel (.xlsx) and PDF files, every province of the period's generation, its departments (merged
 * per the 2025 lineage) and its districts (until 2025-06-30), the template generation of the
 * period rendered from the catalog's aliases — with a manifest of the true values and of the
 * inconsistencies planted on purpose.
 *
 * <p>It exists so that the loader can be tested end to end on years of realistic history (generate,
 * load, compare every value with the manifest, for every format) and so that a fresh warehouse has
 * something to show. Every generated file says in its text that it is synthetic sample data (and
 * the binary ones in their document properties too); district names are invented. Nothing here
 * reads or writes the warehouse.
 *
 * <p>How a report is made: {@code ReportAssembler} turns the period's true values into
 * {@code ReportContent} (the rows with their values as text, the manifest, the planted error);
 * {@code ReportProse} words the letter around the appendix; a {@code ReportRenderer} lays both out
 * in the report's {@code FileFormat} — the text shapes ({@code TabbedRenderer}'s two
 * conversions, {@code PdfLayoutRenderer}), {@code DocxRenderer}, {@code XlsxRenderer},
 * {@code PdfRenderer}. The format is drawn per report from the seed among those asked for; the
 * values and the planted errors do not depend on it. Binary files carry the report's date as their
 * own (core properties, zip entries, PDF metadata and ID), never the clock's, so the same seed gives
 * the same bytes.
 *
 * <p>Reader limitations the generator steers around, because the round trip must be exact — each
 * is something a real pdftotext output or PDF can contain, and is reported, not fixed, here (the
 * letterhead beside the national motto and the one-line "Trong đ " marker it also found are read
 * correctly now; the pdf shape still writes them the old way; a blank coded sub-row of a "Trong đó"
 * block no longer swallows the next, and the pdf shapes now write them blank):
 * <ul>
 * <li>A page number not followed by the repeated table header (a page break between two 2023
 *     forms) is told from a row's value on a line of its own only by the page numbering: it must
 *     continue the numbers of the pages that end inside a table. The pdf shape writes such breaks
 *     (their numbers always continue the numbering); a .pdf starts a form that does not fit on a
 *     fresh page without a number.</li>
 * <li>Read by position, a .pdf table's note column could not be told from the value: .pdf reports,
 *     like the pdftotext shape, have no notes. Their table cells are aligned to the bottom (unit and
 *     value on a wrapped label's last line, as pdftotext orders them); top-aligned cells of wrapped
 *     labels are read less well (PdfFormat's documentation).</li>
 * <li>Label lines of a .pdf wrap only before a word in lower case, so that a continued line never
 *     passes for a new row, a code or a unit.</li>
 * </ul>
 */
package vn.cchc.sample;
