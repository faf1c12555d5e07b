package vn.cchc.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Vietnamese text normalisation for matching. Nothing here is stored in place of what a report
 * wrote: callers keep the raw text and use these forms only to compare.
 */
public final class VietnameseText {

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern SUP_TAG = Pattern.compile("(?is)<sup>.*?</sup>");
    private static final Pattern TAG = Pattern.compile("(?is)</?[a-z][a-z0-9]*(\\s[^>]*)?/?>");
    private static final Pattern MD_EMPHASIS = Pattern.compile("\\*{1,3}|(?<=\\s|^)_{1,3}|_{1,3}(?=\\s|$)");
    private static final Pattern MD_HEADING = Pattern.compile("^\\s*#{1,6}\\s+");
    private static final Pattern SUPERSCRIPT_DIGITS = Pattern.compile("[\\u00B9\\u00B2\\u00B3\\u2070-\\u209F]+");
    private static final String ESCAPED_ASTERISK = "\uE000";
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}%]+");

    private VietnameseText() {
    }

    /** Unicode NFC: the same letter always has the same code points. */
    public static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Case and diacritic folding: "Tỷ lệ hồ sơ ĐÚNG HẠN" becomes "ty le ho so dung han". Old and new
     * tone-mark placement (Hoà / Hòa) fold to the same text.
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = COMBINING.matcher(d).replaceAll("");
        d = d.replace('đ', 'd').replace('Đ', 'D');
        return collapseSpaces(d.toLowerCase(java.util.Locale.ROOT));
    }

    /** Folded, punctuation removed, single spaces: the key two labels are compared by. */
    public static String matchKey(String s) {
        return collapseSpaces(NON_WORD.matcher(fold(s)).replaceAll(" "));
    }

    /** Runs of white space (tabs, non-breaking spaces) become one space; trimmed. */
    public static String collapseSpaces(String s) {
        return s == null ? "" : SPACES.matcher(s).replaceAll(" ").trim();
    }

    /**
     * Removes the markup that document conversions leave in text: HTML tags (footnote
     * {@code <sup>} with its content), Markdown emphasis and heading marks, superscript footnote
     * digits. Returns NFC text, spaces collapsed.
     */
    public static String stripMarkup(String s) {
        if (s == null) {
            return "";
        }
        // A Markdown-escaped asterisk is text: keep it out of the emphasis removal.
        String t = SUP_TAG.matcher(s.replace("\\*", ESCAPED_ASTERISK)).replaceAll("");
        t = TAG.matcher(t).replaceAll("");
        t = MD_HEADING.matcher(t).replaceAll("");
        t = MD_EMPHASIS.matcher(t).replaceAll("");
        t = SUPERSCRIPT_DIGITS.matcher(t).replaceAll("");
        t = t.replace(ESCAPED_ASTERISK, "*");
        return collapseSpaces(nfc(t));
    }
}
