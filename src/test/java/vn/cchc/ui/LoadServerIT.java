package vn.cchc.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.security.AccountDatabase;
import vn.cchc.security.AccountStore;
import vn.cchc.security.Actor;
import vn.cchc.security.ApiTokens;
import vn.cchc.security.NewAccount;
import vn.cchc.security.Role;
import vn.cchc.warehouse.SeedReports;
import vn.cchc.warehouse.Warehouse;

/**
 * {@code load --server} as an operator runs it: the packaged jar's command line sends a folder of
 * the seed reports to the packaged jar running as the web app, with an importer's token from
 * CCHC_TOKEN. The app's {@code indicator_values} then hold exactly the rows a local {@code load
 * --db} of the same folder gives. A wrong token and an unreachable server end in one line. (Here,
 * beside {@link RunningApp}, rather than in the cli package: it starts the app as the browser tests do.)
 */
class LoadServerIT {

    @TempDir
    Path tmp;

    private record Exit(int code, String out, String err) {
    }

    /** The packaged jar's command line, with {@code token} (if any) in CCHC_TOKEN, never in the arguments. */
    private Exit jar(String token, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-jar", Path.of("target", "cchc-analytics.jar").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("CCHC_TOKEN");
        if (token != null) {
            builder.environment().put("CCHC_TOKEN", token);
        }
        // A local load records itself in an account store: this test's, never the working folder's.
        builder.environment().put("CCHC_ACCOUNTS", tmp.resolve("cli-accounts.duckdb").toString());
        builder.environment().remove("CCHC_ACCOUNTS_URL");
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(String.join(" ", args) + " still running after 180 s");
        }
        return new Exit(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Every row of the indicator_values view, each as its columns' texts, in one order. */
    private static List<List<String>> indicatorValues(Path warehouse) {
        try (Warehouse w = Warehouse.open(warehouse)) {
            return w.dsl().selectFrom(INDICATOR_VALUES).fetch().stream()
                    .map(r -> java.util.Arrays.stream(r.intoArray()).map(String::valueOf).toList())
                    .sorted(Comparator.comparing(Object::toString)).toList();
        }
    }

    @Test
    void loadServerGetsTheSameIndicatorValuesAsALocalLoad() throws Exception {
        Path reports = SeedReports.copyTo(tmp.resolve("reports"));
        Path served = tmp.resolve("served").resolve("w.duckdb");
        Files.createDirectories(served.getParent());
        Warehouse.open(served).close(); // an existing, empty warehouse: no bundled sample on first start
        Path accounts = RunningApp.accountsBeside(served);
        String token;
        try (AccountDatabase db = AccountStore.open(accounts)) {
            AccountStore.on(db).add(new NewAccount("loader", null, Role.IMPORTER, true, java.util.Set.of()),
                    "loader-password".toCharArray(), false, Actor.SYSTEM);
            token = ApiTokens.on(db).create("loader", "LoadServerIT", Actor.SYSTEM).secret();
        }

        Exit sent;
        Exit wrongToken;
        try (RunningApp app = RunningApp.start(served, accounts, Duration.ofMinutes(4))) {
            String url = app.url("");
            sent = jar(token, "load", "--server", url, "--lang", "en", reports.toString());
            wrongToken = jar(token + "x", "load", "--server", url, "--lang", "en", reports.toString());
            Exit again = jar(token, "load", "--server", url, "--lang", "en", reports.toString());
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(again.out()).contains("Total 5 files: loaded 0").contains("duplicate 5");
        }

        assertThat(sent.code()).as(sent.out() + sent.err()).isZero();
        assertThat(sent.out()).contains("Total 5 files: loaded 5");
        assertThat(sent.out() + sent.err()).doesNotContain(token);
        assertThat(wrongToken.code()).isEqualTo(3);
        assertThat(wrongToken.err().strip()).isEqualTo("The server refused the API token: unknown API token");

        Path local = tmp.resolve("local").resolve("w.duckdb");
        Exit loaded = jar(null, "load", "--db", local.toString(), "--lang", "en", reports.toString());
        assertThat(loaded.code()).as(loaded.err()).isZero();

        List<List<String>> viaServer = indicatorValues(served);
        List<List<String>> viaFile = indicatorValues(local);
        assertThat(viaServer).hasSizeGreaterThan(50);
        assertThat(viaServer).containsExactlyElementsOf(viaFile);
        assertThat(viaServer).extracting(r -> r.getFirst()).containsAll(SeedReports.FILES);
    }

    @Test
    void anUnreachableServerOrAMissingTokenIsOneLine() throws Exception {
        Path reports = SeedReports.copyTo(tmp.resolve("reports"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Exit unreachable = jar("cchc_whatever", "load", "--server", "http://localhost:" + port, "--lang", "en", reports.toString());
        assertThat(unreachable.code()).isEqualTo(3);
        assertThat(unreachable.err().strip()).startsWith("Cannot reach the server http://localhost:" + port).doesNotContain("\n");

        Exit noToken = jar(null, "load", "--server", "http://localhost:" + port, "--lang", "en", reports.toString());
        assertThat(noToken.code()).isEqualTo(2);
        assertThat(noToken.err().strip()).startsWith("No API token: set the variable CCHC_TOKEN");
    }
}
