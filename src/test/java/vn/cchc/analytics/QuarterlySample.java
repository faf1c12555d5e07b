package vn.cchc.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;

/**
 * The quarterly national sample the build ships in the jar (sample/warehouse.duckdb.gz, made by a plain
 * {@code ./mvnw package}), unpacked afresh for the query benchmark into a copy of its own, as a first
 * start unpacks it: the benchmark's migrations and derived tables never touch the bundled file.
 */
final class QuarterlySample {

    static final String BUNDLED = "/sample/warehouse.duckdb.gz";

    private QuarterlySample() {
    }

    /** The unpacked copy in {@code dir}, or null (said on {@code out}) when the build made no sample. */
    static Path unpack(Path dir, PrintStream out) throws IOException {
        var resource = QuarterlySample.class.getResource(BUNDLED);
        if (resource == null) {
            out.println("no quarterly sample on the class path (" + BUNDLED + "): build it once with a plain ./mvnw package");
            return null;
        }
        Files.createDirectories(dir);
        Path db = dir.resolve("quarterly-sample.duckdb");
        Path partial = dir.resolve("quarterly-sample.duckdb.partial");
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".wal"));
        try (InputStream in = new GZIPInputStream(resource.openStream(), 1 << 16)) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(partial, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.println("unpacked the quarterly sample to " + db);
        return db;
    }
}
