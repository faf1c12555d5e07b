package vn.cchc.ingest;

import java.util.List;

/** Reads the statistics appendix out of one text shape (tab tables, pdftotext layout, ...). */
public interface AppendixReader {

    /** The name of the text shape, stored with each report ("tabbed", "pdf-layout"). */
    String shape();

    /**
     * The rows and headings of the appendix, in document order. Page headers, repeated table
     * headers, page numbers and separator rows are left out; wrapped rows are joined.
     *
     * @param lines the whole document, index 0 being line 1
     */
    List<AppendixRow> read(List<String> lines);
}
