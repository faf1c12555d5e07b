package vn.cchc.ingest;

import java.time.Duration;

/**
 * The time one file's parse may take. The parser checks it where it loops over lines and rows,
 * so that a runaway parse ends with a clear reason instead of holding a thread and the load; a
 * library stuck inside one call is ended by the loader's watchdog instead.
 */
final class ParseDeadline {

    private record End(long nanos, String limit) {
    }

    private static final ThreadLocal<End> END = new ThreadLocal<>();

    private ParseDeadline() {
    }

    /** Thrown out of the parse when its time is up or its thread was interrupted. */
    static final class Stopped extends RuntimeException {
        Stopped(String message) {
            super(message, null, false, false);
        }
    }

    /** Starts the clock of this thread's parse; {@link #clear} ends it. */
    static void start(Duration limit) {
        String written = limit.toNanos() % 1_000_000_000L == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
        END.set(new End(System.nanoTime() + limit.toNanos(), written));
    }

    static void clear() {
        END.remove();
    }

    /** @throws Stopped when the parse on this thread is past its time or its thread was interrupted */
    static void check() {
        End end = END.get();
        if (end == null) {
            return;
        }
        if (System.nanoTime() - end.nanos() > 0) {
            throw new Stopped("stopped: reading took longer than " + end.limit()
                    + " (setting cchc.limits.max-parse-seconds)");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new Stopped("stopped: the load was interrupted");
        }
    }
}
