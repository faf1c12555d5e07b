package vn.cchc.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.catalog.VietnameseOrder;

/** Competition ranking (1, 2, 2, 4) of reported figures; equal to six decimals is a tie, ties in Vietnamese order of names. */
final class Ranker {

    record Entry(String key, String name, Figure figure) {
    }

    private Ranker() {
    }

    /** Ranks of the entries with a value, best first. */
    static Map<String, Integer> ranks(List<Entry> entries, boolean lowerIsBetter) {
        List<Entry> sorted = sorted(entries, lowerIsBetter);
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tie = i > 0 && same(sorted.get(i - 1), sorted.get(i));
            ranks.put(sorted.get(i).key(), tie ? ranks.get(sorted.get(i - 1).key()) : i + 1);
        }
        return ranks;
    }

    static List<Entry> sorted(List<Entry> entries, boolean lowerIsBetter) {
        Comparator<Entry> byValue = Comparator.comparingLong(Ranker::rounded);
        List<Entry> sorted = new ArrayList<>(entries.stream().filter(e -> e.figure().value() != null).toList());
        sorted.sort((lowerIsBetter ? byValue : byValue.reversed()).thenComparing(VietnameseOrder.by(Entry::name)).thenComparing(Entry::key));
        return sorted;
    }

    static List<RankingRow> rows(List<Entry> current, Map<String, Integer> previousRanks, boolean lowerIsBetter) {
        List<Entry> sorted = sorted(current, lowerIsBetter);
        Map<String, Integer> ranks = ranks(current, lowerIsBetter);
        Map<Integer, Integer> perRank = new HashMap<>();
        ranks.values().forEach(r -> perRank.merge(r, 1, Integer::sum));
        List<RankingRow> rows = new ArrayList<>();
        for (Entry e : sorted) {
            int rank = ranks.get(e.key());
            Integer before = previousRanks.get(e.key());
            rows.add(new RankingRow(rank, e.key(), e.name(), e.figure(), before, before == null ? null : before - rank,
                    perRank.get(rank) > 1));
        }
        return rows;
    }

    private static boolean same(Entry a, Entry b) {
        return rounded(a) == rounded(b);
    }

    private static long rounded(Entry e) {
        return Math.round(e.figure().value() * 1e6);
    }
}
