package vn.cchc.ingest;

import java.util.List;

/**
 * A report's content as text lines, whatever file format it came in: tables as tab-separated
 * cells, one table row per line, so that the appendix readers work the same on every format.
 *
 * @param format   what the bytes were: "text", "docx", "xlsx", "xls", "pdf", …
 * @param encoding for a text file, the character encoding found and why; else null
 * @param findings what reading noticed (damage it repaired, such as NUL bytes in a text)
 */
public record DocumentText(List<String> lines, String format, Detected encoding, List<Finding> findings) {

    public DocumentText {
        findings = List.copyOf(findings);
    }

    public DocumentText(List<String> lines, String format) {
        this(lines, format, null, List.of());
    }
}
