package vn.cchc.ingest;

import java.nio.file.Path;

/**
 * A file to load, with the name a user is shown for it.
 *
 * @param path    where it is
 * @param shownAs its path relative to the folder given (just its name when it was given itself),
 *                with control and bidirectional characters made visible ({@link VisibleText})
 */
public record InputFile(Path path, String shownAs) {

    /** A file given by itself: shown by its name. */
    public static InputFile of(Path path) {
        return new InputFile(path, VisibleText.of(fileName(path)));
    }

    /** The file's own name, as stored with its report ({@code source_file}), never made visible or shortened. */
    public String fileName() {
        return fileName(path);
    }

    private static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
