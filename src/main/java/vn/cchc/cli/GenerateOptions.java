package vn.cchc.cli;

import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine.Option;
import vn.cchc.sample.FileFormat;

/**
 * {@code generate --out DIR [--from 2019] [--to 2026] [--seed N] [--provinces K] [--formats txt,docx,xlsx,pdf]},
 * as picocli fills it in; {@link #check} says what picocli's types cannot (ranges, the list of formats).
 */
final class GenerateOptions {

    /** The warehouse's period table covers these years. */
    private static final int FIRST_YEAR = 2010;
    private static final int LAST_YEAR = 2040;

    @Option(names = "--out", paramLabel = "${bundle:label.dir}", descriptionKey = "opt.generate.out")
    private Path out;

    @Option(names = "--from", paramLabel = "${bundle:label.year}", descriptionKey = "opt.generate.from")
    private int from = 2019;

    @Option(names = "--to", paramLabel = "${bundle:label.year}", descriptionKey = "opt.generate.to")
    private int to = 2026;

    @Option(names = "--seed", paramLabel = "N", descriptionKey = "opt.generate.seed")
    private long seed = 1;

    /** 0: all. */
    @Option(names = "--provinces", paramLabel = "K", descriptionKey = "opt.generate.provinces")
    private int provinces;

    @Option(names = "--formats", paramLabel = "F,...", descriptionKey = "opt.generate.formats")
    private String formats = "txt,docx,xlsx,pdf";

    private Set<FileFormat> formatSet;

    void check() {
        if (out == null) {
            throw new UsageException("--out DIR is required");
        }
        if (from < FIRST_YEAR || to > LAST_YEAR || from > to) {
            throw new UsageException("--from and --to must be years from " + FIRST_YEAR + " to " + LAST_YEAR
                    + ", --from not after --to");
        }
        if (provinces < 0) {
            throw new UsageException("--provinces must be a positive number");
        }
        try {
            formatSet = FileFormat.parseList(formats);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--formats: " + e.getMessage());
        }
    }

    Path out() {
        return out;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    long seed() {
        return seed;
    }

    int provinces() {
        return provinces;
    }

    /** Each report takes one of them, chosen from the seed. Valid after {@link #check}. */
    Set<FileFormat> formats() {
        return formatSet;
    }
}
