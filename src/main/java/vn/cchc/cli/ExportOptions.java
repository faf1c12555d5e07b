package vn.cchc.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;
import vn.cchc.export.ExportLanguage;

/**
 * {@code export --db FILE --indicator ID [--from P] [--to P] [--province X] [--boundary 63|34]
 * [--kind K] [--agency A] [--pivot] --out FILE [--format xlsx|csv] [--force] [--lang vi|en]}, as
 * picocli fills it in; {@link #check} says what picocli's types cannot. What only the warehouse knows
 * (the indicator, the periods, the province) {@link ExportCommand} checks against it.
 */
final class ExportOptions {

    @Option(names = "--db", paramLabel = "${bundle:label.file}", descriptionKey = "opt.export.db")
    private Path db;

    @Option(names = "--indicator", paramLabel = "${bundle:label.id}", descriptionKey = "opt.export.indicator")
    private String indicator;

    @Option(names = "--from", paramLabel = "${bundle:label.period}", descriptionKey = "opt.export.from")
    private String from;

    @Option(names = "--to", paramLabel = "${bundle:label.period}", descriptionKey = "opt.export.to")
    private String to;

    @Option(names = "--province", paramLabel = "${bundle:label.province}", descriptionKey = "opt.export.province")
    private String province;

    @Option(names = "--boundary", paramLabel = "63|34", descriptionKey = "opt.export.boundary")
    private String boundary;

    @Option(names = "--kind", paramLabel = "${bundle:label.kind}", descriptionKey = "opt.export.kind")
    private String kind;

    @Option(names = "--agency", paramLabel = "${bundle:label.agency}", descriptionKey = "opt.export.agency")
    private String agency;

    @Option(names = "--pivot", descriptionKey = "opt.export.pivot")
    private boolean pivot;

    @Option(names = "--out", paramLabel = "${bundle:label.file}", descriptionKey = "opt.export.out")
    private Path out;

    @Option(names = "--format", paramLabel = "xlsx|csv", descriptionKey = "opt.export.format")
    private String format;

    @Option(names = "--force", descriptionKey = "opt.export.force")
    private boolean force;

    private ExportLanguage language;

    void check(Messages messages) {
        if (boundary != null && !boundary.equals("63") && !boundary.equals("34")) {
            throw new UsageException("--boundary must be 63 (the provinces until 2025-06-30) or 34 (since 2025-07-01), not " + boundary);
        }
        if (format != null && !format.equalsIgnoreCase("xlsx") && !format.equalsIgnoreCase("csv")) {
            throw new UsageException("--format must be xlsx or csv, not " + format);
        }
        if (db == null) {
            throw new UsageException("--db FILE is required");
        }
        if (indicator == null) {
            throw new UsageException("--indicator ID is required");
        }
        if (out == null) {
            throw new UsageException("--out FILE is required");
        }
        if (boundary != null && province == null) {
            throw new UsageException("--boundary goes with --province");
        }
        language = ExportLanguage.of(messages.locale());
    }

    Path db() {
        return db;
    }

    String indicator() {
        return indicator;
    }

    String from() {
        return from;
    }

    String to() {
        return to;
    }

    String province() {
        return province;
    }

    /** 63, 34, or 0 when not given (the province's name decides). */
    int boundary() {
        return boundary == null ? 0 : Integer.parseInt(boundary);
    }

    String kind() {
        return kind;
    }

    String agency() {
        return agency;
    }

    boolean pivot() {
        return pivot;
    }

    Path out() {
        return out;
    }

    /** CSV instead of .xlsx: {@code --format csv}, or an --out file ending in .csv. */
    boolean csv() {
        return format != null ? format.equalsIgnoreCase("csv")
                : out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** Overwrite an existing --out file (refused otherwise). */
    boolean force() {
        return force;
    }

    ExportLanguage language() {
        return language;
    }
}
