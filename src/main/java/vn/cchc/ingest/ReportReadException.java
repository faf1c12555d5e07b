package vn.cchc.ingest;

/** A file that cannot be read as a report; the message says why, in one line. */
public class ReportReadException extends Exception {
    public ReportReadException(String message) {
        super(message);
    }
}
