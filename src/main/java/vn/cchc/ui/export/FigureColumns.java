package vn.cchc.ui.export;

import vn.cchc.export.ColumnType;
import vn.cchc.export.ExportColumn;

/**
 * The columns every exported figure brings — its value, the sums it is the ratio of, and how it was
 * obtained — named the same in every view's export.
 */
public final class FigureColumns {

    public static final ExportColumn NUMERATOR = ExportColumn.of("Tử số (tổng)", "Numerator (sum)", ColumnType.DECIMAL, 16);
    public static final ExportColumn DENOMINATOR = ExportColumn.of("Mẫu số (tổng)", "Denominator (sum)", ColumnType.DECIMAL, 16);
    public static final ExportColumn BASIS = ExportColumn.text("Cách tính", "Basis", 50);

    private FigureColumns() {
    }

    /** The figure's value: a percentage for rates, a number otherwise. */
    public static ExportColumn value(boolean percent) {
        return ExportColumn.of("Giá trị", "Value", percent ? ColumnType.PERCENT : ColumnType.DECIMAL, 14);
    }
}
