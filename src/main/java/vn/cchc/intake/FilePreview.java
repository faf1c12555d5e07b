package vn.cchc.intake;

import java.util.List;

/**
 * One uploaded file as read, before anything is written: what the loader detected, each field
 * with its evidence; the values with their raw text and source line; the findings (in
 * {@link #summary}).
 *
 * @param index the file's place in its upload, for corrections and confirmation
 */
public record FilePreview(int index, IntakeOutcome summary, List<Field> fields, List<Value> values) {

    /** A detected metadata field: province, agency, agency_kind, period, doc_number, template. */
    public record Field(String field, String value, String shown, String evidence, int line) {
    }

    /** One value as it will be stored. */
    public record Value(String indicator, String label, String raw, Double number, String unit, String note, int line) {
    }

    public boolean loadable() {
        return summary.outcome() == IntakeOutcome.Outcome.READ;
    }
}
