package vn.cchc.ingest;

import java.util.List;

/**
 * Everything read from one file, before it touches the warehouse.
 *
 * @param fileName the file's name only, never its path
 * @param shape    the text shape the appendix was read from
 * @param template the template generation, with its evidence
 * @param encoding for a text file, its character encoding with the evidence; else null
 */
public record ParsedReport(String fileName, String sha256, long byteSize, String shape, Detected template,
                           ReportMetadata metadata, List<ValueDraft> values, List<Finding> findings, Detected encoding) {

    public ParsedReport(String fileName, String sha256, long byteSize, String shape, Detected template,
                        ReportMetadata metadata, List<ValueDraft> values, List<Finding> findings) {
        this(fileName, sha256, byteSize, shape, template, metadata, values, findings, null);
    }

    /** The same report without its values (what a load keeps of a report it has written). */
    public ParsedReport withoutValues() {
        return new ParsedReport(fileName, sha256, byteSize, shape, template, metadata, List.of(), findings, encoding);
    }

    public long count(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).count();
    }
}
