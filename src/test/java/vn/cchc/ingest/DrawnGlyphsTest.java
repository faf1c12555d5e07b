package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link DrawnGlyphs} decides as PDFBox 3's PDFTextStripper.processTextPosition does: the
 * reference below is its duplicate test, copied (trees of boxed floats, sub-map views).
 */
class DrawnGlyphsTest {

    /** PDFBox's test, as PDFTextStripper writes it. */
    private static final class PdfBoxReference {

        private final Map<String, TreeMap<Float, TreeSet<Float>>> characterListMapping = new HashMap<>();

        boolean repeats(String textCharacter, float textX, float textY, float tolerance) {
            TreeMap<Float, TreeSet<Float>> sameTextCharacters = characterListMapping.computeIfAbsent(textCharacter, k -> new TreeMap<>());
            for (TreeSet<Float> xMatch : sameTextCharacters.subMap(textX - tolerance, textX + tolerance).values()) {
                if (!xMatch.subSet(textY - tolerance, textY + tolerance).isEmpty()) {
                    return true;
                }
            }
            sameTextCharacters.computeIfAbsent(textX, k -> new TreeSet<>()).add(textY);
            return false;
        }
    }

    @Test
    void dropsAndKeepsTheGlyphsPdfBoxDrops() {
        Random random = new Random(12);
        for (int page = 0; page < 50; page++) {
            DrawnGlyphs drawn = new DrawnGlyphs();
            PdfBoxReference reference = new PdfBoxReference();
            int dropped = 0;
            for (int glyph = 0; glyph < 3_000; glyph++) {
                String text = String.valueOf("aăâ1 ,".charAt(random.nextInt(6)));
                // Positions on a coarse grid with jitter: columns and baselines repeat, as in a table,
                // and some glyphs land within the tolerance of another, as in fake bold.
                // Negative positions too (a page's origin need not be its corner), and now and then a wide
                // tolerance, whose box covers several of DrawnGlyphs' cells or takes its plain scan.
                float x = random.nextInt(40) * 12.5f - 100f + (random.nextBoolean() ? 0 : random.nextFloat() * 4 - 2);
                float y = random.nextInt(30) * 11f - 50f + (random.nextBoolean() ? 0 : random.nextFloat() * 4 - 2);
                int kind = random.nextInt(20);
                float tolerance = kind < 2 ? 0 : kind == 2 ? random.nextFloat() * 40 : random.nextFloat() * 2;
                boolean expected = reference.repeats(text, x, y, tolerance);
                assertThat(drawn.repeats(text, x, y, tolerance)).as("page %d glyph %d", page, glyph).isEqualTo(expected);
                dropped += expected ? 1 : 0;
            }
            assertThat(dropped).as("the test drops some glyphs and keeps others").isBetween(1, 2_999);
        }
    }

    @Test
    void theEdgesOfTheRangesAndSignedZerosAsInTheTrees() {
        DrawnGlyphs drawn = new DrawnGlyphs();
        PdfBoxReference reference = new PdfBoxReference();
        float[][] glyphs = {{0f, 0f, 1f}, {1f, 0f, 1f}, {-1f, 0f, 1f}, {-0f, 5f, 0f}, {0f, 5f, 0f}, {0f, 0.99999994f, 1f},
            {2f, 1f, 1f}, {3f, 2f, 1f}, {2.5f, 1.5f, 0.5f}, {Float.NaN, 0f, 1f}, {Float.NaN, 0f, 1f}, {7f, Float.NaN, 1f}, {7f, 0f, Float.NaN},
            {Float.POSITIVE_INFINITY, 0f, 1f}, {100f, 0f, Float.POSITIVE_INFINITY}, {3e7f, 1f, 1f}, {3e7f, 1.5f, 1f}, {0f, 0f, 20f}};
        for (float[] g : glyphs) {
            assertThat(drawn.repeats("x", g[0], g[1], g[2])).as("%s", java.util.Arrays.toString(g))
                    .isEqualTo(reference.repeats("x", g[0], g[1], g[2]));
        }
    }

    @Test
    void aNegativeToleranceFailsAsPdfBoxDoes() {
        assertThatThrownBy(() -> new PdfBoxReference().repeats("x", 1f, 1f, -1f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DrawnGlyphs().repeats("x", 1f, 1f, -1f)).isInstanceOf(IllegalArgumentException.class);
        // −0 − (−0) is 0 and −0 + (−0) is −0: a range PDFBox's trees find reversed although the floats are equal.
        assertThatThrownBy(() -> new PdfBoxReference().repeats("x", -0f, 1f, -0f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DrawnGlyphs().repeats("x", -0f, 1f, -0f)).isInstanceOf(IllegalArgumentException.class);
    }
}
