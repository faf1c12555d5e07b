package vn.cchc.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.ingest.ReportParser;
import vn.cchc.ingest.ReportReadException;

/**
 * Loads many files: parses them on all cores, writes them one report per transaction in file
 * order. One bad file never stops the others or leaves half of itself behind.
 */
public final class BatchLoader {

    /** Larger files are no report appendix; refusing them bounds memory. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final ReportParser parser;
    private final ReportLoader loader;
    private final int threads;

    /** @param loader null for a dry run: read and check, write nothing */
    public BatchLoader(ReportParser parser, ReportLoader loader, int threads) {
        this.parser = parser;
        this.loader = loader;
        this.threads = Math.max(1, threads);
    }

    /** Regular files under the paths (folders recursively, hidden ones skipped), in a stable order. */
    public static List<Path> collect(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !isHidden(p, f)).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Loads the files, telling {@code progress} about each as it is done. */
    public List<FileOutcome> load(List<Path> files, Consumer<FileOutcome> progress) {
        List<FileOutcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "report-parser");
            t.setDaemon(true);
            return t;
        });
        try {
            // A bounded window of parses ahead of the writer keeps memory flat for any folder size.
            Deque<Future<FileOutcome>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < threads * 4) {
                    Path file = files.get(next++);
                    window.add(pool.submit(() -> parse(file)));
                }
                FileOutcome parsed = await(window.poll());
                FileOutcome done = write(parsed);
                outcomes.add(done);
                progress.accept(done);
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private FileOutcome parse(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (!Files.isReadable(file)) {
                return new FileOutcome(name, null, null, "cannot read the file");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return new FileOutcome(name, null, null, "too large (" + size + " bytes) for a report");
            }
            ParsedReport report = parser.parse(name, Files.readAllBytes(file));
            return new FileOutcome(name, report, null, null);
        } catch (ReportReadException e) {
            return new FileOutcome(name, null, null, e.getMessage());
        } catch (IOException e) {
            return new FileOutcome(name, null, null, "cannot read the file: " + e.getMessage());
        } catch (RuntimeException e) {
            return new FileOutcome(name, null, null, "unexpected error while reading: " + e);
        }
    }

    private FileOutcome write(FileOutcome parsed) {
        if (parsed.error() != null || loader == null) {
            return parsed;
        }
        try {
            return new FileOutcome(parsed.fileName(), parsed.report(), loader.load(parsed.report()), null);
        } catch (RuntimeException e) {
            return new FileOutcome(parsed.fileName(), parsed.report(), null, "not loaded, the warehouse is unchanged: "
                    + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage().lines().findFirst().orElse("");
    }

    private static FileOutcome await(Future<FileOutcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
