package vn.cchc.sample;

import java.util.random.RandomGenerator;

/**
 * The glyphs pdftotext loses when a PDF's font has no usable mapping for them (seed 001): each
 * becomes one space — "T  lệ" for "Tỷ lệ", "đ ng" for "đúng", "tiếp nh n" for "tiếp nhận",
 * " ãnh đạo" for "lãnh đạo". A report's font loses a few of these letters, not all of them.
 */
final class GlyphLoss {

    private static final String FRAGILE = "ỷúậól";

    private final String lost;

    private GlyphLoss(String lost) {
        this.lost = lost;
    }

    /** Two or three of the fragile letters, chosen for the report. */
    static GlyphLoss draw(RandomGenerator r) {
        StringBuilder chosen = new StringBuilder();
        for (char c : FRAGILE.toCharArray()) {
            if (r.nextDouble() < 0.5) {
                chosen.append(c);
            }
        }
        if (chosen.isEmpty()) {
            chosen.append(FRAGILE.charAt(r.nextInt(FRAGILE.length())));
        }
        return new GlyphLoss(chosen.toString());
    }

    String apply(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(lost.indexOf(c) >= 0 ? ' ' : c);
        }
        return out.toString();
    }

    /** Whether "đó" of "Trong đó" loses its "ó". */
    boolean losesO() {
        return lost.indexOf('ó') >= 0;
    }
}
