package vn.cchc.compose;

import java.math.BigDecimal;
import vn.cchc.sample.TemplateRow;

/**
 * One row of the composed appendix: the template's row, its unit as the template prints it, the
 * composed value (null: empty, never 0) and the note saying how it was composed.
 */
public record ComposedRow(TemplateRow template, String indicatorId, String unit, BigDecimal value, String note) {

    /** The same figure in another row of the template (a rate's part is computed before its own row comes). */
    ComposedRow at(TemplateRow row) {
        return new ComposedRow(row, indicatorId, unit, value, note);
    }

    public boolean isHeader() {
        return template.isHeader();
    }
}
