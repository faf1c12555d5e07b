package vn.cchc.warehouse;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.ingest.ReportParser;
import vn.cchc.ingest.ReportReadException;

/**
 * Parse rates per format for the load benchmark: every file parsed once more on one thread, its
 * CPU time and wall time added to its format's — a text report under its shape (the text reader
 * that read it), the others under their container (docx, xlsx, xls, pdf). Measured one file at a
 * time on one thread, so that a format's figure is its own and not the mix the threads of (c)
 * happened to run side by side; reports/s is of one thread (the bulk load runs several).
 */
final class ParseRates {

    /** One format's sums. */
    private static final class Sum {
        int reports;
        long cpuNanos;
        long wallNanos;
        long bytes;
    }

    private ParseRates() {
    }

    /** Parses every file and prints one line per format; returns the number of files that failed to parse. */
    static int print(ReportParser parser, List<Path> files, PrintStream out) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Sum> sums = new TreeMap<>();
        int failed = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file); // read before the clock starts: the rate is of parsing
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ParsedReport report;
            try {
                report = parser.parse(file.getFileName().toString(), bytes);
            } catch (ReportReadException | RuntimeException e) {
                failed++;
                continue;
            }
            long wall = System.nanoTime() - t0;
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            Sum sum = sums.computeIfAbsent(format(report.shape()), k -> new Sum());
            sum.reports++;
            sum.cpuNanos += cpu;
            sum.wallNanos += wall;
            sum.bytes += bytes.length;
        }
        Sum all = new Sum();
        for (Map.Entry<String, Sum> e : sums.entrySet()) {
            line(out, e.getKey(), e.getValue());
            all.reports += e.getValue().reports;
            all.cpuNanos += e.getValue().cpuNanos;
            all.wallNanos += e.getValue().wallNanos;
            all.bytes += e.getValue().bytes;
        }
        line(out, "all", all);
        return failed;
    }

    /** "docx/tabbed" → "docx"; a text report's shape ("tabbed", "numbered" …) → "text/tabbed". */
    static String format(String shape) {
        int slash = shape.indexOf('/');
        return slash < 0 ? "text/" + shape : shape.substring(0, slash);
    }

    private static void line(PrintStream out, String format, Sum s) {
        out.printf(Locale.ROOT, "    %-16s %5d reports  %7.1f reports/s on one thread  %6.2f ms CPU a report  %6.1f KiB a file%n",
                format, s.reports, s.reports / (s.wallNanos / 1e9), s.cpuNanos / 1e6 / s.reports, s.bytes / 1024.0 / s.reports);
    }
}
