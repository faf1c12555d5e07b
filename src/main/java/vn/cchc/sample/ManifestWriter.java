package vn.cchc.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The manifest next to the reports, the truth of the round trip: manifest.csv with every value of
 * every report (file, province, agency, agency_kind, period, template, indicator, value — NULL where
 * the report gives none), and manifest_inconsistencies.csv with the errors planted on purpose
 * (file, rule, indicator). RFC 4180, UTF-8, as the project's own data files.
 */
final class ManifestWriter implements AutoCloseable {

    static final String VALUES = "manifest.csv";
    static final String INCONSISTENCIES = "manifest_inconsistencies.csv";

    private final BufferedWriter values;
    private final BufferedWriter inconsistencies;

    ManifestWriter(Path dir) throws IOException {
        values = Files.newBufferedWriter(dir.resolve(VALUES), StandardCharsets.UTF_8);
        inconsistencies = Files.newBufferedWriter(dir.resolve(INCONSISTENCIES), StandardCharsets.UTF_8);
        row(values, "file", "province", "agency", "agency_kind", "period", "template", "indicator", "value");
        row(inconsistencies, "file", "rule", "indicator");
    }

    void add(GeneratedReport report) throws IOException {
        for (ManifestValue v : report.values()) {
            row(values, report.fileName(), report.provinceName(), report.agency().name(), report.agency().kind().code(),
                    report.period().code(), report.generation(), v.indicator(), v.text());
        }
        for (PlantedInconsistency p : report.planted()) {
            row(inconsistencies, report.fileName(), p.rule(), p.indicator());
        }
    }

    private static void row(BufferedWriter out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields[i]));
        }
        out.write('\n');
    }

    private static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    @Override
    public void close() throws IOException {
        try (values; inconsistencies) {
            values.flush();
            inconsistencies.flush();
        }
    }
}
