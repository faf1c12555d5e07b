package vn.cchc.warehouse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.cchc.ingest.InputFile;
import vn.cchc.ingest.InputFiles;
import vn.cchc.ingest.InputLimits;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.ingest.ReportParser;
import vn.cchc.ingest.ReportReadException;
import vn.cchc.ingest.VisibleText;

/**
 * Loads many files: parses them on all cores while one writer stores them in file order, a batch of
 * reports per transaction. One bad file never stops the others or leaves half of itself behind
 * (see {@link ReportLoader#loadAll}).
 */
public final class BatchLoader {

    /**
     * Reports written per transaction: enough that committing costs little per report (some 240,000
     * values). Writing the benchmark's 5,529 parsed reports took 2.4–2.6 s in batches of 1,000,
     * 2.0–2.1 s of 2,000 and 1.7–2.1 s in one; a full batch holds about 250 MB of parsed reports, and
     * the time limit below keeps batches far smaller whenever parsing is the slower side.
     */
    public static final int DEFAULT_BATCH = 2000;
    /** How long past its time limit a parse stuck inside a library is waited for before it is given up. */
    private static final long WATCHDOG_GRACE_NANOS = 5_000_000_000L;
    /** A batch is committed after this long even if not full, so that slow parsing still shows progress. */
    private static final long MAX_BATCH_NANOS = 2_000_000_000L;

    /** What reads one file's bytes: the report parser (in tests also one that misbehaves on purpose). */
    @FunctionalInterface
    interface FileParser {
        ParsedReport parse(String fileName, byte[] bytes) throws ReportReadException;
    }

    /**
     * Who may load what: the reason a parsed report is refused (e.g. a province outside the
     * importer's scope), or null to let it through. Refused reports are never written.
     */
    @FunctionalInterface
    public interface Gate {
        Gate OPEN = report -> null;

        String refusal(ParsedReport report);

        /** The account the reports let through are recorded as loaded by (as the audit log names it), or null. */
        default String loadedBy() {
            return null;
        }

        /** Every report let through, recorded as loaded by {@code account} (the command line's own loads). */
        static Gate openTo(String account) {
            return new Gate() {
                @Override
                public String refusal(ParsedReport report) {
                    return null;
                }

                @Override
                public String loadedBy() {
                    return account;
                }
            };
        }
    }

    private final FileParser parser;
    private final InputLimits limits;
    private final ReportLoader loader;
    private final int threads;
    private final int batchSize;
    private final Gate gate;

    /** @param loader null for a dry run: read and check, write nothing */
    public BatchLoader(ReportParser parser, ReportLoader loader, int threads) {
        this(parser, loader, threads, DEFAULT_BATCH);
    }

    /** @param batchSize reports per transaction (1: one transaction per report) */
    public BatchLoader(ReportParser parser, ReportLoader loader, int threads, int batchSize) {
        this(parser::parse, parser.limits(), loader, threads, batchSize);
    }

    BatchLoader(FileParser parser, InputLimits limits, ReportLoader loader, int threads, int batchSize) {
        this(parser, limits, loader, threads, batchSize, Gate.OPEN);
    }

    private BatchLoader(FileParser parser, InputLimits limits, ReportLoader loader, int threads, int batchSize, Gate gate) {
        this.parser = parser;
        this.limits = limits;
        this.loader = loader;
        this.threads = Math.max(1, threads);
        this.batchSize = Math.max(1, batchSize);
        this.gate = gate;
    }

    /** The same loader, refusing what the gate refuses (in a dry run too, so that a preview shows it). */
    public BatchLoader withGate(Gate gate) {
        return new BatchLoader(parser, limits, loader, threads, batchSize, gate);
    }

    /** The files under the paths, as {@link InputFiles#collect} finds them. */
    public static List<Path> collect(List<Path> paths) throws IOException {
        return InputFiles.collect(paths).stream().map(InputFile::path).toList();
    }

    /** A report already in memory (a generated one): its file name and content. */
    public record Text(String fileName, byte[] bytes) {
    }

    /** Loads the files, each shown by its name, telling {@code progress} about each as it is done. */
    public List<FileOutcome> load(List<Path> files, Consumer<FileOutcome> progress) {
        return loadFiles(files.stream().map(InputFile::of).toList(), progress);
    }

