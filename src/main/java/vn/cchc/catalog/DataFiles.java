package vn.cchc.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the catalog and reference CSV files come from: the copies bundled in the jar, or a
 * directory of corrected copies a user points at (a file missing there falls back to the bundle).
 */
public record DataFiles(String classpathFolder, Path overrideDir) {

    public static DataFiles bundled(String classpathFolder) {
        return new DataFiles(classpathFolder, null);
    }

    /** The files of one folder ("catalog", "reference"), corrected copies taken from {@code dataDir/folder} when given. */
    public static DataFiles in(Path dataDir, String folder) {
        return new DataFiles(folder, dataDir == null ? null : dataDir.resolve(folder));
    }

    public List<Map<String, String>> rows(String fileName) {
        return Csv.read(open(fileName), describe(fileName));
    }

    public byte[] bytes(String fileName) {
        try (InputStream in = open(fileName)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream open(String fileName) {
        try {
            if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(fileName))) {
                return Files.newInputStream(overrideDir.resolve(fileName));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InputStream in = DataFiles.class.getResourceAsStream("/" + classpathFolder + "/" + fileName);
        if (in == null) {
            throw new IllegalStateException("missing data file " + describe(fileName));
        }
        return in;
    }

    private String describe(String fileName) {
        return (overrideDir != null && Files.isRegularFile(overrideDir.resolve(fileName))
                ? overrideDir.resolve(fileName).toString() : classpathFolder + "/" + fileName);
    }
}
