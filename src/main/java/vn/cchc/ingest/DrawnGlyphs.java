package vn.cchc.ingest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The glyphs drawn on one PDF page so far, by their text, for PDFBox's test whether a glyph repeats
 * one already drawn at almost the same place (fake bold, shadow text), which PDFBox then drops.
 *
 * <p>PDFBox keeps them in a tree of boxed x positions, each holding a tree of boxed y positions,
 * and walks sub-map views of both for every glyph. Here each text's positions are two float arrays
 * sorted by y, then x, searched with the very same float arithmetic, half-open ranges and
 * {@link Float#compare} ordering, so that every glyph is dropped or kept exactly as PDFBox decides
 * (DrawnGlyphsTest and PdfTextLayerTest compare the two). By y first because a page is drawn line
 * by line: a glyph's y range holds the few glyphs of its own line, where an x range holds a whole
 * table column, and a new glyph mostly goes at the end.
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
     * @throws IllegalArgumentException where PDFBox's sub-maps would (a range ending before it
     *     starts: the x range always, the y range once a glyph lies in the x range)
     */
    boolean repeats(String text, float x, float y, float tolerance) {
        float xFrom = x - tolerance;
        float xTo = x + tolerance;
        float yFrom = y - tolerance;
        float yTo = y + tolerance;
        if (Float.compare(xFrom, xTo) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        Positions positions = byText.computeIfAbsent(text, t -> new Positions());
        if (Float.compare(yFrom, yTo) > 0) {
            if (positions.anyInX(xFrom, xTo)) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
        } else if (positions.anyWithin(xFrom, xTo, yFrom, yTo)) {
            return true;
        }
        positions.add(x, y);
        return false;
    }

    /** Positions ordered by y, then x. */
    private static final class Positions {

        private float[] xs = new float[8];
        private float[] ys = new float[8];
        private int size;

        boolean anyWithin(float xFrom, float xTo, float yFrom, float yTo) {
            for (int i = firstAtLeast(yFrom); i < size && Float.compare(ys[i], yTo) < 0; i++) {
                if (Float.compare(xs[i], xFrom) >= 0 && Float.compare(xs[i], xTo) < 0) {
                    return true;
                }
            }
            return false;
        }

        /** Any position whatever its y: only for the rare reversed y range, whose failure PDFBox reaches through the x tree. */
        boolean anyInX(float xFrom, float xTo) {
            for (int i = 0; i < size; i++) {
                if (Float.compare(xs[i], xFrom) >= 0 && Float.compare(xs[i], xTo) < 0) {
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
            int at = size;
            if (size > 0 && comparePosition(ys[size - 1], xs[size - 1], y, x) > 0) {
                at = firstAtLeast(y);
                while (at < size && Float.compare(ys[at], y) == 0 && Float.compare(xs[at], x) < 0) {
                    at++;
                }
                System.arraycopy(xs, at, xs, at + 1, size - at);
                System.arraycopy(ys, at, ys, at + 1, size - at);
            }
            xs[at] = x;
            ys[at] = y;
            size++;
        }

        private static int comparePosition(float y1, float x1, float y2, float x2) {
            int byY = Float.compare(y1, y2);
            return byY != 0 ? byY : Float.compare(x1, x2);
        }

        /** The index of the first position whose y is not below {@code y}. */
        private int firstAtLeast(float y) {
            int low = 0;
            int high = size;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (Float.compare(ys[middle], y) < 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
