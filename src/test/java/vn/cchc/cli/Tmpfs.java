package vn.cchc.cli;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small file system of a test's own (tmpfs), to fill up or make read-only without touching the
 * machine's. Mounting needs the right to (root in the build container); without it the test is
 * skipped, not failed.
 */
final class Tmpfs {

    private Tmpfs() {
    }

    static Path mount(Path dir, int megabytes) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        assumeThat(run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", dir.toString()))
                .as("may mount a tmpfs").isZero();
        return dir;
    }

    /** Remounted read-only: what a read-only disk, share or snapshot looks like to the app. */
    static int remountReadOnly(Path dir) throws IOException, InterruptedException {
        return run("mount", "-o", "remount,ro", dir.toString());
    }

    static void unmount(Path dir) throws IOException, InterruptedException {
        run("umount", dir.toString());
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }
}
