package vn.cchc.analytics;

/** A finding of a report, with the value it is about when there is one. */
public record FindingRow(long id, String rule, String severity, String message, Integer sourceLine,
                         Integer valueOrdinal, String indicator) {
}
