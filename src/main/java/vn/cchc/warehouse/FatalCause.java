package vn.cchc.warehouse;

import java.util.Optional;

/**
 * Whether a failure to write is the warehouse's, not the report's: a full disk, a read-only file
 * system, a warehouse DuckDB has invalidated. Then every further report would fail the same way
 * (DuckDB refuses all writes once it has invalidated a database), so the load stops at once and
 * says why, instead of printing the same error for every file left.
 */
public final class FatalCause {

    private FatalCause() {
    }

    /** The cause in words a user can act on, found anywhere along the cause chain; empty for a report's own error. */
    public static Optional<String> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("No space left on device") || m.contains("Disk quota exceeded")) {
                return Optional.of("the disk is full (No space left on device)");
            }
            if (m.contains("Read-only file system")) {
                return Optional.of("the warehouse's file system is read-only (Read-only file system)");
            }
            if (m.contains("database has been invalidated") || m.contains("FATAL Error")) {
                return Optional.of("DuckDB invalidated the warehouse after a fatal error (" + firstLine(m) + ")");
            }
            if (m.contains("Permission denied")) {
                return Optional.of("no permission to write the warehouse (Permission denied)");
            }
        }
        return Optional.empty();
    }

    /** Whether DuckDB refused the file because another process holds its lock (the web app, another load). */
    public static boolean isLock(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
