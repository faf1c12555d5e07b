package vn.cchc.export;

import java.util.List;
import java.util.Objects;

/**
 * What the heatmap shows, as a table: one indicator, agencies down, periods across.
 *
 * @param valueType PERCENT for a rate (totals are then Σ numerators / Σ denominators where the
 *                  reports give them), INTEGER or DECIMAL for counts and amounts (totals are sums),
 *                  TEXT for coded or text answers (no totals)
 * @param periods   the column headings, in order
 */
public record PivotData(String indicatorVi, String indicatorEn, ColumnType valueType, List<String> periods,
        List<Row> rows) {

    public PivotData {
        Objects.requireNonNull(valueType);
        periods = List.copyOf(periods);
        rows = List.copyOf(rows);
        for (Row r : rows) {
            if (r.cells().size() != periods.size()) {
                throw new IllegalArgumentException(r.agency() + " has " + r.cells().size() + " cells for "
                        + periods.size() + " periods");
            }
        }
    }

    /** One agency (of one province); {@code cells} aligned with the periods, null where no report. */
    public record Row(String province, String agency, List<Cell> cells) {
        public Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }
    }

    /**
     * One report's figure: the value (null if not reported) and, for a rate, the numerator and
     * denominator the same report gives (null when it gives none).
     */
    public record Cell(Double value, Double numerator, Double denominator, String sourceFile) {
        public static Cell of(Double value) {
            return new Cell(value, null, null, null);
        }
    }
}
