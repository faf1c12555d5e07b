package vn.cchc.analytics;

/** An agency that filed reports, with the province it filed under. */
public record AgencyOption(long id, String name, String kind, String provinceSlug, String provinceName) {
}
