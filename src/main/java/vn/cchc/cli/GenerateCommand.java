package vn.cchc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.sample.Agency;
import vn.cchc.sample.FileFormat;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;
import vn.cchc.sample.TextShape;

/**
 * {@code generate} ({@link GenerateOptions}): writes a synthetic history of reports and its manifest
 * (see {@link HistoryGenerator}), and says how to load it.
 */
@Command(name = "generate", header = "${bundle:generate.header}", description = "${bundle:generate.description}",
        footer = "${bundle:generate.footer}")
final class GenerateCommand implements Callable<Integer> {

    /** A line on stderr every so many reports: a national run writes tens of thousands. */
    private static final int PROGRESS_EVERY = 2000;

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    @Mixin
    GenerateOptions options;

    @Mixin
    HelpOption help;

    GenerateCommand(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        options.check();
        GeneratorSettings settings = GeneratorSettings.of(options.seed(), options.from(), options.to(), options.provinces())
                .withFormats(options.formats());
        HistoryGenerator generator = new HistoryGenerator(Catalog.bundled(), ReferenceData.bundled(), settings);
        int[] done = {0};
        HistoryGenerator.Summary s;
        try {
            s = generator.write(options.out(), report -> {
                if (++done[0] % PROGRESS_EVERY == 0) {
                    err.println(messages.get("generate.progress", done[0], report.period().code()));
                }
            });
        } catch (IllegalStateException e) {
            err.println(messages.get("generate.notEmpty", options.out()));
            return 2;
        } catch (IOException e) {
            err.println(messages.get("generate.ioError", e.getMessage()));
            return 1;
        }
        out.println(messages.get("generate.done", s.reports(), options.from(), options.to(), s.reportFolder()));
        out.println(messages.get("generate.kinds", count(s, Agency.Kind.PROVINCE), count(s, Agency.Kind.DEPARTMENT),
                count(s, Agency.Kind.DISTRICT)));
        out.println(messages.get("generate.shapes", shapes(s, TextShape.MARKDOWN_TABBED), shapes(s, TextShape.PLAIN_TABBED),
                shapes(s, TextShape.PDF_LAYOUT)));
        out.println(messages.get("generate.formats", formats(s, FileFormat.TXT), formats(s, FileFormat.DOCX),
                formats(s, FileFormat.XLSX), formats(s, FileFormat.PDF)));
        out.println(messages.get("generate.values", s.values(), s.nullValues(), s.planted()));
        out.println(messages.get("generate.manifest", s.manifest(), s.inconsistencies()));
        out.println(messages.get("generate.next", s.reportFolder()));
        return 0;
    }

    private static int count(HistoryGenerator.Summary s, Agency.Kind kind) {
        return s.byKind().getOrDefault(kind, 0);
    }

    private static int formats(HistoryGenerator.Summary s, FileFormat format) {
        return s.byFormat().getOrDefault(format, 0);
    }

    private static int shapes(HistoryGenerator.Summary s, TextShape shape) {
        return s.byShape().getOrDefault(shape, 0);
    }
}
