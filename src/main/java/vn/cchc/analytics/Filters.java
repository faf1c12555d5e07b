package vn.cchc.analytics;

/**
 * The dashboard's filters for the data-quality view; null means no filter.
 *
 * @param range    null for all periods (also the reports whose period could not be read)
 * @param boundary how {@code provinceSlug} is read (63 or 34)
 */
public record Filters(PeriodRange range, String provinceSlug, String agencyKind, Long agencyId, Boundary boundary) {

    public static Filters none() {
        return new Filters(null, null, null, null, Boundary.NEW_34);
    }
}
