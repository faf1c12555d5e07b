package vn.cchc.ingest;

import java.util.List;

/**
 * Picks the reader for a file by its content — the file name is never trusted — and turns the
 * bytes into {@link DocumentText}. Binary formats are tried first; text is the fallback.
 */
public final class DocumentFormats {

    private final List<FormatReader> readers;

    /**
     * The readers in the order they are asked: the binary containers by their magic numbers first
     * (an encrypted Office file before the spreadsheet reader, as both are OLE2), text last, as
     * text accepts almost anything.
     */
    public DocumentFormats() {
        this(List.of(new EncryptedOfficeFormat(), new DocxFormat(), new SpreadsheetFormat(), new PdfFormat(),
                new PlainTextFormat()));
    }

    DocumentFormats(List<FormatReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public DocumentText read(byte[] bytes) throws ReportReadException {
        if (bytes.length == 0) {
            throw new ReportReadException("empty file");
        }
        for (FormatReader reader : readers) {
            if (reader.accepts(bytes)) {
                return reader.read(bytes);
            }
        }
        throw new ReportReadException("binary content (NUL bytes) of no known format: not a report");
    }
}
