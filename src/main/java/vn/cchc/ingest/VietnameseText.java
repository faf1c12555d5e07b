package vn.cchc.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Vietnamese text normalisation for matching. Nothing here is stored in place of what a report
 * wrote: callers keep the raw text and use these forms only to compare.
 */
public final class VietnameseText {

    private static final Pattern SUP_TAG = Pattern.compile("(?is)<sup>.*?</sup>");
    /**
     * The formatting tags a document's conversion writes (bold, italic, underline, sub/superscript, table cells,
     * line breaks, font spans) and nothing else: other markup in a report is what it wrote
     * ("<script>…" stays "<script>…" in raw), never silently taken out.
     */
    private static final Pattern TAG = Pattern.compile(
            "(?is)</?(?:b|i|u|s|em|strong|sub|sup|br|span|font|mark|small|big|del|ins|strike|tt|p|div|table|thead|tbody|tr|td|th)(\\s[^>]*)?/?>");
    private static final Pattern MD_EMPHASIS = Pattern.compile("\\*{1,3}|(?<=\\s|^)_{1,3}|_{1,3}(?=\\s|$)");
    private static final Pattern MD_HEADING = Pattern.compile("^\\s*#{1,6}\\s+");
    private static final Pattern SUPERSCRIPT_DIGITS = Pattern.compile("[\\u00B9\\u00B2\\u00B3\\u2070-\\u209F]+");
    private static final String ESCAPED_ASTERISK = "\uE000";

    private VietnameseText() {
    }

