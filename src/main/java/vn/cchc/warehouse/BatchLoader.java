package vn.cchc.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.ingest.ReportParser;
import vn.cchc.ingest.ReportReadException;

/**
 * Loads many files: parses them on all cores while one writer stores them in file order, a batch of
 * reports per transaction. One bad file never stops the others or leaves half of itself behind
 * (see {@link ReportLoader#loadAll}).
 */
public final class BatchLoader {

    /** Larger files are no report appendix; refusing them bounds memory. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /**
     * Reports written per transaction: enough that committing costs little per report (some 240,000
     * values). Writing the benchmark's 5,529 parsed reports took 2.4–2.6 s in batches of 1,000,
     * 2.0–2.1 s of 2,000 and 1.7–2.1 s in one; a full batch holds about 250 MB of parsed reports, and
     * the time limit below keeps batches far smaller whenever parsing is the slower side.
     */
    public static final int DEFAULT_BATCH = 2000;
    /** A batch is committed after this long even if not full, so that slow parsing still shows progress. */
    private static final long MAX_BATCH_NANOS = 2_000_000_000L;

    private final ReportParser parser;
    private final ReportLoader loader;
    private final int threads;
    private final int batchSize;

    /** @param loader null for a dry run: read and check, write nothing */
    public BatchLoader(ReportParser parser, ReportLoader loader, int threads) {
        this(parser, loader, threads, DEFAULT_BATCH);
    }

    /** @param batchSize reports per transaction (1: one transaction per report) */
    public BatchLoader(ReportParser parser, ReportLoader loader, int threads, int batchSize) {
        this.parser = parser;
        this.loader = loader;
        this.threads = Math.max(1, threads);
        this.batchSize = Math.max(1, batchSize);
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

    /** A report already in memory (a generated one): its file name and content. */
    public record Text(String fileName, byte[] bytes) {
    }

    /** Loads the files, telling {@code progress} about each as it is done. */
    public List<FileOutcome> load(List<Path> files, Consumer<FileOutcome> progress) {
        return run(files.iterator(), this::parse, progress);
    }

    /**
     * Loads reports as they come (a generator producing them while earlier ones are parsed and
     * written), as {@link #load} loads files. {@code texts.hasNext()} may block until the next one.
     */
    public List<FileOutcome> loadTexts(Iterator<Text> texts, Consumer<FileOutcome> progress) {
        return run(texts, t -> parse(t.fileName(), t.bytes()), progress);
    }

    private <T> List<FileOutcome> run(Iterator<T> files, Function<T, FileOutcome> parse, Consumer<FileOutcome> progress) {
        List<FileOutcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "report-parser");
            t.setDaemon(true);
            return t;
        });
        try {
            // A bounded window of parses ahead of the writer keeps memory flat for any folder size,
            // and deep enough that the parsers keep both cores busy while the writer commits a batch.
            int windowSize = (loader == null ? 0 : batchSize) + threads * 4;
            Deque<Future<FileOutcome>> window = new ArrayDeque<>();
            List<FileOutcome> pending = new ArrayList<>();
            long pendingSince = 0;
            while (files.hasNext() || !window.isEmpty()) {
                while (window.size() < windowSize && files.hasNext()) {
                    T file = files.next();
                    window.add(pool.submit(() -> parse.apply(file)));
                }
                if (pending.isEmpty()) {
                    pendingSince = System.nanoTime();
                }
                pending.add(await(window.poll()));
                boolean last = window.isEmpty() && !files.hasNext();
                if (last || pending.size() >= batchSize || System.nanoTime() - pendingSince >= MAX_BATCH_NANOS
                        || loader == null) {
                    for (FileOutcome done : write(pending)) {
                        outcomes.add(done);
                        progress.accept(done);
                    }
                    pending.clear();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    /** The parsed reports of a batch in one transaction (failed files pass through, in their place). */
    private List<FileOutcome> write(List<FileOutcome> parsed) {
        if (loader == null) {
            return List.copyOf(parsed);
        }
        List<ParsedReport> reports = parsed.stream().filter(o -> o.error() == null).map(FileOutcome::report).toList();
        List<ReportLoader.Attempt> attempts = loader.loadAll(reports);
        List<FileOutcome> done = new ArrayList<>(parsed.size());
        int a = 0;
        for (FileOutcome o : parsed) {
            if (o.error() != null) {
                done.add(o);
                continue;
            }
            ReportLoader.Attempt attempt = attempts.get(a++);
            done.add(attempt.error() == null ? new FileOutcome(o.fileName(), o.report(), attempt.result(), null)
                    : new FileOutcome(o.fileName(), o.report(), null, "not loaded, the warehouse is unchanged: "
                    + rootMessage(attempt.error())));
        }
        return done;
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
            return parse(name, Files.readAllBytes(file));
        } catch (IOException e) {
            return new FileOutcome(name, null, null, "cannot read the file: " + e.getMessage());
        }
    }

    private FileOutcome parse(String name, byte[] bytes) {
        try {
            return new FileOutcome(name, parser.parse(name, bytes), null, null);
        } catch (ReportReadException e) {
            return new FileOutcome(name, null, null, e.getMessage());
        } catch (RuntimeException e) {
            return new FileOutcome(name, null, null, "unexpected error while reading: " + e);
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
