package vn.cchc.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two labels are, in [0, 1]: 1 for the same match key, else the Dice coefficient of
 * character bigrams with spaces removed — robust to lost glyphs and re-wrapped text, and cheap.
 * Parenthesised qualifiers ("(Lũy kế đến thời điểm báo cáo)") are compared with and without.
 */
final class LabelSimilarity {

    /** A label prepared once for many comparisons. */
    record Key(String key, String bare, Map<Integer, Integer> bigrams, Map<Integer, Integer> bareBigrams) {
        static Key of(String label) {
            String key = VietnameseText.matchKey(label);
            String bare = VietnameseText.matchKey(label.replaceAll("\\([^)]*\\)?", " "));
            return new Key(key, bare, LabelSimilarity.bigrams(key), LabelSimilarity.bigrams(bare));
        }
    }

    private LabelSimilarity() {
    }

    static double score(Key a, Key b) {
        if (a.key().equals(b.key()) || (!a.bare().isEmpty() && a.bare().equals(b.bare()))) {
            return 1.0;
        }
        return Math.max(Math.max(dice(a.bigrams(), b.bigrams()), dice(a.bareBigrams(), b.bareBigrams())),
                Math.max(dice(a.bigrams(), b.bareBigrams()), dice(a.bareBigrams(), b.bigrams())));
    }

    private static Map<Integer, Integer> bigrams(String s) {
        String t = s.replace(" ", "");
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            counts.merge(t.charAt(i) << 16 | t.charAt(i + 1), 1, Integer::sum);
        }
        return counts;
    }

    private static double dice(Map<Integer, Integer> a, Map<Integer, Integer> b) {
        int sizeA = a.values().stream().mapToInt(Integer::intValue).sum();
        int sizeB = b.values().stream().mapToInt(Integer::intValue).sum();
        if (sizeA == 0 || sizeB == 0) {
            return 0;
        }
        int common = 0;
        for (Map.Entry<Integer, Integer> e : a.entrySet()) {
            common += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * common / (sizeA + sizeB);
    }
}
