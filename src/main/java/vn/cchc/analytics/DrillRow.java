package vn.cchc.analytics;

/**
 * One child of a drill-down level: a province of the country or an agency of a province, with its
 * figure and the reports and findings behind it in the period.
 *
 * @param agencyKind null for a province
 */
public record DrillRow(Scope scope, String key, String name, String agencyKind, Figure figure, int reports,
                       int findings) {
}
