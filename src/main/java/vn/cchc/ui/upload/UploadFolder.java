package vn.cchc.ui.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where uploads wait between arriving and being read: one folder (cchc.upload.tmp-dir, by default
 * cchc-uploads in the system's temporary folder), files named by the server only — never by the
 * sender's file name. Each file is deleted once read or when its upload is cancelled; what a crash
 * left behind is swept at the next start.
 */
@Component
public class UploadFolder {

    private static final Logger LOG = LoggerFactory.getLogger(UploadFolder.class);
    /** Older than this at start-up, a file belongs to no open page any more. */
    static final Duration ABANDONED = Duration.ofHours(24);

    private final Path dir;

    public UploadFolder(@Value("${cchc.upload.tmp-dir:}") String configured) {
        this.dir = configured.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "cchc-uploads") : Path.of(configured);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the upload folder " + dir, e);
        }
        sweep(Instant.now().minus(ABANDONED));
    }

    /** A new empty file for one upload. */
    Path newFile() throws IOException {
        return Files.createTempFile(dir, "upload-", ".part");
    }

    Path dir() {
        return dir;
    }

    private void sweep(Instant before) {
        try (var files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith("upload-")).forEach(f -> {
                try {
                    if (Files.getLastModifiedTime(f).toInstant().isBefore(before)) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException e) {
                    LOG.warn("an abandoned upload could not be deleted: {}", f.getFileName());
                }
            });
        } catch (IOException e) {
            LOG.warn("the upload folder {} could not be swept: {}", dir, e.toString());
        }
    }
}
