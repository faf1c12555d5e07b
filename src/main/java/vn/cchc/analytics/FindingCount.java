package vn.cchc.analytics;

/**
 * Findings grouped by rule, province or agency.
 *
 * @param key      the rule, province slug or agency id
 * @param severity for a rule, its severity; null otherwise
 * @param reports  distinct reports with such findings
 */
public record FindingCount(String key, String label, String severity, long findings, long reports) {
}
