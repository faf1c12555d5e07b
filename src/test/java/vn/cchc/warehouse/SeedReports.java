package vn.cchc.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ReportParser;

/** The five real seed reports (test resources /seeds) and what a correct loader reads from them. */
final class SeedReports {

    static final List<String> FILES = List.of("000_325df2895e38e3a8.txt", "001_5861b1071b6d393a.txt",
            "002_fff703ffbe76582a.txt", "003_6e93ae04989b8532.txt", "004_197f7b6bb391846f.txt");

    private SeedReports() {
    }

    /** Copies the seeds into a folder, as a user's folder of reports. */
    static Path copyTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String f : FILES) {
                try (InputStream in = SeedReports.class.getResourceAsStream("/seeds/" + f)) {
                    Files.copy(in, dir.resolve(f));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String file) {
        try (InputStream in = SeedReports.class.getResourceAsStream("/seeds/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of seeds/expected.csv: seed, key, expected, note (the free-text note may hold unquoted commas). */
    static List<Map<String, String>> expected() {
        String text = new String(bytes("expected.csv"), java.nio.charset.StandardCharsets.UTF_8);
        return text.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", 4))
                .map(f -> Map.of("seed", f[0], "key", f[1], "expected", f[2], "note", f.length > 3 ? f[3] : ""))
                .toList();
    }

    static ReportParser parser() {
        return new ReportParser(Catalog.bundled(), ReferenceData.bundled());
    }
}
