package vn.cchc.ingest;

import java.util.Arrays;

/**
 * How alike two labels are, in [0, 1]: 1 for the same match key, else the Dice coefficient of
 * character bigrams with spaces removed — robust to lost glyphs and re-wrapped text, and cheap.
 * Parenthesised qualifiers ("(Lũy kế đến thời điểm báo cáo)") are compared with and without.
 */
final class LabelSimilarity {

    /**
     * A label prepared once for many comparisons: its bigrams as a sorted array, so that two
     * labels compare in one merge pass without allocating.
     */
    record Key(String key, String bare, int[] bigrams, int[] bareBigrams) {
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

    private static int[] bigrams(String s) {
        String t = s.replace(" ", "");
        int[] grams = new int[Math.max(0, t.length() - 1)];
        for (int i = 0; i + 1 < t.length(); i++) {
            grams[i] = t.charAt(i) << 16 | t.charAt(i + 1);
        }
        Arrays.sort(grams);
        return grams;
    }

    /** Dice over multisets: twice the shared bigrams over all bigrams. */
    private static double dice(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (a.length + b.length);
    }
}
