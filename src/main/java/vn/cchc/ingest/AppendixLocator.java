package vn.cchc.ingest;

import static vn.cchc.ingest.VietnameseText.fold;
import static vn.cchc.ingest.VietnameseText.matchKey;
import static vn.cchc.ingest.VietnameseText.stripMarkup;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a report's statistics appendix starts. Only the appendix is read: the prose before
 * it may hold tables of its own (seed 000 lists dossiers in a "STT | Tên hồ sơ tiếp nhận | ..."
 * table) whose rows are not indicators.
 */
public final class AppendixLocator {

    private AppendixLocator() {
    }

    /**
     * The 0-based index of the appendix's first line: the first appendix marker (a line starting
     * with "Phụ lục", or a title containing "thống kê số liệu" — seed 000 writes "THÔNG KÊ", which
     * folds the same), or else the first table header naming the "Chỉ tiêu thống kê" column; empty
     * when the document has neither.
     */
    public static OptionalInt start(List<String> lines) {
        if (lines instanceof Located located) {
            return located.start;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (isAppendixMarker(lines.get(i))) {
                return OptionalInt.of(i);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (isIndicatorTableHeader(lines.get(i))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The document's lines, its appendix located once: the parser's steps (shape, reader, metadata)
     * each ask {@link #start} for it, and finding it folds every line of the prose before it.
     */
    static List<String> located(List<String> lines) {
        List<String> copy = List.copyOf(lines);
        return new Located(copy, start(copy));
    }

    private static final class Located extends AbstractList<String> implements RandomAccess {

        private final List<String> lines;
        private final OptionalInt start;

        Located(List<String> lines, OptionalInt start) {
            this.lines = lines;
            this.start = start;
        }

        @Override
        public String get(int index) {
            return lines.get(index);
        }

        @Override
        public int size() {
            return lines.size();
        }
    }

    /** The appendix's lines, numbered as in the document; none when there is no appendix. */
    static List<NumberedLine> appendixLines(List<String> document) {
        OptionalInt start = start(document);
        List<NumberedLine> lines = new ArrayList<>();
        for (int i = start.orElse(document.size()); i < document.size(); i++) {
            lines.add(new NumberedLine(i + 1, withoutLineBreak(document.get(i))));
        }
        return lines;
    }

    private static boolean isAppendixMarker(String line) {
        String folded = fold(stripMarkup(line));
        return folded.startsWith("phu luc") || folded.contains("thong ke so lieu");
    }

    private static boolean isIndicatorTableHeader(String line) {
        return TemplateWording.isTableHeader(line) && fold(stripMarkup(line)).contains("chi tieu thong ke");
    }

    /** A document split on "\n" keeps the "\r" of CRLF files; it is not part of the text. */
    private static String withoutLineBreak(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** One line of the document, {@code number} 1-based as an editor shows it. */
    record NumberedLine(int number, String text) {

        boolean isBlank() {
            return text.isBlank();
        }
    }

    /**
     * The appendix template's own wording, which both readers must recognise whatever markup or
     * broken spacing surrounds it: table headers, item codes and the "Trong đó" (of which) marker.
     */
    static final class TemplateWording {

        /** No indicator row starts with "STT", whatever a report adds to the header's other cells. */
        private static final Pattern FIRST_COLUMN_TITLE = Pattern.compile("st ?t\\b");
        /** Every other phrase of the template's two header lines, folded. */
        private static final Pattern HEADER_PHRASE = Pattern.compile(
                "chi tieu thong ke|\\(?su dung trong ky bao cao[^)]*\\)?|ket qua thong ke|ghi chu|don vi tinh|so lieu");
        private static final Pattern NOTHING_BUT_PUNCTUATION = Pattern.compile("[\\p{Punct}\\s]*");
        private static final Pattern TRAILING_DOTS = Pattern.compile("\\.+$");

        private TemplateWording() {
        }

        /**
         * True for a table header line, first ("STT | Chỉ tiêu thống kê | Kết quả thống kê | Ghi
         * chú", also "ST T") or second ("Đơn vị tính | Số liệu"), whole or as pdftotext breaks it
         * up: the line opens with the STT column's title or holds header phrases and nothing else.
         */
        static boolean isTableHeader(String text) {
            if (opensWithDigit(text)) {
                return false; // an indicator row ("1.1", "4.2."): a digit is neither a header phrase nor punctuation
            }
            String folded = fold(stripMarkup(text));
            if (FIRST_COLUMN_TITLE.matcher(folded).lookingAt()) {
                return true;
            }
            if (!mayHoldHeaderPhrase(folded)) {
                return false; // every line of a report passes here: most hold none of the phrases' words
            }
            Matcher phrases = HEADER_PHRASE.matcher(folded);
            return phrases.find()
                    && NOTHING_BUT_PUNCTUATION.matcher(phrases.reset().replaceAll(" ")).matches();
        }

        /** Whether the first character after tabs and spaces is an ASCII digit, which no markup stripping or folding takes away. */
        private static boolean opensWithDigit(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\t') {
                    return c >= '0' && c <= '9';
                }
            }
            return false;
        }

        private static boolean mayHoldHeaderPhrase(String folded) {
            return folded.contains("chi tieu") || folded.contains("su dung") || folded.contains("ket qua")
                    || folded.contains("ghi chu") || folded.contains("don vi") || folded.contains("so lieu");
        }

        /** An item code as written ("1.1.", "<b>1.</b>", "1.2.1") without markup or trailing dot. */
        static String itemCode(String written) {
            return TRAILING_DOTS.matcher(stripMarkup(written)).replaceAll("");
        }

        /** "Trong đó", also split by a conversion ("Tron g đó"), followed by a colon, or with its "ó" lost ("Trong đ "). */
        static boolean isSubRowMarker(String text) {
            String squashed = squashed(text);
            return squashed.equals("trongdo") || squashed.equals("trongd");
        }

        /** pdftotext may put "Trong" and "đó" on two lines (and lose the "ó"). */
        static boolean opensSubRowMarker(String text) {
            return squashed(text).equals("trong");
        }

        static boolean closesSubRowMarker(String text) {
            String squashed = squashed(text);
            return squashed.equals("d") || squashed.equals("do");
        }

        private static String squashed(String text) {
            return matchKey(stripMarkup(text)).replace(" ", "");
        }
    }
}
