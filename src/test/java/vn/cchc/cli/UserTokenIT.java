package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.security.jooq.Tables.API_TOKEN;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.security.AccountDatabase;
import vn.cchc.security.AccountStore;
import vn.cchc.security.ApiTokens;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditFilter;
import vn.cchc.security.AuditLog;

/**
 * {@code user token NAME} on a real DuckDB account file: the token alone on the last line, shown
 * once, stored only as its hash, audited; refused for an account that may not load.
 */
class UserTokenIT {

    @TempDir
    Path tmp;

    private CliRun user(String stdin, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("user"));
        all.addAll(List.of(args));
        all.addAll(List.of("--accounts", tmp.resolve("accounts.duckdb").toString(), "--lang", "en"));
        return CliRun.withInput(stdin, all.toArray(String[]::new));
    }

    @Test
    void theTokenIsPrintedOnceOnTheLastLineAndStoredOnlyAsItsHash() {
        assertThat(user("s3cret-enough\n", "add", "--name", "Loader", "--role", "importer", "--country").exit()).isZero();

        CliRun made = user("", "token", "loader", "--label", "nightly script");

        assertThat(made.exit()).as(made.err()).isZero();
        List<String> lines = made.out().lines().toList();
        String token = lines.getLast();
        assertThat(token).startsWith(ApiTokens.PREFIX).hasSizeGreaterThan(40).doesNotContainAnyWhitespaces();
        assertThat(lines.getFirst()).contains("loader").contains("shown this once");
        try (AccountDatabase db = AccountStore.open(tmp.resolve("accounts.duckdb"))) {
            var rows = db.dsl().selectFrom(API_TOKEN).fetch();
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.getAccountName()).isEqualTo("loader");
                assertThat(r.getLabel()).isEqualTo("nightly script");
                assertThat(r.getSecretSha256()).isEqualTo(ApiTokens.sha256(token)).isNotEqualTo(token).doesNotContain(token);
                assertThat(token).startsWith(r.getShownPrefix());
            });
            assertThat(ApiTokens.on(db).check(token)).isInstanceOf(ApiTokens.Valid.class);
            assertThat(new AuditLog(db.dsl(), java.time.Clock.systemDefaultZone())
                    .search(new AuditFilter(null, null, null, AuditAction.TOKEN_CREATED), 10))
                    .singleElement().satisfies(e -> {
                        assertThat(e.target()).isEqualTo("loader");
                        assertThat(e.detail()).doesNotContain(token);
                    });
        }

        CliRun second = user("", "token", "loader");
        assertThat(second.out().lines().toList().getLast()).as("a new token each time, never the first again")
                .startsWith(ApiTokens.PREFIX).isNotEqualTo(token);
    }

    @Test
    void anAccountThatMayNotLoadGetsNoTokenAndTheLastLineIsNoToken() {
        assertThat(user("s3cret-enough\n", "add", "--name", "reader", "--role", "analyst", "--country").exit()).isZero();

        CliRun refused = user("", "token", "reader");

        assertThat(refused.exit()).isEqualTo(UsageErrors.REFUSED);
        assertThat(refused.err()).contains("importer and admin");
        assertThat(refused.out()).doesNotContain(ApiTokens.PREFIX);
        try (AccountDatabase db = AccountStore.open(tmp.resolve("accounts.duckdb"))) {
            assertThat(db.dsl().fetchCount(API_TOKEN)).isZero();
        }
    }
}
