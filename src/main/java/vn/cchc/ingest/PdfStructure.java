package vn.cchc.ingest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The frame of a PDF file that a lenient reader would paper over: the end-of-file marker, without
 * which the file was cut short, and the cross-reference table the last {@code startxref} points at.
 */
final class PdfStructure {

    /** A PDF ends with %%EOF within its last 1,024 bytes (PDF 32000 §7.5.5; readers accept junk after it). */
    private static final int TAIL = 1024;
    private static final Pattern START_XREF = Pattern.compile("startxref\\s+(\\d{1,12})\\s+%%EOF");
    private static final Pattern XREF_AT = Pattern.compile("(?s)\\s*(xref\\b|\\d+\\s+\\d+\\s+obj\\b).*");

    private PdfStructure() {
    }

    static void checkEnd(byte[] bytes) throws ReportReadException {
        if (!tail(bytes).contains("%%EOF")) {
            throw new ReportReadException("damaged .pdf: cut short (no %%EOF end marker): its content cannot be trusted whole");
        }
    }

    /** A file whose last startxref points at no cross-reference table is damaged, not a scan. */
    static void checkCrossReference(byte[] bytes) throws ReportReadException {
        Matcher m = START_XREF.matcher(tail(bytes));
        String reason = null;
        if (!m.find()) {
            reason = "no startxref before %%EOF";
        } else {
            long offset = Long.parseLong(m.group(1));
            if (offset <= 0 || offset >= bytes.length) {
                reason = "startxref points past the end of the file";
            } else {
                int end = (int) Math.min(bytes.length, offset + 64);
                String at = new String(bytes, (int) offset, end - (int) offset, StandardCharsets.ISO_8859_1);
                if (!XREF_AT.matcher(at).matches()) {
                    reason = "startxref " + offset + " points at no cross-reference table";
                }
            }
        }
        if (reason != null) {
            throw new ReportReadException("damaged .pdf: broken cross-reference table (" + reason + "), not a scan");
        }
    }

    private static String tail(byte[] bytes) {
        int from = Math.max(0, bytes.length - TAIL);
        return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
    }
}
