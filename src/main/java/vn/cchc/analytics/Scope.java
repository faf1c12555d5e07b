package vn.cchc.analytics;

/**
 * Whose figure: the country, a province (slug of the boundary's generation) or one agency, and
 * optionally only agencies of one kind.
 *
 * <p>Which reports make the figure (no double counting): for an agency, its own reports (and its
 * predecessors' through the 2025 department lineage); for a province or the country without an
 * agency kind, the provinces' UBND tỉnh aggregate reports — each already sums its departments and
 * districts — and, only for a province-period without one, its department and district reports;
 * with an agency kind, the reports of agencies of that kind (kind {@code province} is the
 * aggregates alone).
 *
 * @param provinceSlug null for the whole country
 * @param agencyKind   null for the province's (or country's) figure; else department, district,
 *                     commune or province
 * @param agencyId     null unless the scope is one agency
 */
public record Scope(String provinceSlug, String agencyKind, Long agencyId) {

    public enum Level { COUNTRY, PROVINCE, AGENCY }

    public static Scope country() {
        return new Scope(null, null, null);
    }

    public static Scope province(String slug) {
        return new Scope(slug, null, null);
    }

    public static Scope agency(long id) {
        return new Scope(null, null, id);
    }

    public Level level() {
        return agencyId != null ? Level.AGENCY : provinceSlug != null ? Level.PROVINCE : Level.COUNTRY;
    }
}