    /** Unicode NFC: the same letter always has the same code points. */
    public static String nfc(String s) {
        if (s == null) {
            return "";
        }
        // Most report text is checked in one pass over a table (Normalizer's own check was a twentieth of a parse).
        return ofStableCharacters(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s
                : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Which characters are NFC alone and never compose with the character before them, so that a
     * text of only these is NFC: every one below U+0300, and of the precomposed Latin letters
     * (Vietnamese "ạ" … "ỹ") and the general punctuation ("–", "“", "…") those that are NFC alone
     * and no combining mark. Elsewhere, Normalizer decides.
     */
    private static final boolean[] STABLE = stableCharacters(0x2070);

    private static boolean[] stableCharacters(int size) {
        boolean[] table = new boolean[size];
        for (int c = 0; c < size; c++) {
            boolean latinOrPunctuation = c >= 0x1E00 && c < 0x1F00 || c >= 0x2000 && c < 0x2070;
            table[c] = c < 0x300 || latinOrPunctuation && !isMark(c)
                    && Normalizer.isNormalized(String.valueOf((char) c), Normalizer.Form.NFC);
        }
        return table;
    }

    private static boolean ofStableCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= STABLE.length || !STABLE[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Case and diacritic folding: "Tỷ lệ hồ sơ ĐÚNG HẠN" becomes "ty le ho so dung han". Old and new
     * tone-mark placement (Hoà / Hòa) fold to the same text.
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        // Every report line passes here several times: one pass over the characters through a table
        // of each character's folded form, no Normalizer pass (it was a sixth of a text report's parse).
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char folded = c < FOLDED.length ? FOLDED[c] : UNTABLED;
            if (folded == UNTABLED) {
                return foldDecomposing(s);
            }
            if (folded != DROPPED) {
                out.append(folded);
            }
        }
        return collapseSpaces(out.toString());
    }

    /** A character folding to nothing (a combining mark). */
    private static final char DROPPED = '\uFFFF';
    /** A character the table does not fold alone (beyond it, or folding to more than one character). */
    private static final char UNTABLED = '\uFFFE';
    /** Each character below U+3000 folded alone: what {@link #foldDecomposing} makes of it. */
    private static final char[] FOLDED = foldingTable(0x3000);

    private static char[] foldingTable(int size) {
        char[] table = new char[size];
        for (int c = 0; c < size; c++) {
            String alone = Character.isSurrogate((char) c) || c == 'Σ' ? null // Σ lowercases by its context
                    : foldDecomposing(String.valueOf((char) c));
            table[c] = isMark(c) ? DROPPED
                    : alone == null || alone.length() != 1 || Character.isWhitespace(c) || isSpace((char) c) ? UNTABLED
                    : alone.charAt(0);
        }
        // Spaces fold to themselves; collapseSpaces then treats them as the whole-string path does.
        for (char space : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007', '\u202F'}) {
            table[space] = space;
        }
        return table;
    }

    /** The reference folding: decomposed, marks dropped, đ as d, lower case, spaces collapsed. */
    static String foldDecomposing(String s) {
        String d = isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) {
                continue;
            }
            out.appendCodePoint(cp == 'đ' ? 'd' : cp == 'Đ' ? 'D' : cp);
        }
        return collapseSpaces(out.toString().toLowerCase(java.util.Locale.ROOT));
    }

    /** Folded, punctuation removed, single spaces: the key two labels are compared by. */
    public static String matchKey(String s) {
        String folded = fold(s);
        StringBuilder out = new StringBuilder(folded.length());
        boolean inGap = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) || Character.isDigit(cp) || cp == '%') {
                out.appendCodePoint(cp);
                inGap = false;
            } else if (!inGap) {
                out.append(' ');
                inGap = true;
            }
        }
        return collapseSpaces(out.toString());
    }

    /** Runs of white space (tabs, non-breaking spaces) become one space; trimmed. */
    public static String collapseSpaces(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        boolean previousSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = isSpace(c);
            if (out == null && space && (c != ' ' || previousSpace)) {
                // The first character that changes: copy what came before it unchanged.
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                if (!space) {
                    out.append(c);
                } else if (!previousSpace) {
                    out.append(' ');
                }
            }
            previousSpace = space;
        }
        return (out == null ? s : out.toString()).trim();
    }

    /** White space as the former pattern {@code [\\s\\u00A0\\u2007\\u202F]} had it. */
    private static boolean isSpace(char c) {
        // Every character of every line passes here: a letter or digit is ruled out in one or two comparisons.
        if (c <= ' ') {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }
        return c >= '\u00A0' && (c == '\u00A0' || c == '\u2007' || c == '\u202F');
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
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
        // What the passes leave of a text without markup is its spaces collapsed: one pass, not one per kind.
        return isPlain(s) ? collapseSpaces(s) : stripMarkupByPasses(s);
    }

    /** {@link #stripMarkup} of any text, one pass per kind of markup. */
    private static String stripMarkupByPasses(String s) {
        // Each pattern runs only where its characters occur: most cells have no markup at all.
        String t = s.indexOf('\\') >= 0 ? s.replace("\\*", ESCAPED_ASTERISK) : s;
        if (t.indexOf('<') >= 0) {
            t = SUP_TAG.matcher(t).replaceAll("");
            t = TAG.matcher(t).replaceAll("");
        }
        if (t.indexOf('#') >= 0) {
            t = MD_HEADING.matcher(t).replaceAll("");
        }
        if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0) {
            t = MD_EMPHASIS.matcher(t).replaceAll("");
        }
        if (hasSuperscriptDigit(t)) {
            t = SUPERSCRIPT_DIGITS.matcher(t).replaceAll("");
        }
        if (t.indexOf(ESCAPED_ASTERISK.charAt(0)) >= 0) {
            t = t.replace(ESCAPED_ASTERISK, "*");
        }
        return collapseSpaces(nfc(t));
    }

    /**
     * Neither markup nor a superscript digit nor a character that NFC could change: a text that
     * {@link #stripMarkup} only has to collapse the spaces of. Every line and cell of a report is
     * stripped, most of them plain; one pass here instead of one per kind of markup.
     */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == '\\' || c == '<' || c == '#' || c == '*' || c == '_') {
                    return false;
                }
            } else if (c >= STABLE.length || !STABLE[c] || c == '\u00B2' || c == '\u00B3' || c == '\u00B9') {
                return false; // beyond the table: also the superscripts from U+2070 and the escape U+E000
            }
        }
        return true;
    }

    private static boolean hasSuperscriptDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '\u00B2' && (c <= '\u00B3' || c == '\u00B9' || c >= '\u2070' && c <= '\u209F')) {
                return true;
            }
        }
        return false;
    }
}