    /** Loads the files as {@link InputFiles#collect} found them, each shown by its relative path. */
    public List<FileOutcome> loadFiles(List<InputFile> files, Consumer<FileOutcome> progress) {
        return run(files.iterator(), InputFile::shownAs, this::parse, progress);
    }

    /**
     * Loads reports as they come (a generator producing them while earlier ones are parsed and
     * written), as {@link #load} loads files. {@code texts.hasNext()} may block until the next one.
     */
    public List<FileOutcome> loadTexts(Iterator<Text> texts, Consumer<FileOutcome> progress) {
        return run(texts, t -> VisibleText.of(t.fileName()), t -> parse(VisibleText.of(t.fileName()), t.fileName(), t.bytes()),
                progress);
    }

    private <T> List<FileOutcome> run(Iterator<T> files, Function<T, String> shownAs, Function<T, FileOutcome> parse,
                                      Consumer<FileOutcome> progress) {
        List<FileOutcome> outcomes = new ArrayList<>();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "report-parser");
            t.setDaemon(true);
            return t;
        });
        try {
            // A bounded window of parses ahead of the writer keeps memory flat for any folder size,
            // and deep enough that the parsers keep both cores busy while the writer commits a batch.
            int windowSize = (loader == null ? 0 : batchSize) + threads * 4;
            Deque<Parse> window = new ArrayDeque<>();
            List<FileOutcome> pending = new ArrayList<>();
            long pendingSince = 0;
            while (files.hasNext() || !window.isEmpty()) {
                while (window.size() < windowSize && files.hasNext()) {
                    T file = files.next();
                    window.add(Parse.submit(pool, shownAs.apply(file), () -> parse.apply(file)));
                }
                if (pending.isEmpty()) {
                    pendingSince = System.nanoTime();
                }
                pending.add(await(window.poll(), pool));
                boolean last = window.isEmpty() && !files.hasNext();
                if (last || pending.size() >= batchSize || System.nanoTime() - pendingSince >= MAX_BATCH_NANOS
                        || loader == null) {
                    List<FileOutcome> written = write(pending);
                    for (FileOutcome done : written) {
                        // Once written, a report's values are the warehouse's: memory stays flat however many files.
                        FileOutcome kept = loader == null ? done : done.withoutValues();
                        outcomes.add(kept);
                        progress.accept(kept);
                    }
                    pending.clear();
                    String stoppedAt = stoppedAt(written);
                    if (stoppedAt != null) {
                        // The warehouse cannot take more: what was read ahead and what is left stay as they are.
                        for (Parse ahead : window) {
                            ahead.future().cancel(true);
                            outcomes.add(notAttempted(ahead.shownAs(), stoppedAt, progress));
                        }
                        files.forEachRemaining(f -> outcomes.add(notAttempted(shownAs.apply(f), stoppedAt, progress)));
                        break;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    /**
     * Reports already read (a preview the user confirmed): through the gate and written, as a load
     * would write them after parsing.
     */
    public List<FileOutcome> writeParsed(List<FileOutcome> parsed) {
        return write(parsed);
    }

    /** The parsed reports of a batch in one transaction (failed and refused files pass through, in their place). */
    private List<FileOutcome> write(List<FileOutcome> read) {
        List<FileOutcome> parsed = read.stream().map(this::gated).toList();
        if (loader == null) {
            return parsed;
        }
        List<ParsedReport> reports = parsed.stream().filter(o -> o.error() == null).map(FileOutcome::report).toList();
        List<ReportLoader.Attempt> attempts = loader.loadAll(reports, gate.loadedBy());
        List<FileOutcome> done = new ArrayList<>(parsed.size());
        int a = 0;
        String stoppedAt = null;
        for (FileOutcome o : parsed) {
            if (o.error() != null) {
                done.add(o);
                continue;
            }
            ReportLoader.Attempt attempt = attempts.get(a++);
            if (stoppedAt != null) {
                done.add(new FileOutcome(o.fileName(), o.report(), null, "not attempted: the load stopped at "
                        + stoppedAt, FileOutcome.Stop.NOT_ATTEMPTED));
                continue;
            }
            Optional<String> fatal = attempt.error() == null ? Optional.empty() : FatalCause.of(attempt.error());
            if (fatal.isPresent()) {
                stoppedAt = o.fileName();
                done.add(new FileOutcome(o.fileName(), o.report(), null, fatal.get() + ": the load stopped here; the"
                        + " warehouse keeps what was committed before", FileOutcome.Stop.FATAL));
                continue;
            }
            done.add(attempt.error() == null ? new FileOutcome(o.fileName(), o.report(), attempt.result(), null)
                    : new FileOutcome(o.fileName(), o.report(), null, "not loaded, the warehouse is unchanged: "
                    + rootMessage(attempt.error())));
        }
        return done;
    }

    private FileOutcome gated(FileOutcome o) {
        if (o.error() != null || o.report() == null) {
            return o;
        }
        String refusal = gate.refusal(o.report());
        return refusal == null ? o : new FileOutcome(o.fileName(), o.report(), null, refusal, FileOutcome.Stop.REFUSED);
    }

    private FileOutcome parse(InputFile file) {
        byte[] bytes;
        try {
            bytes = InputFiles.read(file.path(), limits);
        } catch (ReportReadException e) {
            return failed(file.shownAs(), e.getMessage());
        }
        return parse(file.shownAs(), file.fileName(), bytes);
    }

    /**
     * Whatever the parse of one file throws — an error of a library, a stack overflow on a deeply
     * nested document, running out of memory — is that file's failure and no other's.
     */
    private FileOutcome parse(String shownAs, String fileName, byte[] bytes) {
        try {
            return new FileOutcome(shownAs, parser.parse(fileName, bytes), null, null);
        } catch (ReportReadException e) {
            return failed(shownAs, e.getMessage());
        } catch (OutOfMemoryError e) {
            return failed(shownAs, "ran out of memory while reading it (give the loader more heap, -Xmx, or lower"
                    + " the cchc.limits settings)");
        } catch (StackOverflowError e) {
            return failed(shownAs, "nested too deeply to read (stack overflow)");
        } catch (Throwable e) {
            return failed(shownAs, "unexpected error while reading: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + rootMessage(e)));
        }
    }

    private static String stoppedAt(List<FileOutcome> outcomes) {
        return outcomes.stream().filter(o -> o.kind() == FileOutcome.Kind.FATAL).map(FileOutcome::fileName)
                .findFirst().orElse(null);
    }

    private static FileOutcome notAttempted(String shownAs, String stoppedAt, Consumer<FileOutcome> progress) {
        FileOutcome o = new FileOutcome(shownAs, null, null, "not attempted: the load stopped at " + stoppedAt,
                FileOutcome.Stop.NOT_ATTEMPTED);
        progress.accept(o);
        return o;
    }

    private static FileOutcome failed(String shownAs, String reason) {
        return new FileOutcome(shownAs, null, null, reason);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage().lines().findFirst().orElse("");
    }

    /** A parse under way: when it started (0 while it waits for a thread), for the watchdog. */
    private record Parse(String shownAs, Future<FileOutcome> future, AtomicLong startedAt) {

        static Parse submit(ExecutorService pool, String shownAs, java.util.function.Supplier<FileOutcome> parse) {
            AtomicLong startedAt = new AtomicLong();
            return new Parse(shownAs, pool.submit(() -> {
                startedAt.set(System.nanoTime());
                return parse.get();
            }), startedAt);
        }
    }

    /**
     * The outcome of a parse. A parse stuck inside a library past its time limit (the parser's own
     * checks end it sooner anywhere else) is given up: its file fails, its thread is interrupted and
     * left, and the pool gets a thread in its place, so that one file cannot stall the load.
     */
    private FileOutcome await(Parse parse, ThreadPoolExecutor pool) {
        long limit = limits.maxParseTime().toNanos() + WATCHDOG_GRACE_NANOS;
        while (true) {
            try {
                return parse.future().get(1, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                long started = parse.startedAt().get();
                if (started != 0 && System.nanoTime() - started > limit) {
                    parse.future().cancel(true);
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    return failed(parse.shownAs(), "stopped: reading took longer than "
                            + limits.maxParseTime().toSeconds() + " s (setting cchc.limits.max-parse-seconds)");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                return failed(parse.shownAs(), "unexpected error while reading: " + rootMessage(e.getCause()));
            }
        }
    }
}
