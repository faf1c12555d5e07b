package vn.cchc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.cchc.analytics.AnalyticsTables;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.Detected;
import vn.cchc.ingest.Finding;
import vn.cchc.ingest.InputFile;
import vn.cchc.ingest.InputFiles;
import vn.cchc.ingest.InputLimits;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.security.Actor;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;
import vn.cchc.intake.ReportIntake;
import vn.cchc.warehouse.Warehouse;

/** {@code load}: files or folders into the warehouse, a summary, non-zero exit when a file failed. */
@Command(name = "load", header = "${bundle:load.header}", description = "${bundle:load.description}",
        footer = "${bundle:load.footer}")
final class LoadCommand implements Callable<Integer> {

    /** The warehouse failed (disk full, read-only, invalidated by DuckDB) and the load stopped. */
    static final int FATAL_EXIT = 4;

    /** From this many files on, a progress bar is worth showing. */
    private static final int PROGRESS_FROM = 20;

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;
    private ReferenceData reference;

    @Mixin
    LoadOptions options;

    @Mixin
    HelpOption help;

    /** The account store whose audit log records the load (the web app's unless --accounts names one). */
    @Mixin
    AccountFile accounts;

    LoadCommand(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        options.check();
        List<InputFile> files;
        try {
            for (Path p : options.paths()) {
                if (!Files.exists(p)) {
                    throw new UsageException(messages.get("load.missing", p));
                }
            }
            files = InputFiles.collect(options.paths());
        } catch (IOException e) {
            err.println(messages.get("load.cannotList", e.getMessage()));
            return 2;
        }
        InputLimits limits;
        try {
            limits = InputLimits.configured();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage()); // a cchc.limits.* setting that is no number
        }
        Progress progress = new Progress(err, files.size(), files.size() >= PROGRESS_FROM);
        if (options.server() != null) {
            return new ServerLoad(messages, out, err).run(options.server(), System.getenv(ServerLoad.TOKEN_VARIABLE),
                    files, progress);
        }
        List<FileOutcome> outcomes;
        if (options.dryRun()) {
            ReportIntake intake = ReportIntake.of(null, options.dataDir(), limits, options.threads(), () -> { });
            reference = intake.reference();
            outcomes = intake.readFiles(files, BatchLoader.Gate.OPEN, progress::step);
        } else {
            try (Warehouse warehouse = Warehouse.open(options.db(), options.dataDir())) {
                // The server's own command line loads for the whole country; the derived tables are
                // brought up to date here, so the app finds them current at its next start.
                AnalyticsTables derived = new AnalyticsTables(warehouse.dsl());
                ReportIntake intake = ReportIntake.of(warehouse, options.dataDir(), limits, options.threads(),
                        derived::ensureFresh);
                reference = intake.reference();
                outcomes = intake.loadFiles(files, BatchLoader.Gate.openTo(Actor.commandLine().name()), progress::step);
            }
            String notAudited = LoadAudit.record(accounts, messages, options.db().getFileName().toString(), outcomes);
            if (notAudited != null) {
                err.println(notAudited);
            }
        }
        progress.finish();
        outcomes.forEach(this::printFile);
        return summary(outcomes, options.dryRun());
    }

    private void printFile(FileOutcome o) {
        switch (o.kind()) {
            case FAILED, REFUSED -> err.println(messages.get("load.failed", o.fileName(), o.error()));
            case FATAL -> err.println(messages.get("load.fatal", o.fileName(), o.error()));
            case NOT_ATTEMPTED -> err.println(messages.get("load.notAttempted", o.fileName(), o.error()));
            case DUPLICATE -> out.println(messages.get("load.duplicate", o.fileName(), o.result().reportId()));
            case DRY_RUN -> {
                out.println(messages.get("load.wouldLoad", o.fileName(), describe(o.report()), o.valueCount()));
                o.findings().forEach(f -> out.println("    " + finding(f)));
            }
            case LOADED -> {
                if (!o.result().superseded().isEmpty()) {
                    out.println(messages.get("load.supersedes", o.fileName(), o.result().superseded()));
                }
            }
        }
    }

    private String describe(ParsedReport r) {
        var m = r.metadata();
        String province = m.province() == null ? "?"
                : reference.province(m.province().value()).map(p -> p.name()).orElse(m.province().value());
        return String.join(" · ", province, value(m.agency()), value(m.agencyKind()), value(m.period()),
                messages.get("load.template", value(r.template())));
    }

    private static String value(Detected d) {
        return d == null ? "?" : d.value();
    }

    private static String finding(Finding f) {
        return "[" + f.rule() + (f.line() > 0 ? " @" + f.line() : "") + "] " + f.message();
    }

    private int summary(List<FileOutcome> outcomes, boolean dryRun) {
        Map<FileOutcome.Kind, Long> counts = new TreeMap<>();
        Map<String, Long> rules = new TreeMap<>();
        long superseded = 0;
        long values = 0;
        for (FileOutcome o : outcomes) {
            counts.merge(o.kind(), 1L, Long::sum);
            o.findings().forEach(f -> rules.merge(f.rule(), 1L, Long::sum));
            if (o.kind() == FileOutcome.Kind.LOADED) {
                superseded += o.result().superseded().size();
                values += o.valueCount();
            }
        }
        long failed = counts.getOrDefault(FileOutcome.Kind.FAILED, 0L) + counts.getOrDefault(FileOutcome.Kind.FATAL, 0L)
                + counts.getOrDefault(FileOutcome.Kind.REFUSED, 0L);
        if (dryRun) {
            out.println(messages.get("summary.dryRun", outcomes.size(), counts.getOrDefault(FileOutcome.Kind.DRY_RUN, 0L), failed));
        } else {
            out.println(messages.get("summary.load", outcomes.size(), counts.getOrDefault(FileOutcome.Kind.LOADED, 0L),
                    values, counts.getOrDefault(FileOutcome.Kind.DUPLICATE, 0L), superseded, failed));
        }
        if (!rules.isEmpty()) {
            out.println(messages.get("summary.findings"));
            rules.forEach((rule, n) -> out.println(String.format("  %-28s %d", rule, n)));
        }
        long notAttempted = counts.getOrDefault(FileOutcome.Kind.NOT_ATTEMPTED, 0L);
        if (counts.containsKey(FileOutcome.Kind.FATAL)) {
            out.println(messages.get("summary.stopped", notAttempted));
            return FATAL_EXIT;
        }
        return failed > 0 ? 1 : 0;
    }
}
