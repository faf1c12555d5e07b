package vn.cchc.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The "busy server" of issue 12 for the query benchmark: a child JVM that keeps one core busy with a
 * spin loop while the views are timed, as another service on a shared machine would. It is a
 * separate process (not a thread of the benchmark) so that it competes with DuckDB and the JVM for the
 * CPU the way a neighbour does. It ends when the benchmark closes it, and on its own when the
 * benchmark dies (its standard input closes), so it never outlives a run.
 */
final class BusyCore implements AutoCloseable {

    private final Process process;

    private BusyCore(Process process) {
        this.process = process;
    }

    /** Starts the spinning child: the same java and class path as this process. */
    static BusyCore start() throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
        Process p = new ProcessBuilder(List.of(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                BusyCore.class.getName())).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new BusyCore(p);
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the child has used so far: about the wall time since its start when it really spins. */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The machine's load averages (1, 5, 15 min) from /proc/loadavg, or the JVM's 1-min figure elsewhere. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2] + " (1/5/15 min)";
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f (1 min)",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The child: spin on one core until the parent closes our standard input (or kills us). */
    public static void main(String[] args) throws IOException {
        Thread spin = new Thread(() -> {
            long x = 0;
            while (true) {
                x = x * 6364136223846793005L + 1442695040888963407L;
                if (x == 42) {
                    System.out.print(""); // never: keeps the loop from being optimised away
                }
            }
        }, "busy-core");
        spin.setDaemon(true);
        spin.start();
        while (System.in.read() >= 0) {
            // wait for the parent's end
        }
        System.exit(0);
    }
}
