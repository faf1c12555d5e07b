package vn.cchc.ingest;

/**
 * Something the loader noticed in a report. A finding never blocks a load; it is stored with the
 * report and shown to analysts.
 *
 * @param valueOrdinal the value it is about (index in the report's values), or null
 * @param line         1-based source line, or 0 when it concerns the whole report
 */
public record Finding(String rule, Severity severity, String message, Integer valueOrdinal, int line) {

    public enum Severity { ERROR, WARNING, INFO }

    public static Finding of(String rule, Severity severity, int line, String message) {
        return new Finding(rule, severity, message, null, line);
    }
}
