package vn.cchc.analytics;

/**
 * One figure with what it stands on.
 *
 * @param value           the figure (a percentage for rates, 0–100), null when nothing was reported
 * @param basis           how it was obtained
 * @param units           distinct agencies whose reports make it
 * @param reports         reports that make it
 * @param numerator       Σ numerators behind a ratio of sums (null otherwise)
 * @param denominator     Σ denominators behind a ratio of sums (null otherwise)
 * @param rateOnlyReports reports that gave only the rate, without counts, and were left out of a
 *                        ratio of sums (or, when no report gave counts, the ones averaged)
 */
public record Figure(Double value, Basis basis, int units, int reports, Double numerator, Double denominator,
                     int rateOnlyReports) {

    public static final Figure NONE = new Figure(null, Basis.NOT_REPORTED, 0, 0, null, null, 0);

    public boolean reported() {
        return value != null;
    }
}
