package vn.cchc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.sample.Agency;
import vn.cchc.sample.FileFormat;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;
import vn.cchc.sample.TextShape;

/**
 * {@code generate --out DIR [--from 2019] [--to 2026] [--seed N] [--provinces K] [--formats txt,docx,xlsx,pdf]
 * [--lang vi|en]}:
 * writes a synthetic history of reports and its manifest (see {@link HistoryGenerator}), and says
 * how to load it.
 */
final class GenerateCommand {

    /** The warehouse's period table covers these years. */
    private static final int FIRST_YEAR = 2010;
    private static final int LAST_YEAR = 2040;
    /** A line on stderr every so many reports: a national run writes tens of thousands. */
    private static final int PROGRESS_EVERY = 2000;

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    GenerateCommand(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** The options the command takes; {@code provinces} 0 means all; each report takes one of {@code formats}. */
    record Options(Path out, int from, int to, long seed, int provinces, Set<FileFormat> formats) {

        static Options parse(List<String> args) {
            Path dir = null;
            int from = 2019;
            int to = 2026;
            long seed = 1;
            int provinces = 0;
            Set<FileFormat> formats = EnumSet.allOf(FileFormat.class);
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--out" -> dir = Path.of(value(args, ++i, a));
                    case "--from" -> from = number(args, ++i, a);
                    case "--to" -> to = number(args, ++i, a);
                    case "--seed" -> seed = Long.parseLong(numberText(args, ++i, a));
                    case "--provinces" -> provinces = number(args, ++i, a);
                    case "--formats" -> formats = formats(value(args, ++i, a));
                    case "--lang" -> value(args, ++i, a);
                    default -> throw new UsageException("unknown option or argument " + a);
                }
            }
            if (dir == null) {
                throw new UsageException("--out DIR is required");
            }
            if (from < FIRST_YEAR || to > LAST_YEAR || from > to) {
                throw new UsageException("--from and --to must be years from " + FIRST_YEAR + " to " + LAST_YEAR
                        + ", --from not after --to");
            }
            if (provinces < 0) {
                throw new UsageException("--provinces must be a positive number");
            }
            return new Options(dir, from, to, seed, provinces, formats);
        }

        private static Set<FileFormat> formats(String list) {
            try {
                return FileFormat.parseList(list);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--formats: " + e.getMessage());
            }
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new UsageException(option + " needs a value");
            }
            return args.get(i);
        }

        private static String numberText(List<String> args, int i, String option) {
            String v = value(args, i, option);
            if (!v.matches("-?\\d{1,18}")) {
                throw new UsageException(option + " needs a whole number, not " + v);
            }
            return v;
        }

        private static int number(List<String> args, int i, String option) {
            String v = numberText(args, i, option);
            if (v.length() > 9) {
                throw new UsageException(option + " " + v + " is too large");
            }
            return Integer.parseInt(v);
        }
    }

    int run(List<String> args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(messages.get("generate.usage"));
            return 2;
        }
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
