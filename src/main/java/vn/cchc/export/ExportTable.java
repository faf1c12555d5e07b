package vn.cchc.export;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A table to export: its columns and its rows, read once, in order, as they come (an iterator over
 * a database cursor keeps memory flat). Each row has one value per column; null is "not reported".
 *
 * @param sourceColumn the index of the column naming the source report file, whose distinct values
 *                     the filters sheet lists; -1 when the table has none
 */
public record ExportTable(List<ExportColumn> columns, Iterator<? extends List<?>> rows, int sourceColumn) {

    public ExportTable {
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        if (sourceColumn < -1 || sourceColumn >= columns.size()) {
            throw new IllegalArgumentException("no column " + sourceColumn);
        }
    }

    public ExportTable(List<ExportColumn> columns, Iterator<? extends List<?>> rows) {
        this(columns, rows, -1);
    }
}
