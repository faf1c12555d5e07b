package vn.cchc.ingest;

/**
 * A file name as it may be printed on a terminal: control characters (a newline would forge a
 * second output line, an escape sequence would recolour it) and invisible format characters —
 * among them the bidirectional overrides that show "report_fdp.txt" for "report_‮txt.pdf" —
 * become "\\u" escapes of their code point ("\\u000A", "\\u202E"); a backslash is doubled so that
 * an escape in the output can only come from this.
 */
public final class VisibleText {

    private VisibleText() {
    }

    public static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            String replacement = replacement(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(c);
                }
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(int c) {
        if (c == '\\') {
            return "\\\\";
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE ->
                    c > 0xFFFF ? String.format("\\U%06X", c) : String.format("\\u%04X", c);
            default -> null;
        };
    }
}
