package vn.cchc.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code load --db FILE|--server URL [--dry-run] [--threads N] [--data DIR] [--lang vi|en] PATH...}, as picocli
 * fills it in. Required values are checked by {@link #check} rather than picocli's {@code required}:
 * --db may be left out with --dry-run, and the reasons stay the ones scripts have seen (English, like
 * every reason that quotes option syntax).
 */
final class LoadOptions {

    @Option(names = "--db", paramLabel = "${bundle:label.file}", descriptionKey = "opt.load.db")
    private Path db;

    /** A running app to send the files to (its API), instead of a warehouse file. */
    @Option(names = "--server", paramLabel = "URL", descriptionKey = "opt.load.server")
    private String server;

    @Option(names = "--dry-run", descriptionKey = "opt.load.dryRun")
    private boolean dryRun;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "opt.load.threads")
    private int threads = Runtime.getRuntime().availableProcessors();

    /** Corrected copies of the catalog and reference CSV files (catalog/, reference/); null: the bundled ones. */
    @Option(names = "--data", paramLabel = "${bundle:label.dir}", descriptionKey = "opt.load.data")
    private Path dataDir;

    @Parameters(paramLabel = "${bundle:label.path}", descriptionKey = "opt.load.paths", arity = "0..*")
    private List<Path> paths = new ArrayList<>();

    void check() {
        if (server != null && (db != null || dryRun)) {
            throw new UsageException("--server does not go with --db or --dry-run: the running app owns its warehouse");
        }
        if (db == null && !dryRun && server == null) {
            throw new UsageException("--db FILE is required");
        }
        if (paths.isEmpty()) {
            throw new UsageException("no file or folder to load");
        }
    }

    Path db() {
        return db;
    }

    /** The app's address for {@code load --server}, else null. */
    String server() {
        return server;
    }

    boolean dryRun() {
        return dryRun;
    }

    int threads() {
        return Math.max(1, threads);
    }

    Path dataDir() {
        return dataDir;
    }

    List<Path> paths() {
        return paths;
    }
}
