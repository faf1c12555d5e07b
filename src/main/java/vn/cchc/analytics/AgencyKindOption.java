package vn.cchc.analytics;

/** An agency kind (reference/agency_kinds.csv) with its names. */
public record AgencyKindOption(String kind, String nameVi, String nameEn) {
}
