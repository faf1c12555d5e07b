package vn.cchc.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.ingest.InputLimits;
import vn.cchc.sample.FileFormat;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;
import vn.cchc.sample.ReportingPeriod;
import vn.cchc.sample.SampleShape;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;
import vn.cchc.warehouse.Warehouse;
import vn.cchc.warehouse.WarehouseException;
import vn.cchc.warehouse.WarehouseSeed;

/**
 * The warehouse a fresh installation starts with: the five real seed reports bundled in the jar
 * plus a generated quarterly national history (sample data) — every quarter from 2021-Q1 to the last
 * complete one, all 63 provinces until the 2025 merger and the 34 after, each province's UBND tỉnh
 * aggregate with 8 of its departments and, until 2025-06-30, 3 districts; the aggregate's H1 and
 * year reports too; both template generations; about 3 % of the expected reports missing, a few
 * late corrections superseding the first version, the generator's planted inconsistencies —
 * loaded by the real parser and loader through the intake ({@link ReportIntake}).
 *
 * <p>Some 16,000 reports take a minute or two to read and load, so the build does it once
 * ({@link #main}, run by Maven after compiling) and ships the finished warehouse in the jar,
 * compressed: a first start only unpacks it (a few seconds). Without that file (a run from an IDE)
 * or with corrected reference data (cchc.data.dir) the first start builds it itself.
 *
 * <p>Built or unpacked into a temporary file beside the target and moved into place only when
 * complete: a start that dies half-way leaves no file that a later start would take for a warehouse.
 */
public final class SampleWarehouse implements WarehouseSeed {

    /** The generated part; the generator marks every file as sample data. */
    public static final GeneratorSettings HISTORY = GeneratorSettings.of(20250701, 2021, LocalDate.now().getYear(), 0)
            .withAgencies(8, 3)
            // Text reports only: Word, Excel and PDF files cost several times more to write and read.
            // The formats have their own round trips.
            .withFormats(EnumSet.of(FileFormat.TXT));
    /** The compressed warehouse in the jar, made by {@link #main} during the build. */
    static final String BUNDLED = "/sample/warehouse.duckdb.gz";
    public static final List<String> SEEDS = List.of("000_325df2895e38e3a8.txt", "001_5861b1071b6d393a.txt",
            "002_fff703ffbe76582a.txt", "003_6e93ae04989b8532.txt", "004_197f7b6bb391846f.txt");
    static final String DESCRIPTION = "5 seed reports + generated quarterly history (sample data): 63 provinces until "
            + "2025-Q2, 34 from 2025-Q3, 2021-Q1 to the last complete quarter, each province's UBND tỉnh aggregate, "
            + "8 departments and (until 2025-06-30) 3 districts; about 3 % of reports missing, some late corrections";

    /** What is written of the history on a given day: quarters up to the last complete one; H1 and Y from the aggregate. */
    public static SampleShape shape(LocalDate today) {
        return new SampleShape(SampleShape.lastCompleteQuarterEnd(today), 0.03, 0.003,
                EnumSet.of(ReportingPeriod.Kind.Q1, ReportingPeriod.Kind.Q2, ReportingPeriod.Kind.Q3, ReportingPeriod.Kind.Q4));
    }

    private static final Logger LOG = LoggerFactory.getLogger(SampleWarehouse.class);

    /** What was built. */
    public record Built(int reports, long values, int failed, double seconds) {
    }

    /** The app's first start builds this when the warehouse file does not exist (cchc.sample.on-first-start). */
    @Override
    public void seed(Path target, Path dataDir) {
        if (dataDir == null && SampleWarehouse.class.getResource(BUNDLED) != null) {
            unpack(target);
        } else {
            build(target, dataDir);
        }
    }

