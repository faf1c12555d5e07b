package vn.cchc.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchc.Application;
import vn.cchc.analytics.AnalyticsTables;
import vn.cchc.analytics.ViewCalls;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.cli.Cli;
import vn.cchc.ingest.InputFiles;
import vn.cchc.ingest.InputLimits;
import vn.cchc.security.AccountDatabase;
import vn.cchc.security.AccountStore;
import vn.cchc.security.Actor;
import vn.cchc.security.NewAccount;
import vn.cchc.security.Role;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;
import vn.cchc.warehouse.Warehouse;

/**
 * The intake benchmark — not a timed test: it prints figures for a person to read. Run it with
 *
 * <pre>./mvnw -o -Pproduction,intake-benchmark -DskipTests verify</pre>
 *
 * The app runs in this process on a copy of the bundled national sample, as a province office runs it.
 * {@value #USERS} simulated users make the dashboard's view calls ({@link ViewCalls}, through the app's
 * own jOOQ context and connection pool) over and over, first with nothing else happening, then while
 * a script sends {@value #REPORTS} generated reports to {@code POST /api/v1/reports}, {@value #PER_REQUEST}
 * files a request, with an importer's API token. Printed: the view calls' p50/p95 idle and during the
 * load (target: p95 during ≤ {@value #TARGET_RATIO}× idle, every call succeeds), the API's reports/s,
 * and the same files loaded on the command line's way (all cores, no app) into another copy of the
 * sample, in reports/s, with the ratio. Exits 1 when a target is missed or a call failed.
 */
public final class IntakeBenchmark {

    static final int REPORTS = 2000;
    static final int PER_REQUEST = 20;
    static final int USERS = 4;
    static final double TARGET_RATIO = 2.0;
    private static final String IMPORTER = "bench-importer";

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Path dir = Path.of(args.length > 0 ? args[0] : "target/intake-benchmark").toAbsolutePath();
        List<Path> files = generated(dir.resolve("reports"), out);
        Path appDb = freshSample(dir.resolve("app.duckdb"));
        Path accounts = dir.resolve("accounts.duckdb");
        Files.deleteIfExists(accounts);
        String token = importerToken(accounts);

