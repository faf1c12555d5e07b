package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;
import static vn.cchc.warehouse.jooq.Tables.REPORT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.catalog.Csv;
import vn.cchc.warehouse.Warehouse;

/**
 * The generator and the loader as a user chains them on the command line: a history written as
 * Word, Excel and PDF files only, then the reports of 2025-Q2 and 2025-Q3 (either side of the
 * reorganisation; the rest only to keep the test short) loaded — every file loads, in the format it
 * was written in, and the warehouse holds exactly the manifest's values for them.
 * (HistoryRoundTripIT compares them one by one.)
 */
class GenerateThenLoadIT {

    @TempDir
    Path tmp;

    @Test
    void aHistoryOfWordExcelAndPdfFilesLoadsThroughTheCommandLine() throws IOException {
        Path out = tmp.resolve("history");
        CliRun generate = CliRun.of("generate", "--out", out.toString(), "--from", "2025", "--to", "2025", "--seed", "11",
                "--provinces", "1", "--formats", "docx,xlsx,pdf", "--lang", "en");
        assertThat(generate.exit()).as(generate.err()).isZero();
        List<Path> all;
        try (Stream<Path> walk = Files.walk(out.resolve("reports"))) {
            all = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(all.stream().map(p -> extension(p.getFileName().toString())).distinct().sorted())
                .containsExactly("docx", "pdf", "xlsx");
        List<Path> chosen = all.stream().filter(p -> p.getFileName().toString().matches("2025-Q[23]_.*")).toList();
        Set<String> names = chosen.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        long files = chosen.size();
        assertThat(names.stream().map(GenerateThenLoadIT::extension).distinct()).hasSize(3);

        Path db = tmp.resolve("w.duckdb");
        List<String> args = new ArrayList<>(List.of("load", "--db", db.toString(), "--lang", "en"));
        chosen.forEach(p -> args.add(p.toString()));
        CliRun load = CliRun.of(args.toArray(String[]::new));

        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(load.out()).contains("Total " + files + " files: loaded " + files);
        List<Map<String, String>> manifest = Csv.read(Files.newInputStream(out.resolve("manifest.csv")), "manifest.csv")
                .stream().filter(m -> names.contains(m.get("file"))).toList();
        try (Warehouse w = Warehouse.open(db)) {
            Map<String, String> shapes = new TreeMap<>();
            w.dsl().select(REPORT.FILE_NAME, REPORT.TEXT_SHAPE).from(REPORT).fetch()
                    .forEach(r -> shapes.put(r.value1(), r.value2()));
            assertThat(shapes).hasSize((int) files);
            shapes.forEach((name, shape) -> assertThat(shape).as(name)
                    .startsWith(extension(name) + "/"));
            assertThat(w.dsl().fetchCount(INDICATOR_VALUES)).isEqualTo(manifest.size());
            long numbers = manifest.stream().filter(m -> !m.get("value").equals("NULL")).count();
            assertThat(w.dsl().fetchCount(INDICATOR_VALUES, INDICATOR_VALUES.VALUE.isNotNull())).isEqualTo((int) numbers);
        }
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
