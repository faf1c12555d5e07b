package vn.cchc.ingest;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Picks the reader for a report's text shape by looking at its appendix: tab-separated cells mean
 * a converted document, whose columns are known; otherwise the text is pdftotext output, whose
 * columns must be told apart by the unit strings. Tabs in the prose before the appendix do not count.
 */
public final class ShapeDetector {

    private ShapeDetector() {
    }

    /** @param units the unit strings the template uses, for the pdftotext reader */
    public static AppendixReader detect(List<String> lines, Collection<String> units) {
        boolean tabbed = AppendixLocator.appendixLines(lines).stream()
                .anyMatch(line -> holdsTwoCells(line.text()));
        return tabbed ? new TabbedTextReader() : new PdfLayoutTextReader(units);
    }

    private static boolean holdsTwoCells(String line) {
        return Arrays.stream(line.split("\t")).filter(cell -> !cell.isBlank()).count() >= 2;
    }
}
