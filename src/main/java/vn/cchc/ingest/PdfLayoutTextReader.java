package vn.cchc.ingest;

import static vn.cchc.ingest.VietnameseText.fold;
import static vn.cchc.ingest.VietnameseText.nfc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.ingest.AppendixLocator.NumberedLine;
import vn.cchc.ingest.AppendixLocator.TemplateWording;

/**
 * Reads appendices as pdftotext writes them (seed 001): no tabs, the cells of a row separated only
 * by spaces, long labels and values wrapped over several lines, the table header and a page number
 * repeated at every page break. A row starts with an item code at the start of a line; the known
 * unit strings split its text into label, unit and value. Lost glyphs ("T  lệ", "đ ng") are kept
 * as written: repairing them is not a reader's job.
 */
public final class PdfLayoutTextReader implements AppendixReader {

    /** "1.", "1.1.", "1.2.1": a single number only with its dot, "2 cấp = 1" being no code. */
    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)+\\.?|\\d+\\.)\\s+(?=\\p{L})");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*\\d{1,3}\\s*");

    private final CellSplitter splitter;

    /** @param units the unit strings the template uses ("Nhiệm vụ", "Cơ quan, đơn vị", "%", ...) */
    public PdfLayoutTextReader(Collection<String> units) {
        this.splitter = new CellSplitter(units);
    }

    @Override
    public String shape() {
        return "pdf-layout";
    }

    @Override
    public List<AppendixRow> read(List<String> lines) {
        List<NumberedLine> content = withoutPageFurniture(AppendixLocator.appendixLines(lines));
        List<AppendixRow> rows = new ArrayList<>();
        OpenRow open = null;
        boolean inSubRowBlock = false;
        for (int k = 0; k < content.size(); k++) {
            ParseDeadline.check();
            NumberedLine line = content.get(k);
            Matcher code = LEADING_CODE.matcher(line.text());
            int markerLines;
            if (code.find()) {
                close(open, rows);
                String itemCode = TemplateWording.itemCode(code.group(1));
                open = new OpenRow(line, itemCode, line.text().substring(code.end()), false);
                inSubRowBlock = false;
            } else if ((markerLines = subRowMarkerLines(content, k)) > 0) {
                close(open, rows);
                open = null;
                inSubRowBlock = true;
                k += markerLines - 1;
            } else if (isFormTitle(line)) {
                close(open, rows);
                open = null;
                inSubRowBlock = false;
                rows.add(AppendixRow.heading(line.number(), line.text().strip()));
            } else if (open != null && open.absorbs(line)) {
                continue;
            } else if (open == null && !inSubRowBlock) {
                // Text before the first row or after a heading: titles, not cells.
                rows.add(AppendixRow.heading(line.number(), line.text().strip()));
            } else {
                close(open, rows);
                open = new OpenRow(line, "", line.text(), inSubRowBlock);
            }
        }
        close(open, rows);
        return rows;
    }

    private void close(OpenRow row, List<AppendixRow> rows) {
        if (row != null) {
            rows.add(row.toRow());
        }
    }

    /**
     * Drops blank lines, the table header repeated on every page and the page numbers: the number
     * before a repeated header, and the number of a page that ends between two forms (see
     * {@link #pageNumbers}).
     */
    private static List<NumberedLine> withoutPageFurniture(List<NumberedLine> lines) {
        List<NumberedLine> nonBlank = lines.stream().filter(line -> !line.isBlank()).toList();
        boolean[] pageNumber = pageNumbers(nonBlank);
        List<NumberedLine> content = new ArrayList<>();
        for (int k = 0; k < nonBlank.size(); k++) {
            String text = nonBlank.get(k).text();
            if (!pageNumber[k] && !TemplateWording.isTableHeader(text)) {
                // Composed letters, as the unit strings are: a PDF may write "ệ" as "e" + two accents.
                content.add(new NumberedLine(nonBlank.get(k).number(), nfc(text)));
            }
        }
        return content;
    }

    /**
     * Which lines are page numbers. Certain: a bare number the repeated table header follows. A
     * page that ends between two forms has no header after its number, only the next form's title,
     * and a row's value can stand on a line of its own there too: such a number is a page number
     * only when it continues the page numbering — one more than the page number before it, or one
     * less than the one after it, counting those found so (several such breaks in a row) until no
     * more are. Otherwise it stays the value it seems to be.
     */
    private static boolean[] pageNumbers(List<NumberedLine> lines) {
        int n = lines.size();
        boolean[] page = new boolean[n];
        List<Integer> betweenForms = new ArrayList<>();
        for (int k = 0; k + 1 < n; k++) {
            if (bareNumber(lines.get(k)) != null) {
                page[k] = TemplateWording.isTableHeader(lines.get(k + 1).text());
                if (!page[k] && isFormTitle(lines.get(k + 1))) {
                    betweenForms.add(k);
                }
            }
        }
        boolean found = true;
        while (found) {
            found = false;
            for (int k : betweenForms) {
                if (!page[k] && continuesNumbering(lines, page, k)) {
                    page[k] = true;
                    found = true;
                }
            }
        }
        return page;
    }

    private static boolean continuesNumbering(List<NumberedLine> lines, boolean[] page, int k) {
        int number = bareNumber(lines.get(k));
        for (int j = k - 1; j >= 0; j--) {
            if (page[j]) {
                if (bareNumber(lines.get(j)) == number - 1) {
                    return true;
                }
                break;
            }
        }
        for (int j = k + 1; j < lines.size(); j++) {
            if (page[j]) {
                return bareNumber(lines.get(j)) == number + 1;
            }
        }
        return false;
    }

    /** The number of a line that holds nothing but one of up to three digits, or null. */
    private static Integer bareNumber(NumberedLine line) {
        return PAGE_NUMBER.matcher(line.text()).matches() ? Integer.valueOf(line.text().strip()) : null;
    }

    /**
     * How many lines the "Trong đó" marker starting at {@code k} takes: 1 on one line, 2 for "Trong"
     * followed by a line "đó" (or "đ " with its glyph lost), 0 when there is no marker.
     */
    private static int subRowMarkerLines(List<NumberedLine> content, int k) {
        String text = content.get(k).text();
        if (TemplateWording.isSubRowMarker(text)) {
            return 1;
        }
        boolean split = TemplateWording.opensSubRowMarker(text) && k + 1 < content.size()
                && TemplateWording.closesSubRowMarker(content.get(k + 1).text());
        return split ? 2 : 0;
    }

    /** "Biểu mẫu 3": the 2023 template's tables are titled, and a title is never part of a row. */
    private static boolean isFormTitle(NumberedLine line) {
        return fold(line.text()).startsWith("bieu mau");
    }

    /** A row being assembled from its lines. */
    private final class OpenRow {

        private static final Pattern BARE_VALUE = Pattern.compile("-|\\d.*");

        private final int line;
        private final String code;
        private final boolean subRow;
        private final StringBuilder text;
        /** Lines pdftotext indented: the value column of a row without a unit (7.4 "Đã được cấp"). */
        private final List<String> valueLines = new ArrayList<>();
        private final List<String> raw = new ArrayList<>();

        OpenRow(NumberedLine first, String code, String text, boolean subRow) {
            this.line = first.number();
            this.code = code;
            this.subRow = subRow;
            this.text = new StringBuilder(text.strip());
            raw.add(first.text());
        }

        /** Appends {@code next} if it continues this row, and says whether it did. */
        boolean absorbs(NumberedLine next) {
            String added = next.text().strip();
            Cells cells = cells();
            // pdftotext indents a cell that starts right of the label column: the value of a row
            // without unit (7.4 "Đã được cấp"), which no unit string can split off.
            boolean indented = Character.isWhitespace(next.text().charAt(0));
            if (indented && cells.value().isEmpty()) {
                valueLines.add(added);
            } else if (continuesText(added, cells)) {
                text.append(' ').append(added);
            } else {
                return false;
            }
            raw.add(next.text());
            return true;
        }

        private boolean continuesText(String added, Cells cells) {
            boolean hasUnit = !cells.unit().isEmpty();
            boolean hasValue = !cells.value().isEmpty();
            return unbalancedParentheses() // "77 (cấp tỉnh" over "54, huyện 23)"
                    || (added.startsWith("(") && hasValue) // "(523/525)" under "99,62%"
                    || (CellSplitter.isCodeOptions(added) && !hasValue // "Phát phiếu = 1" under "Trực tuyến = 0"
                            && (!hasUnit || CellSplitter.isCoded(cells.unit()))
                            && !(subRow && CellSplitter.startsWithLabel(added))) // the next coded sub-row, its own label first
                    || (BARE_VALUE.matcher(added).matches() && hasUnit && !hasValue) // "1" under "Hoàn thành = 2"
                    || Character.isLowerCase(added.charAt(0)) // a label wrapped mid-sentence
                    || (!hasUnit && !hasValue); // a label still waiting for its unit
        }

        AppendixRow toRow() {
            Cells cells = cells();
            if (code.isEmpty() && cells.unit().isEmpty() && cells.value().isEmpty()) {
                return AppendixRow.heading(line, cells.label());
            }
            return new AppendixRow(AppendixRow.Kind.ROW, line, code, cells.label(), cells.unit(), cells.value(),
                    "", subRow, String.join("\n", raw));
        }

        private Cells cells() {
            Cells cells = splitter.split(text.toString());
            List<String> value = new ArrayList<>(List.of(cells.value()));
            value.addAll(valueLines);
            return new Cells(cells.label(), cells.unit(), String.join(" ", value).strip());
        }

        private boolean unbalancedParentheses() {
            return text.chars().filter(c -> c == '(').count() > text.chars().filter(c -> c == ')').count();
        }
    }

    private record Cells(String label, String unit, String value) {
    }

    /**
     * Splits a row's text into label, unit and value. A coded unit is a run of "text = n" options
     * ("Chưa = 0 Đang làm = 1 Hoàn thành = 2"); otherwise the unit is the last known unit string
     * that stands alone and is followed by a value or by nothing. Everything after the unit is the
     * value: with only spaces between the columns a note cannot be told from a value of several
     * words ("4 HĐ68", "Đã kết nối").
     */
    private static final class CellSplitter {

        private static final Pattern OPTION_CODE = Pattern.compile("\\s=\\s*\\d+");
        private static final Pattern CODE_OPTIONS = Pattern.compile("(?:[^=]+=\\s*\\d+\\s*)+");
        private static final Pattern WORD_IN_CAPITALS = Pattern.compile("(?<=^|\\s)\\p{Lu}");
        /** A number, "-" for not reported, or a text answer where a number was asked. */
        private static final Pattern VALUE_START = Pattern.compile("[-–]|\\d|(?:Đã|Chưa|Có|Không)(?=\\s|$)");
        /** Shorter units would match stray fragments once a glyph may be missing. */
        private static final int SHORTEST_UNIT_WITH_LOST_GLYPH = 4;

        private final List<UnitSpellings> units;

        CellSplitter(Collection<String> units) {
            this.units = units.stream().map(VietnameseText::nfc).map(UnitSpellings::of).toList();
        }

        /**
         * A unit's spellings — as written, or with one letter lost to a space — and two halves of it
         * of which every spelling holds one whole (one lost glyph falls in one half): a text holding
         * neither cannot hold the unit, and is not searched. The search was a fifth of a text
         * report's parse, though few lines hold most units.
         */
        private record UnitSpellings(String unit, boolean mayLoseGlyph, String head, String tail) {

            static UnitSpellings of(String unit) {
                int middle = unit.length() / 2;
                boolean mayLoseGlyph = unit.codePoints().filter(Character::isLetter).count() >= SHORTEST_UNIT_WITH_LOST_GLYPH;
                return new UnitSpellings(unit, mayLoseGlyph, unit.substring(0, middle), unit.substring(middle));
            }

            boolean mayOccurIn(String text) {
                return text.contains(head) || text.contains(tail);
            }

            /**
             * Where the next spelling starts at or after {@code from}, or -1. Every spelling is as
             * long as the unit, so occurrences follow each other as a regular expression's
             * alternatives of them would find them, without the expression: case matters, one
             * letter of the unit may stand as a space in the text, nothing else may differ.
             */
            int next(String text, int from) {
                for (int start = from; start + unit.length() <= text.length(); start++) {
                    if (spelledAt(text, start)) {
                        return start;
                    }
                }
                return -1;
            }

            private boolean spelledAt(String text, int start) {
                boolean lost = false;
                for (int i = 0; i < unit.length(); i++) {
                    char written = text.charAt(start + i);
                    char expected = unit.charAt(i);
                    if (written != expected) {
                        if (lost || !mayLoseGlyph || written != ' ' || !Character.isLetter(expected)) {
                            return false;
                        }
                        lost = true;
                    }
                }
                return true;
            }
        }

        static boolean isCodeOptions(String line) {
            return CODE_OPTIONS.matcher(line).matches();
        }

        /**
         * "Cơ sở dữ liệu về đất đai Chưa = 0 …": options with a label before them, which a row's
         * options on a line of their own ("Đang làm = 1") never have.
         */
        static boolean startsWithLabel(String line) {
            return codedUnit(line).map(cells -> !cells.label().isEmpty()).orElse(false);
        }

        static boolean isCoded(String unit) {
            return OPTION_CODE.matcher(unit).find();
        }

        Cells split(String text) {
            return codedUnit(text).or(() -> lastUnit(text)).orElse(new Cells(text.strip(), "", ""));
        }

        /**
         * The options end at the last "= n"; they start at the last capitalised word before the
         * first one ("Hình thức khảo sát Trực tuyến = 0").
         */
        private static Optional<Cells> codedUnit(String text) {
            Matcher code = OPTION_CODE.matcher(text);
            if (!code.find()) {
                return Optional.empty();
            }
            String before = text.substring(0, code.start());
            Matcher capital = WORD_IN_CAPITALS.matcher(before);
            int start = before.stripTrailing().lastIndexOf(' ') + 1;
            while (capital.find()) {
                start = capital.start();
            }
            int end = code.end();
            while (code.find()) {
                end = code.end();
            }
            return Optional.of(cells(text, start, end));
        }

        /**
         * The occurrence that ends last wins; of two ending together the longer, should the list
         * hold both "Cơ quan, đơn vị" and "đơn vị".
         */
        private Optional<Cells> lastUnit(String text) {
            int bestStart = -1;
            int bestEnd = -1;
            for (UnitSpellings unit : units) {
                if (!unit.mayOccurIn(text)) {
                    continue;
                }
                for (int start = unit.next(text, 0); start >= 0; start = unit.next(text, start + unit.unit().length())) {
                    int end = start + unit.unit().length();
                    boolean later = end > bestEnd || (end == bestEnd && start < bestStart);
                    if (later && standsAlone(text, start, end) && followedByValue(text, end)
                            && !isLabelWord(text, start, end)) {
                        bestStart = start;
                        bestEnd = end;
                    }
                }
            }
            return bestEnd < 0 ? Optional.empty() : Optional.of(cells(text, bestStart, bestEnd));
        }

        private static Cells cells(String text, int unitStart, int unitEnd) {
            return new Cells(text.substring(0, unitStart).strip(), text.substring(unitStart, unitEnd).strip(),
                    text.substring(unitEnd).strip());
        }

        private static boolean standsAlone(String text, int start, int end) {
            return (start == 0 || Character.isWhitespace(text.charAt(start - 1)))
                    && (end == text.length() || Character.isWhitespace(text.charAt(end)));
        }

        /**
         * An acronym unit (TTHC, PAKN) is also a noun of labels ("Kết quả giải quyết TTHC"). Ending a
         * row with no value after it, it is the unit only if the label names it too, as a count of
         * it does ("Tổng số TTHC cung cấp trực tuyến mức độ 3 TTHC").
         */
        private static boolean isLabelWord(String text, int start, int end) {
            String unit = text.substring(start, end);
            boolean acronym = unit.chars().anyMatch(Character::isLetter) && unit.equals(unit.toUpperCase(Locale.ROOT));
            return acronym && text.substring(end).isBlank() && !text.substring(0, start).contains(unit);
        }

        private static boolean followedByValue(String text, int end) {
            String rest = text.substring(end).strip();
            return rest.isEmpty() || VALUE_START.matcher(rest).lookingAt();
        }
    }
}
