package vn.cchc.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The project's own data files (catalog and reference data) through Apache Commons CSV (RFC 4180:
 * header row first, fields quoted when they hold a comma, quote or line break). Columns are read by
 * their header names, never by position, so that a column can be added or moved without touching
 * the readers.
 */
public final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();

    private Csv() {
    }

    /** Rows as maps from header name to field, in column order; blank lines skipped, missing trailing fields empty. */
    public static List<Map<String, String>> read(InputStream in, String source) {
        try (in) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return rows(text, source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private static List<Map<String, String>> rows(String text, String source) throws IOException {
        List<String> header = null;
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord record : parser) {
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = record.toList();
                    continue;
                }
                if (record.size() > header.size()) {
                    throw new IllegalArgumentException(source + ": record " + record.getRecordNumber() + " has "
                            + record.size() + " fields, the header has " + header.size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    row.put(header.get(c), c < record.size() ? record.get(c) : "");
                }
                rows.add(row);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports an open quote at the end of the text as "EOF reached before encapsulated token finished".
            String message = String.valueOf(e.getMessage());
            throw new IllegalArgumentException(source + ": "
                    + (message.contains("EOF reached before encapsulated token") ? "unterminated quoted field" : message), e);
        }
        return rows;
    }

    /** A '|'-separated list field as its non-blank parts. */
    public static List<String> list(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String p : field.split("\\|")) {
            if (!p.isBlank()) {
                parts.add(p.trim());
            }
        }
        return parts;
    }
}
