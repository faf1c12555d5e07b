package vn.cchc.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.ingest.Finding.Severity;

/**
 * A document's lines within the limits of {@link InputLimits}: too many lines or characters in all
 * refuse the file (it is no report); an overlong line or a row of too many cells is cut, and one
 * {@code input_truncated} finding per kind of cut says where and how much, so nothing is lost silently.
 */
final class BoundedText {

    static final String RULE = "input_truncated";

    private BoundedText() {
    }

    record Result(List<String> lines, List<Finding> findings) {
    }

    static Result bound(List<String> lines, InputLimits limits) throws ReportReadException {
        if (lines.size() > limits.maxLines()) {
            throw new ReportReadException(String.format("refused: %,d lines of text, over the limit of %,d for a report"
                    + " (setting cchc.limits.max-lines)", lines.size(), limits.maxLines()));
        }
        long chars = 0;
        for (String line : lines) {
            chars += line.length();
        }
        if (chars > limits.maxTextChars()) {
            throw new ReportReadException(String.format("refused: %,d characters of text, over the limit of %,d for a"
                    + " report (setting cchc.limits.max-text-chars)", chars, limits.maxTextChars()));
        }
        List<String> bounded = new ArrayList<>(lines.size());
        Cuts longLines = new Cuts();
        Cuts wideRows = new Cuts();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int cellEnd = endOfCells(line, limits.maxCellsPerRow());
            if (cellEnd < line.length()) {
                wideRows.add(i + 1, line.length() - cellEnd);
                line = line.substring(0, cellEnd);
            }
            if (line.length() > limits.maxLineChars()) {
                longLines.add(i + 1, line.length() - limits.maxLineChars());
                line = line.substring(0, limits.maxLineChars());
            }
            bounded.add(line);
        }
        List<Finding> findings = new ArrayList<>();
        if (wideRows.count > 0) {
            findings.add(Finding.of(RULE, Severity.WARNING, wideRows.firstLine, String.format("%,d table row(s) had more"
                    + " than %,d cells; the cells after that were not read (%,d characters; first at line %d;"
                    + " setting cchc.limits.max-cells-per-row)", wideRows.count, limits.maxCellsPerRow(),
                    wideRows.chars, wideRows.firstLine)));
        }
        if (longLines.count > 0) {
            findings.add(Finding.of(RULE, Severity.WARNING, longLines.firstLine, String.format("%,d line(s) longer than"
                    + " %,d characters were cut there (%,d characters not read; first at line %d; setting"
                    + " cchc.limits.max-line-chars)", longLines.count, limits.maxLineChars(), longLines.chars,
                    longLines.firstLine)));
        }
        return new Result(bounded, findings);
    }

    /** Where the cell after {@code maxCells} begins (its tab), or the line's length. */
    private static int endOfCells(String line, int maxCells) {
        int tabs = 0;
        for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
            if (++tabs == maxCells) {
                return i;
            }
        }
        return line.length();
    }

    /** The rows past the limit are left out; one finding says from where and how many. */
    static List<AppendixRow> rows(List<AppendixRow> rows, InputLimits limits, List<Finding> findings) {
        if (rows.size() <= limits.maxRowsPerAppendix()) {
            return rows;
        }
        AppendixRow first = rows.get(limits.maxRowsPerAppendix());
        findings.add(Finding.of(RULE, Severity.WARNING, first.line(), String.format("The appendix has %,d rows, over"
                + " the limit of %,d: the %,d rows from line %d on were not read (setting"
                + " cchc.limits.max-rows-per-appendix)", rows.size(), limits.maxRowsPerAppendix(),
                rows.size() - limits.maxRowsPerAppendix(), first.line())));
        return List.copyOf(rows.subList(0, limits.maxRowsPerAppendix()));
    }

    /**
     * At most {@code maxFindings} findings: the first ones (the cuts, the metadata, then in row
     * order) and, in the last place, one that counts the rest by rule.
     */
    static List<Finding> findings(List<Finding> findings, InputLimits limits) {
        if (findings.size() <= limits.maxFindings()) {
            return findings;
        }
        int kept = limits.maxFindings() - 1;
        java.util.Map<String, Integer> dropped = new java.util.TreeMap<>();
        for (Finding f : findings.subList(kept, findings.size())) {
            dropped.merge(f.rule(), 1, Integer::sum);
        }
        List<Finding> bounded = new ArrayList<>(findings.subList(0, kept));
        bounded.add(Finding.of(RULE, Severity.WARNING, 0, String.format("%,d more findings were not stored, over the"
                + " limit of %,d per report (setting cchc.limits.max-findings): %s", findings.size() - kept,
                limits.maxFindings(), dropped)));
        return bounded;
    }

    private static final class Cuts {
        int count;
        int firstLine;
        long chars;

        void add(int line, long charsCut) {
            if (count++ == 0) {
                firstLine = line;
            }
            chars += charsCut;
        }
    }
}
