package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's main, as a user starts it: a mistyped command ends at once with a usage error
 * instead of starting the web app (which would still be running when the timeout kills it).
 */
class JarDispatchIT {

    private static final long TIMEOUT_SECONDS = 90;

    @TempDir
    Path tmp;

    private record Exit(int code, String out, String err) {
    }

    private Exit java(String... args) throws IOException, InterruptedException {
        Path jar = Path.of("target", "cchc-analytics.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the jar first: " + jar.toAbsolutePath() + " is missing");
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // Were the web app started after all, it must not touch a real warehouse or account store.
        builder.environment().put("CCHC_WAREHOUSE", tmp.resolve("w.duckdb").toString());
        builder.environment().put("CCHC_ACCOUNTS", tmp.resolve("a.duckdb").toString());
        builder.environment().remove("CCHC_LANG");
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(String.join(" ", args) + " still running after " + TIMEOUT_SECONDS + " s: "
                    + Files.readString(out, StandardCharsets.UTF_8));
        }
        return new Exit(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownCommandExitsTwoWithoutStartingTheWebApp() throws IOException, InterruptedException {
        Exit exit = java("usr", "add");
        assertThat(exit.code()).as(exit.err()).isEqualTo(2);
        assertThat(exit.err()).startsWith("Không có lệnh usr").contains("Cách dùng: java -jar cchc-analytics.jar");
        assertThat(tmp.resolve("w.duckdb")).as("no warehouse built: the web app never started").doesNotExist();
    }

    @Test
    void helpIsPrintedAndExitsZero() throws IOException, InterruptedException {
        Exit exit = java("--help", "--lang", "en");
        assertThat(exit.code()).as(exit.err()).isZero();
        assertThat(exit.out()).contains("Usage: java -jar cchc-analytics.jar [-h] [--lang vi|en] COMMAND");
    }
}
