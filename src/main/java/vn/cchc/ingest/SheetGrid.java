package vn.cchc.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One worksheet's filled cells and merged areas, and how it reads as text lines: the rows that
 * form a table become tab-separated lines starting at the table's first column, so an appendix
 * placed anywhere on a sheet (from C5, say) still has its STT column first; the rest are lines of
 * text like the paragraphs of a document.
 *
 * <p>Which rows form a table: the rows between a table's first and last row with two or more
 * filled cells, up to a blank row. A one-cell row among them stays a table line in its column
 * ("Trong đó" under the STT column). One-cell rows before or after them, and a one-cell row merged
 * across columns (the way a title is centred over a table), are text: "Biểu mẫu 3",
 * "THỐNG KÊ SỐ LIỆU …". Columns are trimmed per table, so two tables on one sheet may start in
 * different columns.
 */
final class SheetGrid {

    /** A report's sheets hold a few thousand cells; this many is a data dump, not an appendix. */
    static final int MAX_CELLS = 500_000;
    /** Excel's last column is XFD (16 384); a cell beyond is damage. */
    private static final int MAX_COLUMN = 16_384;

    private final TreeMap<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
    private final List<int[]> mergedTitles = new ArrayList<>();
    private final int[] cellCount;

    /** @param cellCount the cells counted so far in the workbook, shared by its sheets */
    SheetGrid(int[] cellCount) {
        this.cellCount = cellCount;
    }

    /** A cell's text (line breaks and tabs become spaces); blank cells are not kept. */
    void put(int row, int column, String text) throws ReportReadException {
        if (text == null || column < 0 || column >= MAX_COLUMN || row < 0) {
            return;
        }
        String flat = hasBreaks(text) ? text.replaceAll("[\\t\\r\\n]+", " ").strip() : text.strip();
        if (flat.isEmpty()) {
            return;
        }
        if (++cellCount[0] > MAX_CELLS) {
            throw new ReportReadException("refused: more than " + MAX_CELLS + " filled cells, too large for a report");
        }
        rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, flat);
    }

    /** Whether a text holds a tab or line break: most cells do not, and need no regular expression. */
    private static boolean hasBreaks(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /** A merged area; only one spanning several columns matters (a title centred over a table). */
    void merged(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (lastColumn > firstColumn) {
            mergedTitles.add(new int[] {firstRow, firstColumn});
        }
    }

    /** Appends the sheet's lines: a blank line for each run of blank rows, tables as tab lines. */
    void writeTo(Lines out) throws ReportReadException {
        List<Integer> block = new ArrayList<>();
        Integer previous = null;
        for (Map.Entry<Integer, TreeMap<Integer, String>> row : rows.entrySet()) {
            int r = row.getKey();
            boolean title = isMergedTitle(r, row.getValue());
            if ((previous != null && r > previous + 1) || title) {
                writeBlock(block, out);
                block.clear();
                if (previous != null && r > previous + 1) {
                    out.add("");
                }
            }
            if (title) {
                out.add(row.getValue().firstEntry().getValue());
            } else {
                block.add(r);
            }
            previous = r;
        }
        writeBlock(block, out);
    }

    private boolean isMergedTitle(int row, TreeMap<Integer, String> cells) {
        if (cells.size() != 1) {
            return false;
        }
        int column = cells.firstKey();
        return mergedTitles.stream().anyMatch(m -> m[0] == row && m[1] == column);
    }

    /** Rows with no blank row between them: text lines around the table they may hold. */
    private void writeBlock(List<Integer> block, Lines out) throws ReportReadException {
        int first = -1;
        int last = -1;
        int firstColumn = Integer.MAX_VALUE;
        int lastColumn = -1;
        for (int i = 0; i < block.size(); i++) {
            TreeMap<Integer, String> cells = rows.get(block.get(i));
            if (cells.size() >= 2) {
                first = first < 0 ? i : first;
                last = i;
                firstColumn = Math.min(firstColumn, cells.firstKey());
                lastColumn = Math.max(lastColumn, cells.lastKey());
            }
        }
        for (int i = 0; i < block.size(); i++) {
            TreeMap<Integer, String> cells = rows.get(block.get(i));
            boolean inTable = first >= 0 && i >= first && i <= last && cells.firstKey() >= firstColumn
                    && cells.lastKey() <= lastColumn;
            if (!inTable) {
                out.add(String.join(" ", cells.values()));
                continue;
            }
            List<String> line = new ArrayList<>();
            for (int c = firstColumn; c <= lastColumn; c++) {
                line.add(cells.getOrDefault(c, ""));
            }
            out.add(String.join("\t", line));
        }
    }
}
