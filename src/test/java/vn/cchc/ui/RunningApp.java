package vn.cchc.ui;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The packaged app started as a user starts it ({@link Launch}), on a free port, with its own warehouse file under
 * target/: what the browser tests talk to. A missing warehouse file makes the app build the bundled
 * sample history on first start, which is what a new user sees.
 */
final class RunningApp implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private RunningApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static RunningApp start(Path warehouse, Duration timeout) throws IOException, InterruptedException {
        return start(warehouse, accountsBeside(warehouse), timeout);
    }

    /** The account store the app beside this warehouse uses (its first admin's password: {@link TestAccounts#ADMIN_PASSWORD}). */
    /**
     * The warehouse file a browser test starts its app on, in {@code work}: the folder made, any
     * warehouse and account store an earlier run left there deleted, so every run starts alike.
     */
    static Path freshWarehouseIn(Path work) throws IOException {
        Files.createDirectories(work);
        Path warehouse = work.resolve("cchc.duckdb");
        for (Path f : List.of(warehouse, warehouse.resolveSibling("cchc.duckdb.wal"), accountsBeside(warehouse),
                accountsBeside(warehouse).resolveSibling("accounts.duckdb.wal"))) {
            Files.deleteIfExists(f);
        }
        return warehouse;
    }

    static Path accountsBeside(Path warehouse) {
        return warehouse.resolveSibling("accounts.duckdb");
    }

    /** How the app is started: both are documented in the README. */
    enum Launch {
        /** {@code java -jar target/cchc-analytics.jar}: the simplest command. */
        JAR,
        /**
         * The extracted app with the build's AOT cache, which must be usable ({@code -XX:AOTMode=on}
         * makes the JVM refuse to start otherwise): the fast start.
         */
        AOT_CACHE;

        static final Path APP_JAR = Path.of("target", "app", "cchc-analytics.jar");
        static final Path CACHE = Path.of("target", "app", "cchc-analytics.aot");

        /** The fast start when the build made its cache (a JDK 25 build without -Dcchc.sample.skip), else the jar. */
        static Launch fastest() {
            return Files.isRegularFile(CACHE) ? AOT_CACHE : JAR;
        }

        List<String> arguments() {
            return this == JAR ? List.of("-jar", Path.of("target", "cchc-analytics.jar").toString())
                    : List.of("-XX:AOTMode=on", "-XX:AOTCache=" + CACHE, "-jar", APP_JAR.toString());
        }
    }

    static RunningApp start(Path warehouse, Path accounts, Duration timeout) throws IOException, InterruptedException {
        return start(warehouse, accounts, timeout, Launch.fastest());
    }

    static RunningApp start(Path warehouse, Path accounts, Duration timeout, Launch launch)
            throws IOException, InterruptedException {
        Path jar = Path.of(launch.arguments().getLast());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the jar first: " + jar.toAbsolutePath() + " is missing");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = warehouse.resolveSibling("app-" + port + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED"));
        command.addAll(launch.arguments());
        command.add("--server.port=" + port);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CCHC_WAREHOUSE", warehouse.toAbsolutePath().toString());
        builder.environment().put("CCHC_ACCOUNTS", accounts.toAbsolutePath().toString());
        // An inbox of its own beside the warehouse, never data/inbox of the working folder.
        builder.environment().put("CCHC_INBOX", warehouse.toAbsolutePath().resolveSibling("inbox-" + port).toString());
        // The secret goes through the environment, never the command line.
        builder.environment().put("CCHC_ADMIN_PASSWORD", TestAccounts.ADMIN_PASSWORD);
        RunningApp app = new RunningApp(builder.start(), port, log);
        try {
            app.awaitUp(timeout);
        } catch (IllegalStateException | IOException | InterruptedException e) {
            // A start that timed out left the app running on: it went on loading the machine after the test failed.
            app.close();
            throw e;
        }
        return app;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitUp(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped during start-up:\n" + log());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url("/")).toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(5000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app did not answer within " + timeout + ":\n" + log());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
