package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * VietnameseText's hand-written loops replaced regular expressions for speed (every report line
 * passes through them several times). They must give exactly what the expressions gave: this
 * compares both on every line and cell of the five seeds, their decomposed forms, and random
 * strings drawn from the characters that matter (spaces of every kind, marks, markup).
 */
class VietnameseTextEquivalenceTest {

    /** The former implementation, kept here as the reference. */
    private static final class Reference {
        static final Pattern COMBINING = Pattern.compile("\\p{M}+");
        static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
        static final Pattern SUP_TAG = Pattern.compile("(?is)<sup>.*?</sup>");
        // Only a conversion's formatting tags (RawMarkupTest): other markup is what the report wrote.
        static final Pattern TAG = Pattern.compile(
                "(?is)</?(?:b|i|u|s|em|strong|sub|sup|br|span|font|mark|small|big|del|ins|strike|tt|p|div|table|thead|tbody|tr|td|th)(\\s[^>]*)?/?>");
        static final Pattern MD_EMPHASIS = Pattern.compile("\\*{1,3}|(?<=\\s|^)_{1,3}|_{1,3}(?=\\s|$)");
        static final Pattern MD_HEADING = Pattern.compile("^\\s*#{1,6}\\s+");
        static final Pattern SUPERSCRIPT_DIGITS = Pattern.compile("[\\u00B9\\u00B2\\u00B3\\u2070-\\u209F]+");
        static final String ESCAPED_ASTERISK = "\uE000";
        static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}%]+");

        static String nfc(String s) {
            return Normalizer.normalize(s, Normalizer.Form.NFC);
        }

        static String fold(String s) {
            String d = Normalizer.normalize(s, Normalizer.Form.NFD);
            d = COMBINING.matcher(d).replaceAll("");
            d = d.replace('đ', 'd').replace('Đ', 'D');
            return collapseSpaces(d.toLowerCase(java.util.Locale.ROOT));
        }

        static String matchKey(String s) {
            return collapseSpaces(NON_WORD.matcher(fold(s)).replaceAll(" "));
        }

        static String collapseSpaces(String s) {
            return SPACES.matcher(s).replaceAll(" ").trim();
        }

        static String stripMarkup(String s) {
            String t = SUP_TAG.matcher(s.replace("\\*", ESCAPED_ASTERISK)).replaceAll("");
            t = TAG.matcher(t).replaceAll("");
            t = MD_HEADING.matcher(t).replaceAll("");
            t = MD_EMPHASIS.matcher(t).replaceAll("");
            t = SUPERSCRIPT_DIGITS.matcher(t).replaceAll("");
            t = t.replace(ESCAPED_ASTERISK, "*");
            return collapseSpaces(nfc(t));
        }
    }

    @Test
    void givesWhatTheRegularExpressionsGaveOnEverySeedLineAndCell() throws IOException {
        List<String> samples = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("src/main/resources/sample/seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readString(seed, StandardCharsets.UTF_8).split("\n")) {
                    samples.add(line);
                    samples.add(Normalizer.normalize(line, Normalizer.Form.NFD));
                    samples.addAll(List.of(line.split("\t")));
                }
            }
        }
        assertThat(samples).hasSizeGreaterThan(1_000);
        samples.forEach(VietnameseTextEquivalenceTest::assertSame);
    }

    /** fold reads each character's folded form from a table: every character alone and amid letters and spaces. */
    @Test
    void foldsEveryCharacterAsTheDecomposingFoldDoes() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String alone = String.valueOf((char) c);
            for (String s : List.of(alone, "Ab" + alone + "cĐ", " " + alone + alone + " ", "Σ" + alone)) {
                assertThat(VietnameseText.fold(s)).as("U+%04X in \"%s\"", c, s).isEqualTo(Reference.fold(s));
            }
        }
        assertThat(VietnameseText.fold("Tỷ lệ hồ sơ ĐÚNG HẠN, Hoà  Hòa")).isEqualTo("ty le ho so dung han, hoa hoa");
    }

    /** stripMarkup takes a text of stable characters without markup in one pass: every character alone and amid text. */
    @Test
    void stripsEveryCharacterAsTheExpressionsDo() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String alone = String.valueOf((char) c);
            for (String s : List.of(alone, "Tỷ " + alone + "lệ ", "ạ" + alone + "\u0323")) {
                assertThat(VietnameseText.stripMarkup(s)).as("U+%04X in \"%s\"", c, s).isEqualTo(Reference.stripMarkup(s));
            }
        }
    }

    /**
     * nfc trusts a table of characters that are NFC alone and never compose with the one before:
     * every character alone, after letters, punctuation and a Hangul syllable start it might
     * compose with, and before a combining mark.
     */
    @Test
    void normalisesEveryCharacterAsTheNormalizerDoes() {
        List<String> before = List.of("", "a", "Ê", "ạ", "ơ", "–", "“", " ", "\u1100", "\u0B47", "\u0301");
        for (int c = 0; c <= 0xFFFF; c++) {
            String alone = String.valueOf((char) c);
            for (String b : before) {
                for (String s : List.of(b + alone, b + alone + "\u0323", b + alone + "ệ")) {
                    assertThat(VietnameseText.nfc(s)).as("U+%04X in \"%s\"", c, s).isEqualTo(Reference.nfc(s));
                }
            }
        }
    }

    @Test
    void givesWhatTheRegularExpressionsGaveOnRandomAwkwardText() {
        String alphabet = "aA đĐ  \t\n\r\f\u000B\u00A0\u2007\u202F\u0301\u0323\u20DD\u0903ỷệƯơ*_#<>/\\%.,:;()9٣"
                + "\u00B2\u2075\uE000İß\uD835\uDC00\uD834\uDD65sup b i";
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(12) == 0) {
                    s.append(random.nextBoolean() ? "<sup>1</sup>" : "**");
                } else {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            assertSame(s.toString());
        }
    }

    private static void assertSame(String s) {
        assertThat(VietnameseText.nfc(s)).as("nfc of [%s]", s).isEqualTo(Reference.nfc(s));
        assertThat(VietnameseText.fold(s)).as("fold of [%s]", s).isEqualTo(Reference.fold(s));
        assertThat(VietnameseText.matchKey(s)).as("matchKey of [%s]", s).isEqualTo(Reference.matchKey(s));
        assertThat(VietnameseText.collapseSpaces(s)).as("collapseSpaces of [%s]", s).isEqualTo(Reference.collapseSpaces(s));
        assertThat(VietnameseText.stripMarkup(s)).as("stripMarkup of [%s]", s).isEqualTo(Reference.stripMarkup(s));
    }
}
