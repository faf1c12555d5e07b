package vn.cchc.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code load --db FILE [--dry-run] [--threads N] [--data DIR] [--lang vi|en] PATH...}
 *
 * @param dataDir corrected copies of the catalog and reference CSV files (subfolders catalog/ and
 *                reference/), or null for the bundled ones
 */
record LoadOptions(Path db, boolean dryRun, int threads, Path dataDir, List<Path> paths) {

    static LoadOptions parse(List<String> args) {
        Path db = null;
        boolean dryRun = false;
        Path dataDir = null;
        int threads = Runtime.getRuntime().availableProcessors();
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--db" -> db = Path.of(value(args, ++i, a));
                case "--dry-run" -> dryRun = true;
                case "--data" -> dataDir = Path.of(value(args, ++i, a));
                case "--threads" -> threads = Math.max(1, Integer.parseInt(value(args, ++i, a)));
                case "--lang" -> value(args, ++i, a);
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a);
                    }
                    paths.add(Path.of(a));
                }
            }
        }
        if (db == null && !dryRun) {
            throw new UsageException("--db FILE is required");
        }
        if (paths.isEmpty()) {
            throw new UsageException("no file or folder to load");
        }
        return new LoadOptions(db, dryRun, threads, dataDir, paths);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }
}
