package vn.cchc.ui.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;

/** One export as the view prepared it: the file's name and how to write it for a user at a time. */
public interface ExportJob {

    /** A safe file name built from validated state (view and period codes), never from report text. */
    String fileName();

    void write(OutputStream out, ZonedDateTime at, String user) throws IOException;

    /** What the file holds, for the audit log: title, filters and row count. */
    String describe();
}
