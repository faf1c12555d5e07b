package vn.cchc.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;
import vn.cchc.warehouse.Warehouse;
import vn.cchc.warehouse.WarehouseException;
import vn.cchc.warehouse.WarehouseSeed;

/**
 * The warehouse a fresh installation starts with: the five real seed reports bundled in the jar
 * plus a generated national history — all 63 provinces until the 2025 merger and the 34 after, the
 * fourth quarter of every year 2021–2026 (both template generations), each province's UBND
 * aggregate with two of its departments — loaded by the real parser and loader. Sized so that the
 * whole first start stays under 30 s on a 2-core machine: about 970 reports, 116,000 values, some
 * 21 s of CPU (the second quarter too doubled it; every quarter with districts is ten times as many).
 *
 * <p>Loaded through the same intake as every other way in ({@link ReportIntake}). Built into a temporary file beside the target and moved into place only when complete: a
 * start that dies half-way leaves no file that a later start would take for a warehouse.
 */
public final class SampleWarehouse implements WarehouseSeed {

    /** The generated part; the generator marks every file as sample data. */
    public static final GeneratorSettings HISTORY = GeneratorSettings.of(20250701, 2021, 2026, 0).withAgencies(2, 0)
            .withPeriods(EnumSet.of(ReportingPeriod.Kind.Y))
            // Text reports only: Word, Excel and PDF files cost several times more to write and read,
            // and the first start must stay under 30 s. The formats have their own round trips.
            .withFormats(EnumSet.of(FileFormat.TXT));
    public static final List<String> SEEDS = List.of("000_325df2895e38e3a8.txt", "001_5861b1071b6d393a.txt",
            "002_fff703ffbe76582a.txt", "003_6e93ae04989b8532.txt", "004_197f7b6bb391846f.txt");
    static final String DESCRIPTION = "5 seed reports + generated history (sample data): 63 provinces until 2025-Q2, "
            + "34 from 2025-Q3, the years 2021–2026, each province's UBND tỉnh aggregate and 2 of its departments";

    private static final Logger LOG = LoggerFactory.getLogger(SampleWarehouse.class);

    /** What was built. */
    public record Built(int reports, long values, int failed, double seconds) {
    }

    /** The app's first start builds this when the warehouse file does not exist (cchc.sample.on-first-start). */
    @Override
    public void seed(Path target, Path dataDir) {
        build(target, dataDir);
    }

    /**
     * Builds the sample warehouse at {@code target}, which must not exist yet.
     *
     * @param dataDir corrected catalog and reference files, or null for the bundled ones
     */
    public static Built build(Path target, Path dataDir) {
        return build(target, dataDir, HISTORY, w -> { });
    }

    /** @param beforeMove run on the complete temporary warehouse before it is moved into place (tests) */
    static Built build(Path target, Path dataDir, GeneratorSettings settings, Consumer<Warehouse> beforeMove) {
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
                built = fill(warehouse, dataDir, settings, t0);
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

    private static Built fill(Warehouse warehouse, Path dataDir, GeneratorSettings settings, long t0) {
        ReportIntake intake = ReportIntake.of(warehouse, dataDir, InputLimits.DEFAULTS,
                Runtime.getRuntime().availableProcessors(), () -> { });
        // The generator runs on a thread of its own, ahead of the parsers: the two overlap on two cores.
        BlockingQueue<Optional<BatchLoader.Text>> queue = new ArrayBlockingQueue<>(256);
        Thread generator = Thread.ofPlatform().name("sample-generator").daemon().start(() -> {
            try {
                new HistoryGenerator(intake.catalog(), intake.reference(), settings).forEach(r -> put(queue,
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
