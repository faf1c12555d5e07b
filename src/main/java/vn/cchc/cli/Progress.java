package vn.cchc.cli;

import java.io.PrintStream;
import vn.cchc.warehouse.FileOutcome;

/** A one-line progress bar on stderr: files done, values read, failures so far. */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private final boolean interactive = System.console() != null;
    private int done;
    private long values;
    private int failed;
    private int lastPercentShown = -1;

    Progress(PrintStream err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    void step(FileOutcome outcome) {
        step(outcome.valueCount(), outcome.kind() == FileOutcome.Kind.FAILED);
    }

    /** One file done, as a running app answered for it ({@code load --server}). */
    void step(int valueCount, boolean fileFailed) {
        done++;
        values += valueCount;
        if (fileFailed) {
            failed++;
        }
        if (!enabled) {
            return;
        }
        int percent = (int) (100L * done / total);
        // Without a terminal (CI, logs) print every tenth instead of redrawing one line.
        if (interactive) {
            err.print("\r" + line(percent));
        } else if (percent / 10 != lastPercentShown / 10 || done == total) {
            err.println(line(percent));
        }
        lastPercentShown = percent;
    }

    private String line(int percent) {
        int filled = WIDTH * percent / 100;
        return String.format("[%s%s] %3d%%  %d/%d files  %d values  %d failed",
                "#".repeat(filled), ".".repeat(WIDTH - filled), percent, done, total, values, failed);
    }

    void finish() {
        if (enabled && interactive) {
            err.println();
        }
    }
}
