package vn.cchc.analytics;

/** One numerator/denominator pair of catalog indicators that a rate is the ratio of. */
public record RatioPart(String numerator, String denominator) {
}
