package vn.cchc.analytics;

/** How an aggregated figure was obtained — the UI says it beside the figure (DOMAIN §6). */
public enum Basis {
    /** Σ numerators / Σ denominators over the reports that give both counts. */
    RATIO_OF_SUMS,
    /** Counts or amounts added over several reports. */
    SUM,
    /** The one report's value as written (a count, a code, or a rate given without its counts). */
    REPORTED,
    /** Several reports gave only a rate, no counts: their unweighted mean — say so, it is no ratio of sums. */
    MEAN_OF_REPORTED_RATES,
    /** Coded or text answers of several reports: they do not add up, drill down to read them. */
    NOT_AGGREGABLE,
    /** Nothing reported: the value is null, never 0. */
    NOT_REPORTED
}
