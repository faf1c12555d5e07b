package vn.cchc.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines a format reader produces, capped: a report is a few thousand lines, so a file that
 * unpacks into far more (a sheet filled down to row 1 048 576, a PDF of thousands of pages) is
 * refused before it can exhaust the memory of a load that parses several files at once.
 */
final class Lines {

    /** Far above any report (the seeds have 340–750 lines); far below what strains the heap. */
    static final int MAX_LINES = InputLimits.configured().maxLines();
    static final long MAX_CHARS = InputLimits.configured().maxTextChars();

    private final List<String> lines = new ArrayList<>();
    private long chars;

    /** Adds one line; the caller has already turned tabs that are not cell separators into spaces. */
    void add(String line) throws ReportReadException {
        ParseDeadline.check();
        if (lines.size() >= MAX_LINES) {
            throw new ReportReadException("refused: more than " + MAX_LINES + " lines of text, too large for a report"
                    + " (setting cchc.limits.max-lines)");
        }
        chars += line.length();
        if (chars > MAX_CHARS) {
            throw new ReportReadException("refused: more than " + MAX_CHARS / (1024 * 1024)
                    + " million characters of text, too large for a report (setting cchc.limits.max-text-chars)");
        }
        lines.add(line);
    }

    /** Adds text that may hold line breaks as one line per line. */
    void addText(String text) throws ReportReadException {
        for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
            add(line);
        }
    }

    int size() {
        return lines.size();
    }

    List<String> list() {
        return lines;
    }

    /** The document, in NFC, legacy-encoded text converted when the whole of it is (see {@link LegacyVietnameseEncoding#detect}). */
    DocumentText toDocument(String format) {
        List<String> nfc = lines.stream().map(VietnameseText::nfc).toList();
        String whole = String.join("\n", nfc);
        return LegacyVietnameseEncoding.detect(whole)
                .map(e -> new DocumentText(List.of(LegacyVietnameseEncoding.decodeRestoringCapitals(whole, e).split("\n", -1)),
                        format + "-" + e.id()))
                .orElseGet(() -> new DocumentText(nfc, format));
    }
}
