/**
 * Synthetic sample history: a deterministic generator of CCHC reports as they reach us — the
 * three text shapes of the seeds (Markdown-tabbed, plain tabbed, pdftotext layout), every province
 * of the period's generation, its departments (merged per the 2025 lineage) and its districts
 * (until 2025-06-30), the template generation of the period rendered from the catalog's aliases —
 * with a manifest of the true values and of the inconsistencies planted on purpose.
 *
 * <p>It exists so that the loader can be tested end to end on years of realistic history (generate,
 * load, compare every value with the manifest) and so that a fresh warehouse has something to show.
 * Every generated file says in its text that it is synthetic sample data; district names are
 * invented. Nothing here reads or writes the warehouse.
 *
 * <p>Reader limitations the generator steers around, because the round trip must be exact — each
 * is something a real pdftotext output can contain, and is reported, not fixed, here (the
 * letterhead beside the national motto and the one-line "Trong đ " marker it also found are read
 * correctly now; the pdf shape still writes them the old way):
 * <ul>
 * <li>In the pdftotext reader, a coded sub-row of a "Trong đó" block with no value, followed by
 *     another coded sub-row with no value, swallows it as more of its code list. The pdf shape
 *     writes "-" in such a sub-row.</li>
 * <li>A page number not followed by the repeated table header (a page break between two 2023
 *     forms) is read as the value of the row above when that row has none. The pdf shape breaks
 *     pages only inside a table, where the header follows.</li>
 * </ul>
 */
package vn.cchc.sample;
