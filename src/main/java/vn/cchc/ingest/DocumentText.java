package vn.cchc.ingest;

import java.util.List;

/**
 * A report's content as text lines, whatever file format it came in: tables as tab-separated
 * cells, one table row per line, so that the appendix readers work the same on every format.
 *
 * @param format what the bytes were: "text", "docx", "xlsx", "xls", "pdf", …
 */
public record DocumentText(List<String> lines, String format) {
}
