package vn.cchc.intake;

import java.nio.file.Path;

/**
 * A file as it reached the server (an upload's temporary file, an API request's part, an inbox
 * file): the name its sender gave it — kept as the report's source_file, never trusted as a path —
 * and where its bytes are now.
 *
 * @param deleteAfterReading a temporary copy, removed as soon as it has been read
 */
public record Staged(String name, Path bytes, boolean deleteAfterReading) {

    /** The last segment of the given name, whatever separators a browser or a zip used. */
    public String fileName() {
        String n = name == null ? "" : name;
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        String last = n.substring(slash + 1).strip();
        return last.isEmpty() ? "unnamed" : last;
    }
}
