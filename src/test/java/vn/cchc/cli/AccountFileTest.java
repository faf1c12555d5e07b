package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.cchc.security.AccountDatabase.Location;

/** Which account store a user command changes: the option, else the web app's own settings. */
class AccountFileTest {

    @Command
    static class Holder {
        @Mixin
        AccountFile accounts;
    }

    private static Location location(Map<String, String> env, String... args) {
        Holder holder = new Holder();
        new CommandLine(holder).parseArgs(args);
        return holder.accounts.location(env);
    }

    @Test
    void theOptionWins() {
        assertThat(location(Map.of("CCHC_ACCOUNTS", "/srv/a.duckdb", "CCHC_ACCOUNTS_URL", "jdbc:postgresql://db/cchc"),
                "--accounts", "mine.duckdb")).isEqualTo(Location.file(Path.of("mine.duckdb")));
    }

    @Test
    void thenTheWebAppsDatabaseUrlWithCredentialsFromTheEnvironment() {
        assertThat(location(Map.of("CCHC_ACCOUNTS_URL", "jdbc:postgresql://db/cchc", "CCHC_ACCOUNTS_USER", "cchc",
                "CCHC_ACCOUNTS_PASSWORD", "pw", "CCHC_ACCOUNTS", "/srv/a.duckdb")))
                .isEqualTo(Location.url("jdbc:postgresql://db/cchc", "cchc", "pw"));
    }

    @Test
    void thenTheWebAppsFileThenTheDefault() {
        assertThat(location(Map.of("CCHC_ACCOUNTS", "/srv/a.duckdb"))).isEqualTo(Location.file(Path.of("/srv/a.duckdb")));
        assertThat(location(Map.of())).isEqualTo(Location.file(Path.of("data", "cchc-accounts.duckdb")));
        assertThat(location(Map.of("CCHC_ACCOUNTS", " ", "CCHC_ACCOUNTS_URL", ""))).isEqualTo(Location.file(AccountFile.DEFAULT));
    }
}
