package vn.cchc.ingest;

/** Reads one file format (recognised by content, never by the file name) into text lines. */
public interface FormatReader {

    /** Whether the bytes are of this format: magic numbers and structure, not the extension. */
    boolean accepts(byte[] bytes);

    /** @throws ReportReadException with a one-line reason when the file is damaged, protected or hostile */
    DocumentText read(byte[] bytes) throws ReportReadException;
}
