package vn.cchc.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Whether words are Vietnamese syllables by their spelling: an initial consonant, a vowel group,
 * a final consonant and at most one tone mark. The test that tells a legacy-encoded text (whose
 * Latin-1 reading is no Vietnamese: "c¸ch", "caùch") from real Unicode, without a dictionary, so
 * names and words no report has used yet count as well.
 */
final class SyllableWords {

    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?(?:"
                    // vowels that may close with -ch and -nh as well ("thành", "kênh", "khuếch", "huỳnh")
                    + "(?:oa|uê|uy|[aêi])(?:ch|nh|ng|[cmnpt])?"
                    // vowels that close with the other finals ("được", "quyết", "hoặc", "xoong")
                    + "|(?:uyê|iê|yê|oă|oe|uâ|uô|uơ|ươ|oo|[ăâeoôơuưy])(?:ng|[cmnpt])?"
                    // vowels ending in a glide, which takes no final ("người", "nhiều", "của")
                    + "|iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uya|uyu"
                    + "|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu)");
    /** The five tone marks, decomposed: grave, acute, tilde, hook above, dot below. */
    private static final Pattern TONE = Pattern.compile("[\\u0300\\u0301\\u0303\\u0309\\u0323]");
    /** Between words: white space, ASCII digits and punctuation, and Windows-1252 punctuation. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "[\\s\\u00A0\\x21-\\x40\\x5B-\\x60\\x7B-\\x7E\\u2018-\\u201F\\u2013\\u2014\\u2026\\u2022\\uFFFD]+");

    private SyllableWords() {
    }

    /** The words of a text holding a non-ASCII character: the only ones an encoding changes. */
    static List<String> nonAscii(String text) {
        List<String> words = new ArrayList<>();
        for (String word : SEPARATOR.split(text)) {
            if (word.chars().anyMatch(c -> c >= 0x80)) {
                words.add(word);
            }
        }
        return words;
    }

    /** How many of the words, read as {@code reading} makes them, are syllables. */
    static int countSyllables(List<String> words, UnaryOperator<String> reading) {
        int count = 0;
        for (String word : words) {
            if (isSyllable(reading.apply(word))) {
                count++;
            }
        }
        return count;
    }

    static boolean isSyllable(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || !lower.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        String toneless = TONE.matcher(decomposed).replaceAll("");
        if (decomposed.length() - toneless.length() > 1) {
            return false;
        }
        return SYLLABLE.matcher(Normalizer.normalize(toneless, Normalizer.Form.NFC)).matches();
    }

    /** At least {@code fewest} ASCII letters, all of them capitals. */
    static boolean asciiCapitalsOnly(String text, int fewest) {
        int capitals = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            if (c >= 'A' && c <= 'Z') {
                capitals++;
            }
        }
        return capitals >= fewest;
    }
}
