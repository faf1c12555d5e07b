package vn.cchc.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The export benchmark, not a test: {@code ./mvnw -o -Pproduction,export-benchmark -DskipTests verify}
 * (a JVM of its own with -Xmx256m, see pom.xml).
 *
 * <ol>
 * <li>a warm-up of 100,000 rows (JIT), not counted;</li>
 * <li>1,000,000 synthetic rows of the CLI's export shape (10 columns: provinces, agency, kind,
 *     period, indicator, a percent value with 5 % not reported, the raw text, source file and line)
 *     → .xlsx through {@link XlsxTableExporter}: wall time and peak heap (sum of the heap pools'
 *     peaks, reset after a GC before the run);</li>
 * <li>the file is checked without loading it: the sheets' XML is streamed out of the zip and its
 *     rows counted (header + 1,000,000);</li>
 * <li>the same rows → CSV ({@link CsvTableExporter}), then LibreOffice converts that CSV to .xlsx
 *     ({@code soffice --headless --convert-to xlsx}, a private profile), timed the same way; the
 *     ratios LibreOffice / ours (wall time, and CPU time from /usr/bin/time,
 *     which the load of a shared machine does not skew) are printed. Without soffice on the PATH that part is skipped, said so;</li>
 * <li>Excel's real sheet limit: 1,048,580 rows → 1,048,575 on "Dữ liệu" and 5 on "Dữ liệu (2)",
 *     checked the same way (skip with {@code -Dexport.benchmark.overflow=false}).</li>
 * </ol>
 * Exits non-zero when a produced file does not hold the rows it should.
 */
public final class ExportBenchmark {

