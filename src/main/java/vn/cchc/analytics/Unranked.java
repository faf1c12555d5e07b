package vn.cchc.analytics;

/** A unit listed apart from a ranking, with the reason it has no figure. */
public record Unranked(String key, String name, Reason reason) {

    public enum Reason {
        /** No current report for the period. */
        NOT_REPORTED,
        /** Reported, but not this measure (blank, "-", or a text answer). */
        NO_VALUE,
        /** Old-63 view after 2025-07-01: the province is part of a merged province whose figures cannot be split. */
        MERGED
    }
}
