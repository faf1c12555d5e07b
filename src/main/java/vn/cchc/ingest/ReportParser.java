package vn.cchc.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.Finding.Severity;

/**
 * Reads one report file: text → appendix rows (the reader for its text shape) → template
 * generation and matched rows → values → metadata → findings. Pure: touches no database, so it
 * can run on many files in parallel. Thread-safe.
 */
public final class ReportParser {

    /** Below this share of recognised rows the template guess is reported as uncertain. */
    private static final double CONFIDENT_SHARE = 0.6;

    private final Catalog catalog;
    private final RowMatcher matcher;
    private final MetadataDetector detector;
    private final ValueBuilder builder;
    private final Validator validator;
    private final DocumentFormats formats = new DocumentFormats();
    private final InputLimits limits;

    /** With the limits this process is configured with ({@link InputLimits#configured()}). */
    public ReportParser(Catalog catalog, ReferenceData reference) {
        this(catalog, reference, InputLimits.configured());
    }

    public ReportParser(Catalog catalog, ReferenceData reference, InputLimits limits) {
        this.catalog = catalog;
        this.limits = limits;
        GlyphRepair repair = GlyphRepair.fromClasspath();
        this.matcher = new RowMatcher(catalog, repair::repair);
        this.detector = new MetadataDetector(reference);
        this.builder = new ValueBuilder(catalog);
        this.validator = new Validator(catalog);
    }

    /**
     * @param fileName the file's name only; used in messages and stored, never opened
     * @throws ReportReadException when the bytes are no report we can read
     */
    public ParsedReport parse(String fileName, byte[] bytes) throws ReportReadException {
        ParseDeadline.start(limits.maxParseTime());
        try {
            return parseWithin(fileName, bytes);
        } catch (ParseDeadline.Stopped e) {
            throw new ReportReadException(e.getMessage());
        } finally {
            ParseDeadline.clear();
        }
    }

    /** The limits this parser reads within. */
    public InputLimits limits() {
        return limits;
    }

    private ParsedReport parseWithin(String fileName, byte[] bytes) throws ReportReadException {
        DocumentText document = formats.read(bytes);
        ParseDeadline.check();
        BoundedText.Result bounded = BoundedText.bound(document.lines(), limits);
        List<String> lines = AppendixLocator.located(bounded.lines());
        List<Finding> findings = new ArrayList<>(bounded.findings());
        findings.addAll(document.findings());
        AppendixReader reader = ShapeDetector.detect(lines, catalog.units());
        List<AppendixRow> rows = BoundedText.rows(reader.read(lines), limits, findings);
        ParseDeadline.check();
        if (rows.stream().noneMatch(r -> !r.isHeading())) {
            throw new ReportReadException("no statistics appendix (Phụ lục with a 'Chỉ tiêu thống kê' table) found");
        }
        // The generation whose exact labels occur most is the template; only when no label is exact
        // (a badly damaged text) is every generation matched in full to decide.
        List<RowMatcher.PreparedRow> prepared = matcher.prepare(rows);
        Map<String, Integer> exact = new TreeMap<>();
        matcher.generations().forEach(g -> exact.put(g, matcher.exactLabels(prepared, g)));
        Map<String, Integer> score = exact;
        if (exact.values().stream().allMatch(n -> n == 0)) {
            score = new TreeMap<>();
            for (String g : matcher.generations()) {
                score.put(g, RowMatcher.recognised(matcher.matchPrepared(prepared, g)));
            }
        }
        String generation = score.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
        List<MatchedRow> matched = matcher.matchPrepared(prepared, generation);
        int recognised = RowMatcher.recognised(matched);
        long tableRows = rows.stream().filter(r -> !r.isHeading()).count();
        Detected template = new Detected(generation, recognised + " of " + tableRows + " rows match the "
                + generation + " template (rows written exactly as each generation prints them: " + exact + ")", 0);

        if (recognised < CONFIDENT_SHARE * tableRows) {
            findings.add(Finding.of("template_uncertain", Severity.WARNING, 0, "Only " + template.evidence()));
        }
        ValueBuilder.Result built = builder.build(matched);
        ReportMetadata metadata = detector.detect(lines, AppendixLocator.start(lines).orElse(lines.size()));
        findings.addAll(metadata.findings());
        findings.addAll(built.findings());
        findings.addAll(validator.check(built.values()));
        findings = BoundedText.findings(findings, limits);
        String shape = document.format().equals("text") ? reader.shape() : document.format() + "/" + reader.shape();
        return new ParsedReport(fileName, sha256(bytes), bytes.length, shape, template, metadata,
                built.values(), findings, document.encoding());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
