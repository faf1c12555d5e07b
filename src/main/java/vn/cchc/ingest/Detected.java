package vn.cchc.ingest;

/**
 * A metadata field as detected, with the text it was read from.
 *
 * @param line 1-based source line of the evidence, 0 when it comes from several places
 */
public record Detected(String value, String evidence, int line) {
}
