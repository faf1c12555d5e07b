package vn.cchc.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a pivot from flat cells (one per report) in the order they come: a row per province and
 * agency, a column per period. Two reports for the same agency and period (which supersession
 * should prevent) get a second row instead of one silently replacing the other.
 */
public final class PivotDataBuilder {

    private final List<String> periods;
    private final Map<String, Integer> column = new HashMap<>();
    private final Map<List<String>, List<PivotData.Cell[]>> rows = new LinkedHashMap<>();

    public PivotDataBuilder(List<String> periods) {
        this.periods = List.copyOf(periods);
        for (int i = 0; i < this.periods.size(); i++) {
            column.put(this.periods.get(i), i);
        }
    }

    public PivotDataBuilder add(String province, String agency, String period, PivotData.Cell cell) {
        Integer c = column.get(period);
        if (c == null) {
            throw new IllegalArgumentException("period " + period + " is not a column of this pivot");
        }
        List<PivotData.Cell[]> variants = rows.computeIfAbsent(Arrays.asList(province, agency), k -> new ArrayList<>());
        PivotData.Cell[] free = variants.stream().filter(r -> r[c] == null).findFirst().orElse(null);
        if (free == null) {
            free = new PivotData.Cell[periods.size()];
            variants.add(free);
        }
        free[c] = cell;
        return this;
    }

    public PivotData build(String indicatorVi, String indicatorEn, ColumnType valueType) {
        List<PivotData.Row> out = new ArrayList<>();
        rows.forEach((key, variants) -> variants.forEach(cells -> out.add(new PivotData.Row(key.get(0), key.get(1),
                Arrays.asList(cells)))));
        return new PivotData(indicatorVi, indicatorEn, valueType, periods, out);
    }
}