    private static final int ROWS = Integer.getInteger("export.benchmark.rows", 1_000_000);
    private static final int WARM_UP = 100_000;
    private static final PrintStream OUT = System.out;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("export-benchmark");
        int failures = 0;
        try {
            OUT.printf(Locale.ROOT, "Export benchmark: %,d rows, JDK %s, %d cores, max heap %s%n", ROWS, Runtime.version(),
                    Runtime.getRuntime().availableProcessors(), mib(Runtime.getRuntime().maxMemory()));

            // JIT warm-up, not counted: a scheduled job's JVM exports more than once, and the
            // reference run (LibreOffice) is native code.
            Measured warm = measure(() -> new XlsxTableExporter().write(new ExportTable(SyntheticRows.COLUMNS,
                    new SyntheticRows(WARM_UP), 8), context(), ExportLanguage.VI, java.io.OutputStream.nullOutputStream()));
            OUT.printf(Locale.ROOT, "    warm-up: %,d rows to xlsx in %.2f s (not counted)%n", WARM_UP, warm.nanos() / 1e9);

            Path xlsx = dir.resolve("ours.xlsx");
            Measured ours = measure(() -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(xlsx), 1 << 16)) {
                    new XlsxTableExporter().write(new ExportTable(SyntheticRows.COLUMNS, new SyntheticRows(ROWS), 8),
                            context(), ExportLanguage.VI, out);
                }
            });
            report("xlsx (POI SXSSF)", ours, xlsx);
            failures += check(xlsx, Map.of(1, ROWS + 1));

            Path csv = dir.resolve("rows.csv");
            Measured csvRun = measure(() -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 16)) {
                    new CsvTableExporter().write(new ExportTable(SyntheticRows.COLUMNS, new SyntheticRows(ROWS), 8),
                            ExportLanguage.VI, out);
                }
            });
            report("csv (ours)", csvRun, csv);

            Path soffice = Boolean.parseBoolean(System.getProperty("export.benchmark.libreoffice", "true")) ? soffice() : null;
            if (soffice == null) {
                OUT.println("    LibreOffice: soffice not found on the PATH; reference run and ratio skipped");
            } else {
                Path converted = dir.resolve("rows.xlsx");
                Measured lo = measure(() -> libreOffice(soffice, csv, dir));
                report("LibreOffice csv → xlsx", lo, converted);
                failures += check(converted, Map.of(1, ROWS + 1));
                OUT.printf(Locale.ROOT, "    ratio LibreOffice / ours (xlsx), wall time: %.1f×  (target ≥ 3×; ours target ≤ 30 s)%n",
                        (double) lo.nanos() / ours.nanos());
                if (libreOfficeCpu >= 0) {
                    // CPU seconds do not depend on what else the machine runs meanwhile.
                    OUT.printf(Locale.ROOT, "    ratio LibreOffice / ours (xlsx), CPU time: %.1f×  (LibreOffice %.2f s CPU)%n",
                            libreOfficeCpu / (ours.cpuNanos() / 1e9), libreOfficeCpu);
                }
            }

            if (Boolean.parseBoolean(System.getProperty("export.benchmark.overflow", "true"))) {
                int rows = XlsxWriter.EXCEL_MAX_ROWS + 4;
                Path big = dir.resolve("overflow.xlsx");
                Measured overflow = measure(() -> {
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 16)) {
                        new XlsxTableExporter().write(new ExportTable(SyntheticRows.COLUMNS, new SyntheticRows(rows), 8),
                                context(), ExportLanguage.VI, out);
                    }
                });
                report(String.format(Locale.ROOT, "xlsx %,d rows", rows), overflow, big);
                // sheet1 = "Dữ liệu" (full), sheet2 = "Bộ lọc", sheet3 = "Dữ liệu (2)": header + the 5 rows left.
                failures += check(big, Map.of(1, XlsxWriter.EXCEL_MAX_ROWS, 3, 1 + rows - (XlsxWriter.EXCEL_MAX_ROWS - 1)));
            }
        } finally {
            deleteTree(dir);
        }
        if (failures > 0) {
            OUT.println("FAILED: " + failures + " check(s)");
            System.exit(1);
        }
        OUT.println("All checks passed.");
    }

    private static ExportContext context() {
        return new ExportContext("Benchmark: synthetic rows", List.of(new ExportContext.Filter("Dữ liệu", "tổng hợp")),
                null, null, ZonedDateTime.now(), System.getProperty("user.name"), List.of());
    }

    private interface Run {
        void run() throws Exception;
    }

    private record Measured(long nanos, long cpuNanos, long peakHeap) {
    }

    private static Measured measure(Run run) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        run.run();
        long nanos = System.nanoTime() - start;
        cpu = os.getProcessCpuTime() - cpu;
        long peak = heap.stream().filter(MemoryPoolMXBean::isValid).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured(nanos, cpu, peak);
    }

    private static void report(String name, Measured m, Path file) throws IOException {
        // CPU time is this JVM's only: LibreOffice runs in a process of its own.
        OUT.printf(Locale.ROOT, "    %-24s %7.2f s wall  %7.2f s CPU (this JVM)  peak heap %s  file %s%n", name, m.nanos() / 1e9,
                m.cpuNanos() / 1e9, mib(m.peakHeap()),
                Files.exists(file) ? mib(Files.size(file)) : "(none)");
    }

    /**
     * Counts the rows of sheets by streaming their XML out of the zip (a DOM or XSSFWorkbook of a
     * million rows would not fit in 256 MiB); returns the number of mismatches.
     *
     * @param expected sheet number (xl/worksheets/sheetN.xml) → rows, header included
     */
    static int check(Path xlsx, Map<Integer, Integer> expected) throws IOException, XMLStreamException {
        if (!Files.exists(xlsx)) {
            OUT.println("    CHECK FAILED: " + xlsx.getFileName() + " was not written");
            return 1;
        }
        int failures = 0;
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (Map.Entry<Integer, Integer> e : new TreeMap<>(expected).entrySet()) {
                ZipEntry entry = zip.getEntry("xl/worksheets/sheet" + e.getKey() + ".xml");
                long rows = entry == null ? -1 : countRows(zip.getInputStream(entry));
                boolean ok = rows == e.getValue();
                OUT.printf(Locale.ROOT, "    check %s sheet%d: %,d rows (expected %,d) %s%n", xlsx.getFileName(), e.getKey(),
                        rows, e.getValue(), ok ? "ok" : "MISMATCH");
                failures += ok ? 0 : 1;
            }
        }
        return failures;
    }

    private static long countRows(InputStream in) throws XMLStreamException, IOException {
        try (in) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
            long rows = 0;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    rows++;
                }
            }
            return rows;
        }
    }

    private static Path soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "soffice");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** LibreOffice's own CPU seconds (user + system), read from /usr/bin/time when there is one; -1 otherwise. */
    private static double libreOfficeCpu = -1;

    /**
     * LibreOffice headless, with a profile of its own so that another running soffice does not
     * swallow the job; under /usr/bin/time when available, for its CPU time.
     */
    private static void libreOffice(Path soffice, Path csv, Path outDir) throws IOException, InterruptedException {
        Path profile = outDir.resolve("lo-profile");
        Path log = outDir.resolve("soffice.log");
        List<String> command = new java.util.ArrayList<>();
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        if (timed) {
            command.addAll(List.of("/usr/bin/time", "-f", "CPU %U %S"));
        }
        command.addAll(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", outDir.toString(),
                csv.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("LibreOffice did not finish in 30 minutes");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException("LibreOffice exited with " + p.exitValue() + ": " + output);
        }
        if (timed) {
            output.lines().filter(l -> l.startsWith("CPU ")).reduce((a, b) -> b).ifPresent(l -> {
                String[] f = l.split(" ");
                libreOfficeCpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
            });
        }
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Deterministic rows shaped like the CLI's export of one indicator, generated as they are read. */
    static final class SyntheticRows implements Iterator<List<?>> {

        static final List<ExportColumn> COLUMNS = List.of(
                ExportColumn.text("Tỉnh (lúc báo cáo)", "Province (when reported)", 18),
                ExportColumn.text("Tỉnh hiện nay", "Province now", 18),
                ExportColumn.text("Cơ quan", "Agency", 32),
                ExportColumn.text("Loại cơ quan", "Agency kind", 12),
                ExportColumn.text("Kỳ", "Period", 9),
                ExportColumn.text("Chỉ tiêu", "Indicator", 28),
                ExportColumn.of("Giá trị (%)", "Value (%)", ColumnType.PERCENT, 14),
                ExportColumn.text("Nguyên văn", "As written", 24),
                ExportColumn.text("Tệp nguồn", "Source file", 30),
                ExportColumn.of("Dòng", "Line", ColumnType.INTEGER, 7));
        private static final String[] PROVINCES = {"Tuyên Quang", "Hà Giang", "Quảng Bình", "Quảng Trị", "Thanh Hóa",
                "Ninh Thuận", "Bắc Kạn", "Đắk Lắk"};
        private static final String[] NOW = {"Tuyên Quang", "Tuyên Quang", "Quảng Trị", "Quảng Trị", "Thanh Hóa",
                "Khánh Hòa", "Thái Nguyên", "Đắk Lắk"};
        private static final String[] AGENCIES = {"Sở Xây dựng", "Sở Tư pháp", "Văn phòng UBND tỉnh", "Sở Y tế",
                "Sở Khoa học và Công nghệ", "UBND huyện Yên Sơn", "UBND tỉnh"};
        private static final String[] PERIODS = {"2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "2022-H1", "2023-9M", "2024-Y"};

        private final int rows;
        private int i;
        private long seed = 7;

        SyntheticRows(int rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            return i < rows;
        }

        @Override
        public List<?> next() {
            int n = i++;
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int r = (int) (seed >>> 33);
            int report = n / 100;
            int p = report % PROVINCES.length;
            Double value = r % 20 == 0 ? null : Math.round((r % 10_000) / 100.0 * 100) / 100.0;
            String raw = value == null ? "-" : String.format(Locale.ROOT, "%.2f%%", value).replace('.', ',');
            return Arrays.asList(PROVINCES[p], NOW[p], AGENCIES[report % AGENCIES.length],
                    report % AGENCIES.length == 6 ? "province" : "department", PERIODS[report % PERIODS.length],
                    "tthc.ontime_rate.dept", value, raw, String.format(Locale.ROOT, "report_%06d.txt", report), 40 + n % 100);
        }
    }
}
