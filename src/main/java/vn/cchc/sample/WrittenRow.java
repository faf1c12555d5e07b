package vn.cchc.sample;

/**
 * One row of a report's appendix as the report writes it: the template's row with its value and
 * note as text ("45.700", "99,62% (523/525)", "-", "").
 */
record WrittenRow(TemplateRow template, String unit, String value, String note) {

    String code() {
        return template.code();
    }

    String label() {
        return template.label();
    }

    boolean isHeader() {
        return template.isHeader();
    }
}