        boolean ok;
        ApiLoad[] api = new ApiLoad[1];
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--server.port=0",
                "--cchc.warehouse.path=" + appDb, "--cchc.accounts.path=" + accounts, "--cchc.inbox=",
                "--cchc.sample.on-first-start=false", "--logging.level.root=warn", "--spring.main.banner-mode=off")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            out.printf(Locale.ROOT, "app up on port %d in %.1f s, warehouse %s (%d MB)%n", port, (System.nanoTime() - t0) / 1e9,
                    appDb.getFileName(), Files.size(appDb) >> 20);
            List<ViewCalls.Case> calls = ViewCalls.on(app.getBean(DSLContext.class), app.getBean(AnalyticsTables.class), out);
            for (ViewCalls.Case c : calls) { // warm up: every call once and its plans cached
                c.call().get();
            }
            Users idle = Users.run(calls, () -> sleep(30_000));
            Users during = Users.run(calls, () -> api[0] = ApiLoad.send(URI.create("http://localhost:" + port + "/api/v1/reports"),
                    token, files, PER_REQUEST));
            ok = report(out, idle, during, api[0]);
        }
        double cli = cliLoad(dir.resolve("cli.duckdb"), files, out);
        out.printf(Locale.ROOT, "the same %d files on the command line's way: %.1f reports/s; API / CLI = %.2f%n",
                files.size(), cli, api[0].reportsPerSecond() / cli);
        System.exit(ok ? 0 : 1);
    }

    private static boolean report(PrintStream out, Users idle, Users during, ApiLoad api) {
        out.printf("%-12s %8s %8s %8s %8s%n", "", "calls", "failed", "p50 ms", "p95 ms");
        out.printf(Locale.ROOT, "%-12s %8d %8d %8.1f %8.1f%n", "idle", idle.count(), idle.failed.get(), idle.percentile(50),
                idle.percentile(95));
        out.printf(Locale.ROOT, "%-12s %8d %8d %8.1f %8.1f%n", "during load", during.count(), during.failed.get(),
                during.percentile(50), during.percentile(95));
        double ratio = during.percentile(95) / idle.percentile(95);
        out.printf(Locale.ROOT, "p95 during / idle = %.2f (target ≤ %.1f); failed view calls: %d%n", ratio, TARGET_RATIO,
                idle.failed.get() + during.failed.get());
        out.printf(Locale.ROOT, "API: %d files in %d requests, %.1f s, %.1f reports/s; outcomes %s; failed requests %d%n",
                api.files, api.requests, api.seconds, api.reportsPerSecond(), api.outcomes, api.failedRequests);
        return ratio <= TARGET_RATIO && idle.failed.get() == 0 && during.failed.get() == 0 && api.failedRequests == 0;
    }

    /** {@value #REPORTS} reports of a 2024 history (seeded: the same files every run). */
    private static List<Path> generated(Path dir, PrintStream out) throws IOException {
        if (!Files.isDirectory(dir)) {
            Path partial = dir.resolveSibling("reports.partial");
            deleteTree(partial);
            new HistoryGenerator(Catalog.bundled(), ReferenceData.bundled(), GeneratorSettings.of(11, 2024, 2024, 0))
                    .write(partial, r -> { });
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir.resolve(HistoryGenerator.REPORTS))) {
            all = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<Path> chosen = new ArrayList<>(all);
        Collections.shuffle(chosen, new java.util.Random(11)); // every format and province, not the first ones only
        chosen = chosen.subList(0, Math.min(REPORTS, chosen.size()));
        out.printf("%d generated reports of %d (target/intake-benchmark/reports)%n", chosen.size(), all.size());
        return chosen;
    }

    private static Path freshSample(Path target) throws IOException {
        for (String suffix : List.of("", ".wal")) {
            Files.deleteIfExists(target.resolveSibling(target.getFileName() + suffix));
        }
        SampleWarehouse.unpack(target);
        return target;
    }

    /** An importer for the whole country, and its API token made the documented way (the CLI). */
    private static String importerToken(Path accounts) {
        try (AccountDatabase db = AccountStore.open(accounts)) {
            AccountStore.on(db).add(new NewAccount(IMPORTER, null, Role.IMPORTER, true, Set.of()),
                    "benchmark-password-1".toCharArray(), false, Actor.SYSTEM);
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int exit = Cli.run(new String[] {"user", "token", IMPORTER, "--accounts", accounts.toString()},
                new PrintStream(text, true, StandardCharsets.UTF_8), System.err);
        String[] lines = text.toString(StandardCharsets.UTF_8).strip().split("\n");
        if (exit != 0) {
            throw new IllegalStateException("user token failed (" + exit + "): " + text);
        }
        return lines[lines.length - 1].strip();
    }

    /** The same files loaded as `load --db` loads them: all cores, no app. */
    private static double cliLoad(Path db, List<Path> files, PrintStream out) throws IOException {
        freshSample(db);
        long t0 = System.nanoTime();
        List<FileOutcome> outcomes;
        try (Warehouse w = Warehouse.open(db)) {
            ReportIntake intake = ReportIntake.of(w, null, InputLimits.configured(), Runtime.getRuntime().availableProcessors(),
                    () -> new vn.cchc.analytics.AnalyticsTables(w.dsl()).ensureFresh());
            outcomes = intake.loadFiles(InputFiles.collect(files), BatchLoader.Gate.OPEN, o -> { });
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "CLI-style load: %d outcomes in %.1f s%n", outcomes.size(), seconds);
        return files.size() / seconds;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Simulated users calling the views in turn while {@code during} runs in this thread. */
    static final class Users {
        final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger failed = new AtomicInteger();

        static Users run(List<ViewCalls.Case> calls, Runnable during) throws InterruptedException {
            Users users = new Users();
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch done = new CountDownLatch(USERS);
            for (int u = 0; u < USERS; u++) {
                int first = u;
                Thread.ofPlatform().name("user-" + u).start(() -> {
                    try {
                        for (int i = first; !stop.get(); i++) {
                            ViewCalls.Case c = calls.get(i % calls.size());
                            long t0 = System.nanoTime();
                            try {
                                c.call().get();
                                users.nanos.add(System.nanoTime() - t0);
                            } catch (RuntimeException e) {
                                users.failed.incrementAndGet();
                                System.err.println("view call failed: " + c.view() + " " + c.name() + ": " + e);
                            }
                            Thread.sleep(100); // a person reads before the next click
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                });
            }
            during.run();
            stop.set(true);
            done.await();
            return users;
        }

        int count() {
            return nanos.size();
        }

        double percentile(int p) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }

    /** A script's load through the API: multipart requests of a few files with the bearer token. */
    record ApiLoad(int files, int requests, int failedRequests, double seconds, java.util.Map<String, Integer> outcomes) {

        double reportsPerSecond() {
            return files / seconds;
        }

        static ApiLoad send(URI endpoint, String token, List<Path> files, int perRequest) {
            HttpClient http = HttpClient.newHttpClient();
            ObjectMapper json = new ObjectMapper();
            java.util.Map<String, Integer> outcomes = new java.util.TreeMap<>();
            int requests = 0;
            int failed = 0;
            long t0 = System.nanoTime();
            for (int from = 0; from < files.size(); from += perRequest) {
                List<Path> batch = files.subList(from, Math.min(files.size(), from + perRequest));
                Multipart body = Multipart.of(batch);
                HttpRequest request = HttpRequest.newBuilder(endpoint)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + body.boundary())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
                requests++;
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        failed++;
                        System.err.println("request " + requests + ": HTTP " + response.statusCode() + " " + response.body());
                        continue;
                    }
                    JsonNode answer = json.readTree(response.body());
                    JsonNode list = answer.has("files") ? answer.get("files") : answer;
                    for (JsonNode f : list) {
                        outcomes.merge(f.path("outcome").asText("?"), 1, Integer::sum);
                    }
                } catch (IOException e) {
                    failed++;
                    System.err.println("request " + requests + ": " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return new ApiLoad(files.size(), requests, failed, (System.nanoTime() - t0) / 1e9, outcomes);
        }
    }

    /** A multipart/form-data body: each file in a part named {@code file}, under its own name. */
    record Multipart(String boundary, byte[] bytes) {
        static Multipart of(List<Path> files) {
            String boundary = "cchc-bench-" + Long.toHexString(System.nanoTime());
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try {
                for (Path f : files) {
                    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + f.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                    body.write(Files.readAllBytes(f));
                    body.write("\r\n".getBytes(StandardCharsets.UTF_8));
                }
                body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new Multipart(boundary, body.toByteArray());
        }
    }

}
