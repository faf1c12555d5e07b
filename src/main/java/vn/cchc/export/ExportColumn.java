package vn.cchc.export;

import java.util.Objects;

/**
 * One column of an exported table.
 *
 * @param width the column width in characters; fixed, because measuring every cell
 *              (autoSizeColumn) would defeat streaming
 */
public record ExportColumn(String headerVi, String headerEn, ColumnType type, int width) {

    public ExportColumn {
        Objects.requireNonNull(headerVi);
        Objects.requireNonNull(headerEn);
        Objects.requireNonNull(type);
        if (width < 1 || width > 255) {
            throw new IllegalArgumentException("column width must be 1..255 characters: " + width);
        }
    }

    public static ExportColumn text(String vi, String en, int width) {
        return new ExportColumn(vi, en, ColumnType.TEXT, width);
    }

    public static ExportColumn of(String vi, String en, ColumnType type, int width) {
        return new ExportColumn(vi, en, type, width);
    }

    public String header(ExportLanguage language) {
        return language.pick(headerVi, headerEn);
    }
}
