package vn.cchc.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * What a province's agencies filed for one period, as the composed province report and the
 * briefing need it: every current report of a department, district or commune (never the
 * province's own UBND tỉnh report), its values with their raw text, the agencies expected that
 * filed nothing, and the findings on the reports used.
 *
 * @param province the province as its reports name it in that period (a 2008 province before
 *                 2025-07-01, a 2025 one after)
 * @param missing  agencies of the province that filed a report in the year before the period but
 *                 none for it, by name
 */
public record AgencyReports(Province province, Period period, List<Unit> units, List<Missing> missing,
                            List<SourceFinding> findings) {

    public record Province(String slug, String name) {
    }

    public record Period(String code, LocalDate start, LocalDate end) {
    }

    /** One agency's current report for the period. */
    public record Unit(long reportId, String agency, String kind, String fileName, List<Value> values) {
    }

    /** One value as loaded: {@code number} null where the report gives none; {@code raw} as written. */
    public record Value(String indicator, Double number, String raw, String note) {
    }

    public record Missing(String agency, String kind) {
    }

    /** A finding on one of the reports used; {@code indicator} null when it concerns the whole report. */
    public record SourceFinding(String agency, String indicator, String rule, String severity, String message) {
    }
}
