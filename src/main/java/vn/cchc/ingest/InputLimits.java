package vn.cchc.ingest;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How much of a file the loader reads, so that no file — however large, long-lined or hostile —
 * can exhaust the memory or the time of a load that reads several files at once. A file over its
 * size limit is refused with one line before it is read; past any other limit the report is cut and
 * a finding ({@code input_truncated}) says what was cut.
 *
 * <p>Each limit can be set by a system property {@code cchc.limits.NAME} or an environment variable
 * {@code CCHC_LIMITS_NAME} (upper case, '-' → '_'); the property wins. The defaults lie far above
 * any real report (the seeds: 40–120 KB, 340–750 lines, lines under 1,000 characters, under 200
 * table rows) and far below what strains a 512 MB heap parsing two files at once.
 *
 * @param maxTextBytes        a text file (UTF-8, UTF-16, legacy encodings): {@code max-text-bytes}, 8 MiB
 * @param maxOfficeBytes      a .docx, .xlsx, .xls or encrypted Office file: {@code max-office-bytes}, 32 MiB
 * @param maxPdfBytes         a PDF: {@code max-pdf-bytes}, 64 MiB
 * @param maxLines            lines of text a file may unpack into (else refused): {@code max-lines}, 200,000
 * @param maxTextChars        characters of text a file may unpack into (else refused): {@code max-text-chars}, 16 Mi
 * @param maxLineChars        characters of one line; the rest is cut: {@code max-line-chars}, 20,000
 * @param maxCellsPerRow      cells of one table row; the rest is cut: {@code max-cells-per-row}, 64
 * @param maxRowsPerAppendix  appendix rows read; the rest is cut: {@code max-rows-per-appendix}, 5,000
 * @param maxFindings         findings stored per report; the rest counted in one: {@code max-findings}, 1,000
 * @param maxParseTime        reading one file; then it is stopped and fails: {@code max-parse-seconds}, 60
 */
public record InputLimits(long maxTextBytes, long maxOfficeBytes, long maxPdfBytes, int maxLines, long maxTextChars,
                          int maxLineChars, int maxCellsPerRow, int maxRowsPerAppendix, int maxFindings,
                          Duration maxParseTime) {

    private static final long MIB = 1024L * 1024;

    public static final InputLimits DEFAULTS = new InputLimits(8 * MIB, 32 * MIB, 64 * MIB, 200_000, 16 * MIB,
            20_000, 64, 5_000, 1_000, Duration.ofSeconds(60));

    private static volatile InputLimits configured;

    public InputLimits {
        if (maxTextBytes < 1 || maxOfficeBytes < 1 || maxPdfBytes < 1 || maxLines < 1 || maxTextChars < 1
                || maxLineChars < 1 || maxCellsPerRow < 5 || maxRowsPerAppendix < 1 || maxFindings < 1
                || maxParseTime.isNegative() || maxParseTime.isZero()) {
            throw new IllegalArgumentException("input limits must be positive (and at least the template's 5 cells a row)");
        }
    }

    /** The defaults with the system properties and environment variables of this process applied; read once. */
    public static InputLimits configured() {
        InputLimits limits = configured;
        if (limits == null) {
            limits = from(System.getProperties()::getProperty, System.getenv());
            configured = limits;
        }
        return limits;
    }

    /**
     * The defaults with overrides applied.
     *
     * @param properties system-property lookup ("cchc.limits.max-line-chars")
     * @param environment environment variables ("CCHC_LIMITS_MAX_LINE_CHARS")
     * @throws IllegalArgumentException naming the setting when a value is no positive whole number
     */
    public static InputLimits from(Function<String, String> properties, Map<String, String> environment) {
        Settings s = new Settings(properties, environment);
        InputLimits d = DEFAULTS;
        return new InputLimits(s.get("max-text-bytes", d.maxTextBytes), s.get("max-office-bytes", d.maxOfficeBytes),
                s.get("max-pdf-bytes", d.maxPdfBytes), (int) s.get("max-lines", d.maxLines),
                s.get("max-text-chars", d.maxTextChars), (int) s.get("max-line-chars", d.maxLineChars),
                (int) s.get("max-cells-per-row", d.maxCellsPerRow), (int) s.get("max-rows-per-appendix", d.maxRowsPerAppendix),
                (int) s.get("max-findings", d.maxFindings),
                Duration.ofSeconds(s.get("max-parse-seconds", d.maxParseTime.toSeconds())));
    }

    private record Settings(Function<String, String> properties, Map<String, String> environment) {

        long get(String name, long fallback) {
            String property = "cchc.limits." + name;
            String variable = "CCHC_LIMITS_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
            String value = properties.apply(property);
            String source = property;
            if (value == null) {
                value = environment.get(variable);
                source = variable;
            }
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                long parsed = Long.parseLong(value.strip().replace("_", ""));
                if (parsed < 1 || parsed > Integer.MAX_VALUE && !name.endsWith("-bytes") && !name.endsWith("-chars")) {
                    throw new NumberFormatException();
                }
                return parsed;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + "=" + value + ": not a positive whole number in range");
            }
        }
    }

    /** The size limit for a file whose first bytes are these, and the name of its format family. */
    public Bound sizeBound(byte[] head) {
        if (startsWith(head, 0x50, 0x4B)) {
            return new Bound(maxOfficeBytes, "a .docx or .xlsx file", "max-office-bytes");
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return new Bound(maxOfficeBytes, "an .xls or Office file", "max-office-bytes");
        }
        if (containsPdfHeader(head)) {
            return new Bound(maxPdfBytes, "a PDF", "max-pdf-bytes");
        }
        return new Bound(maxTextBytes, "a text file", "max-text-bytes");
    }

    /** A size limit: bytes, what kind of file it applies to, and the setting that changes it. */
    public record Bound(long bytes, String appliesTo, String setting) {
    }

    /** A PDF's header may follow up to 1 KB of other bytes, as {@link PdfFormat} accepts. */
    private static boolean containsPdfHeader(byte[] head) {
        for (int i = 0; i + 4 <= Math.min(head.length, 1024); i++) {
            if (head[i] == '%' && head[i + 1] == 'P' && head[i + 2] == 'D' && head[i + 3] == 'F') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
