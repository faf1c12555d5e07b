package vn.cchc.ingest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The glyphs drawn on one PDF page so far, by their text, for PDFBox's test whether a glyph repeats
 * one already drawn at almost the same place (fake bold, shadow text), which PDFBox then drops.
 *
 * <p>PDFBox keeps them in a tree of boxed x positions, each holding a tree of boxed y positions,
 * and walks sub-map views of both for every glyph: a fifth of a PDF report's parse. Here each
 * text's positions are two sorted float arrays, searched with the very same float arithmetic,
 * half-open ranges and {@link Float#compare} ordering, so that every glyph is dropped or kept
 * exactly as PDFBox decides (PdfTextLayerTest compares the two).
 */
final class DrawnGlyphs {

    private final Map<String, Positions> byText = new HashMap<>();

    void clear() {
        byText.clear();
    }

    /**
     * Whether a glyph of this text was already drawn within {@code tolerance} of (x, y) — x and y
     * each in [p − tolerance, p + tolerance) — and if not, remembers this one.
     *
     * @throws IllegalArgumentException where PDFBox's sub-map would (a range ending before it starts)
     */
    boolean repeats(String text, float x, float y, float tolerance) {
        Positions positions = byText.computeIfAbsent(text, t -> new Positions());
        if (positions.anyWithin(x - tolerance, x + tolerance, y - tolerance, y + tolerance)) {
            return true;
        }
        positions.add(x, y);
        return false;
    }

    /** Positions ordered by x, then y; the order of PDFBox's trees. */
    private static final class Positions {

        private float[] xs = new float[8];
        private float[] ys = new float[8];
        private int size;

        boolean anyWithin(float xFrom, float xTo, float yFrom, float yTo) {
            if (Float.compare(xFrom, xTo) > 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
            for (int i = firstAtLeast(xFrom); i < size && Float.compare(xs[i], xTo) < 0; i++) {
                if (Float.compare(yFrom, yTo) > 0) {
                    throw new IllegalArgumentException("fromKey > toKey");
                }
                if (Float.compare(ys[i], yFrom) >= 0 && Float.compare(ys[i], yTo) < 0) {
                    return true;
                }
            }
            return false;
        }

        void add(float x, float y) {
            if (size == xs.length) {
                xs = Arrays.copyOf(xs, size * 2);
                ys = Arrays.copyOf(ys, size * 2);
            }
            int at = firstAtLeast(x);
            while (at < size && Float.compare(xs[at], x) == 0 && Float.compare(ys[at], y) < 0) {
                at++;
            }
            System.arraycopy(xs, at, xs, at + 1, size - at);
            System.arraycopy(ys, at, ys, at + 1, size - at);
            xs[at] = x;
            ys[at] = y;
            size++;
        }

        /** The index of the first position whose x is not below {@code x}. */
        private int firstAtLeast(float x) {
            int low = 0;
            int high = size;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (Float.compare(xs[middle], x) < 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
