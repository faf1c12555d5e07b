package vn.cchc.analytics;

/**
 * One value of a report as it was read: the number (null where the report gives none — never 0),
 * the raw text, and where it stands in the source file.
 */
public record ReportValueRow(int ordinal, String indicator, String nameVi, String nameEn, String unit, Double number,
                             String raw, String textValue, Double numerator, Double denominator, String qualifier,
                             String note, String itemCode, String labelRaw, String sourceFile, int sourceLine) {
}
