package vn.cchc.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC-4180 reader for the project's own data files (catalog and reference data):
 * header row first, fields quoted when they hold a comma, quote or line break.
 */
public final class Csv {

    private Csv() {
    }

    /** Rows as maps from header name to field; blank lines skipped. */
    public static List<Map<String, String>> read(InputStream in, String source) {
        try (in) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<List<String>> records = parse(text, source);
            if (records.isEmpty()) {
                return List.of();
            }
            List<String> header = records.getFirst();
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 1; i < records.size(); i++) {
                List<String> fields = records.get(i);
                if (fields.size() == 1 && fields.getFirst().isBlank()) {
                    continue;
                }
                if (fields.size() > header.size()) {
                    throw new IllegalArgumentException(source + ": record " + (i + 1) + " has "
                            + fields.size() + " fields, the header has " + header.size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    row.put(header.get(c).trim(), c < fields.size() ? fields.get(c).trim() : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private static List<List<String>> parse(String text, String source) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(source + ": unterminated quoted field");
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
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
