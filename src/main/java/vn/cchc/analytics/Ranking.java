package vn.cchc.analytics;

import java.util.List;

/**
 * Units ranked on a measure for a period, best first (lowest first when the catalog says lower is
 * better), and the units without a figure listed apart — never ranked as 0.
 */
public record Ranking(Measure measure, String period, String previousPeriod, Boundary boundary, List<RankingRow> rows,
                      List<Unranked> unranked) {

    /** The best n ranks: more than n rows when a tie straddles the cut. */
    public List<RankingRow> top(int n) {
        return rows.stream().filter(r -> r.rank() <= n).toList();
    }

    /** The worst n rows, widened to keep a tie whole, worst last. */
    public List<RankingRow> bottom(int n) {
        if (n <= 0 || rows.isEmpty()) {
            return List.of();
        }
        int from = Math.max(0, rows.size() - n);
        int cut = rows.get(from).rank();
        while (from > 0 && rows.get(from - 1).rank() == cut) {
            from--;
        }
        return rows.subList(from, rows.size());
    }
}
