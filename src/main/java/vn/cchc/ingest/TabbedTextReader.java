package vn.cchc.ingest;

import static vn.cchc.ingest.VietnameseText.stripMarkup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.cchc.ingest.AppendixLocator.NumberedLine;
import vn.cchc.ingest.AppendixLocator.TemplateWording;

/**
 * Reads appendices whose table rows are tab-separated cells (DOCX converted to Markdown or plain
 * text: seeds 000, 002, 003, 004). Lines without a tab between the tables become headings
 * ("Biểu mẫu 3", "Cải cách thủ tục hành chính", footnotes).
 */
public final class TabbedTextReader implements AppendixReader {

    @Override
    public String shape() {
        return "tabbed";
    }

    @Override
    public List<AppendixRow> read(List<String> lines) {
        List<AppendixRow> rows = new ArrayList<>();
        boolean inSubRowBlock = false;
        for (NumberedLine line : AppendixLocator.appendixLines(lines)) {
            ParseDeadline.check();
            if (line.isBlank()) {
                continue;
            }
            if (!line.text().contains("\t")) {
                String text = stripMarkup(line.text());
                if (!text.isEmpty()) {
                    rows.add(AppendixRow.heading(line.number(), text));
                }
                inSubRowBlock = false;
                continue;
            }
            Cells cells = Cells.of(line.text());
            if (cells.holdNothing() || TemplateWording.isTableHeader(cells.joined())) {
                continue;
            }
            if (cells.continueAnotherRow() && !rows.isEmpty() && !rows.getLast().isHeading()) {
                rows.set(rows.size() - 1, cells.appendedTo(rows.getLast(), line.text()));
                continue;
            }
            boolean opensSubRows = TemplateWording.isSubRowMarker(cells.code());
            if (opensSubRows || !cells.code().isEmpty()) {
                inSubRowBlock = opensSubRows;
            }
            String code = opensSubRows ? "" : TemplateWording.itemCode(cells.code());
            rows.add(new AppendixRow(AppendixRow.Kind.ROW, line.number(), code, cells.label(), cells.unit(),
                    cells.value(), cells.note(), inSubRowBlock, line.text()));
        }
        return rows;
    }

    /** The five template columns of one table line, markup stripped. */
    private record Cells(String code, String label, String unit, String value, String note) {

        private static final int COLUMNS = 5;
        private static final Pattern RULE = Pattern.compile("-*");

        static Cells of(String line) {
            String[] written = line.split("\t", -1);
            String[] cells = new String[COLUMNS];
            for (int i = 0; i < COLUMNS; i++) {
                cells[i] = i < written.length ? stripMarkup(written[i]) : "";
            }
            // A cell past the template's five (a conversion's stray column) still belongs to the row.
            if (written.length > COLUMNS) {
                String[] extra = Arrays.copyOfRange(written, COLUMNS, written.length);
                cells[COLUMNS - 1] = joined(cells[COLUMNS - 1], stripMarkup(String.join(" ", extra)));
            }
            return new Cells(cells[0], cells[1], cells[2], cells[3], cells[4]);
        }

        /** Empty or a Markdown table rule ("-----"). */
        boolean holdNothing() {
            return List.of(code, label, unit, value, note).stream().allMatch(c -> RULE.matcher(c).matches());
        }

        /**
         * A page break splits a row: the part on the next page has no code, and lacks either the
         * label ("\t\tĐang làm = 1 Hoàn thành = 2", seed 000) or both unit and value ("\tchức",
         * seed 002). A sub-row of a "Trong đó" block has a label and a unit or value.
         */
        boolean continueAnotherRow() {
            return code.isEmpty() && (label.isEmpty() || (unit.isEmpty() && value.isEmpty()));
        }

        /** The earlier part of the row with these cells appended; it keeps its line number. */
        AppendixRow appendedTo(AppendixRow row, String rawLine) {
            return new AppendixRow(row.kind(), row.line(), row.code(), joined(row.label(), label),
                    joined(row.unit(), unit), joined(row.value(), value), joined(row.note(), note),
                    row.subRow(), row.raw() + "\n" + rawLine);
        }

        String joined() {
            return String.join(" ", code, label, unit, value, note);
        }

        private static String joined(String first, String second) {
            if (first.isEmpty()) {
                return second;
            }
            return second.isEmpty() ? first : first + " " + second;
        }
    }
}
