package vn.cchc.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ReportParser;

/**
 * The five real seed reports — the copies the jar ships for its sample warehouse (resources
 * /sample/seeds) — and what a correct loader reads from them (test resource /seeds/expected.csv).
 */
public final class SeedReports {

    public static final List<String> FILES = vn.cchc.intake.SampleWarehouse.SEEDS;

    private SeedReports() {
    }

    /** Copies the seeds into a folder, as a user's folder of reports (again: the same files). */
    public static Path copyTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String f : FILES) {
                try (InputStream in = SeedReports.class.getResourceAsStream("/sample/seeds/" + f)) {
                    Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String file) {
        return resource("/sample/seeds/" + file);
    }

    private static byte[] resource(String path) {
        try (InputStream in = SeedReports.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of seeds/expected.csv: seed, key, expected, note (the free-text note may hold unquoted commas). */
    public static List<Map<String, String>> expected() {
        String text = new String(resource("/seeds/expected.csv"), java.nio.charset.StandardCharsets.UTF_8);
        return text.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", 4))
                .map(f -> Map.of("seed", f[0], "key", f[1], "expected", f[2], "note", f.length > 3 ? f[3] : ""))
                .toList();
    }

    public static ReportParser parser() {
        return new ReportParser(Catalog.bundled(), ReferenceData.bundled());
    }
}