    /**
     * Builds the sample during the Maven build: {@code args[0]} the compressed warehouse to write
     * (left as it is when it exists: {@code mvn clean} builds it again).
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]).toAbsolutePath();
        if (Files.exists(out)) {
            System.out.println("sample warehouse up to date: " + out + " (mvn clean builds it again)");
            return;
        }
        Path work = Files.createTempDirectory("cchc-sample-");
        try {
            Path db = work.resolve("sample.duckdb");
            Built built = build(db, null, HISTORY, shape(LocalDate.now()), w -> new vn.cchc.analytics.AnalyticsTables(w.dsl()).ensureFresh());
            if (built.failed() > 0) {
                throw new IllegalStateException(built.failed() + " sample reports failed to load (see above)");
            }
            Files.createDirectories(out.getParent());
            Path partial = out.resolveSibling(out.getFileName() + ".partial");
            try (InputStream in = Files.newInputStream(db);
                 java.io.OutputStream gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                in.transferTo(gz);
            }
            Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf(java.util.Locale.ROOT, "sample warehouse: %d reports, %d values, in %.0f s; %s (%d MB compressed)%n",
                    built.reports(), built.values(), built.seconds(), out, Files.size(out) >> 20);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The first start's way: the warehouse the build made, unpacked and moved into place. Not opened
     * here: the build left it complete (migrated, checkpointed, its derived tables built and stamped),
     * and the app's one open of it ({@code Warehouse.open}, then {@code AnalyticsTables} at start)
     * migrates it and refreshes its tables should this code be newer than the bundled copy
     * ({@code -Dcchc.sample.skip=true} keeps an older one), as for any warehouse an upgrade finds.
     * Opening it here too ran Flyway, the tables' check and DuckDB's open and close twice per first
     * start.
     */
    static void unpack(Path target) {
        long t0 = System.nanoTime();
        Path absolute = target.toAbsolutePath();
        Path building = absolute.resolveSibling(absolute.getFileName() + ".building");
        try {
            Files.createDirectories(absolute.getParent());
            Files.deleteIfExists(building);
            Files.deleteIfExists(walOf(building));
            // The gzip trailer's checksum is checked at the end of the stream: a damaged copy fails here, never in place.
            try (InputStream in = new java.util.zip.GZIPInputStream(SampleWarehouse.class.getResourceAsStream(BUNDLED), 1 << 16)) {
                Files.copy(in, building);
            }
            Files.move(building, absolute, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Đã tạo kho mẫu {} từ bản dựng sẵn trong {} s / Sample warehouse created at {} from the bundled copy in {} s",
                    absolute, String.format(java.util.Locale.forLanguageTag("vi"), "%.1f", (System.nanoTime() - t0) / 1e9),
                    absolute, String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(building);
            deleteQuietly(walOf(building));
            throw new WarehouseException("cannot unpack the sample warehouse to " + absolute + ": " + e.getMessage(), e);
        }
    }

    /**
     * Builds the sample warehouse at {@code target}, which must not exist yet.
     *
     * @param dataDir corrected catalog and reference files, or null for the bundled ones
     */
    public static Built build(Path target, Path dataDir) {
        return build(target, dataDir, HISTORY, shape(LocalDate.now()), w -> { });
    }

    /** A whole generated history (tests: small ones). */
    static Built build(Path target, Path dataDir, GeneratorSettings settings, Consumer<Warehouse> beforeMove) {
        return build(target, dataDir, settings, SampleShape.COMPLETE, beforeMove);
    }

    /** @param beforeMove run on the complete temporary warehouse before it is moved into place (tests) */
    static Built build(Path target, Path dataDir, GeneratorSettings settings, SampleShape shape, Consumer<Warehouse> beforeMove) {
        long t0 = System.nanoTime();
        Path absolute = target.toAbsolutePath();
        Path building = absolute.resolveSibling(absolute.getFileName() + ".building");
        Path buildingWal = walOf(building);
        LOG.info("Chưa có kho dữ liệu tại {}: đang tạo kho mẫu (5 báo cáo thật + lịch sử toàn quốc sinh tự động, dữ liệu mẫu) / "
                + "No warehouse at {}: creating the sample warehouse (5 real reports + a generated national history, "
                + "sample data)", absolute, absolute);
        try {
            // A file left by a start that died half-way is no warehouse: start again.
            Files.deleteIfExists(building);
            Files.deleteIfExists(buildingWal);
            Built built;
            try (Warehouse warehouse = Warehouse.open(building, dataDir)) {
                built = fill(warehouse, dataDir, settings, shape, t0);
                beforeMove.accept(warehouse);
            }
            if (Files.exists(buildingWal)) {
                throw new WarehouseException("the sample warehouse was not checkpointed on close: " + buildingWal, null);
            }
            Files.move(building, absolute, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Đã tạo kho mẫu {}: {} báo cáo, {} giá trị, {} lỗi, trong {} s / Sample warehouse created at {}: {} reports, "
                            + "{} values, {} failed, in {} s", absolute, built.reports(), built.values(), built.failed(),
                    String.format(java.util.Locale.forLanguageTag("vi"), "%.1f", built.seconds()), absolute, built.reports(), built.values(), built.failed(),
                    String.format(java.util.Locale.ROOT, "%.1f", built.seconds()));
            return built;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(building);
            deleteQuietly(buildingWal);
            LOG.error("Không tạo được kho mẫu tại {} / Cannot create the sample warehouse at {} (cchc.sample.on-first-start=false "
                    + "starts with an empty warehouse instead)", absolute, absolute, e);
            throw e instanceof WarehouseException we ? we
                    : new WarehouseException("cannot create the sample warehouse " + absolute + ": " + e.getMessage(), e);
        }
    }

    private static Built fill(Warehouse warehouse, Path dataDir, GeneratorSettings settings, SampleShape shape, long t0) {
        ReportIntake intake = ReportIntake.of(warehouse, dataDir, InputLimits.DEFAULTS,
                Runtime.getRuntime().availableProcessors(), () -> { });
        // The generator runs on a thread of its own, ahead of the parsers: the two overlap on two cores.
        BlockingQueue<Optional<BatchLoader.Text>> queue = new ArrayBlockingQueue<>(256);
        Thread generator = Thread.ofPlatform().name("sample-generator").daemon().start(() -> {
            try {
                new HistoryGenerator(intake.catalog(), intake.reference(), settings, shape).forEach(r -> put(queue,
                        new BatchLoader.Text(r.fileName(), r.bytes())));
                // The real reports last: where one shares an agency and period with a generated one, the real one is current.
                for (String seed : SEEDS) {
                    put(queue, new BatchLoader.Text(seed, seedBytes(seed)));
                }
            } finally {
                put(queue, null);
            }
        });
        QueueIterator texts = new QueueIterator(queue);
        List<FileOutcome> outcomes = intake.loadTexts(texts, BatchLoader.Gate.OPEN, o -> { });
        try {
            generator.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WarehouseException("interrupted while building the sample warehouse", e);
        }
        if (texts.endedEarly()) {
            throw new WarehouseException("the sample generator stopped before the end (see the log)", null);
        }
        int failed = 0;
        long values = 0;
        for (FileOutcome o : outcomes) {
            if (o.error() != null) {
                failed++;
                LOG.warn("Kho mẫu: không nạp được / Sample warehouse: not loaded: {}: {}", o.fileName(), o.error());
            } else {
                values += o.valueCount();
            }
        }
        warehouse.markAsSample(DESCRIPTION);
        return new Built(outcomes.size() - failed, values, failed, (System.nanoTime() - t0) / 1e9);
    }

    private static void put(BlockingQueue<Optional<BatchLoader.Text>> queue, BatchLoader.Text text) {
        try {
            queue.put(Optional.ofNullable(text));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The generated reports as they arrive; an empty element ends them. */
    private static final class QueueIterator implements Iterator<BatchLoader.Text> {
        private final BlockingQueue<Optional<BatchLoader.Text>> queue;
        private Optional<BatchLoader.Text> next;
        private int taken;

        QueueIterator(BlockingQueue<Optional<BatchLoader.Text>> queue) {
            this.queue = queue;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            return next.isPresent();
        }

        @Override
        public BatchLoader.Text next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            BatchLoader.Text text = next.get();
            next = null;
            if (SEEDS.contains(text.fileName())) {
                taken++;
            }
            return text;
        }

        /** True unless the seeds, which come last, all came: the generator failed half-way. */
        boolean endedEarly() {
            return taken < SEEDS.size();
        }
    }

    private static byte[] seedBytes(String name) {
        try (InputStream in = SampleWarehouse.class.getResourceAsStream("/sample/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /sample/seeds/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path walOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".wal");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", p, e.getMessage());
        }
    }
}
