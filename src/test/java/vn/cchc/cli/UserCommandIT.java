package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.security.Account;
import vn.cchc.security.AccountDatabase;
import vn.cchc.security.AccountException;
import vn.cchc.security.AccountStore;
import vn.cchc.security.Actor;
import vn.cchc.security.Role;

/**
 * The user commands as an operator runs them, against real DuckDB account files: what they print,
 * their exit codes, and what the account store holds afterwards (read back through AccountStore).
 */
class UserCommandIT {

    private static final String PASSWORD = "s3cret-enough";

    @TempDir
    Path tmp;

    private Path accounts() {
        return tmp.resolve("accounts.duckdb");
    }

    private CliRun user(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("user"));
        all.addAll(List.of(args));
        all.addAll(List.of("--accounts", accounts().toString(), "--lang", "en"));
        return CliRun.withInput(stdin, all.toArray(String[]::new));
    }

    private CliRun add(String name, String... rest) {
        List<String> args = new ArrayList<>(List.of("add", "--name", name));
        args.addAll(List.of(rest));
        return user(PASSWORD + "\n", args.toArray(String[]::new));
    }

    private <T> T withStore(Function<AccountStore, T> read) {
        try (AccountDatabase db = AccountStore.open(accounts())) {
            return read.apply(AccountStore.on(db));
        }
    }

    private Optional<Account> find(String name) {
        return withStore(s -> s.find(name));
    }

    /** Whether {@code password} is the account's: the store accepts it as the current one. */
    private boolean passwordIs(String name, String password) {
        return withStore(s -> {
            try {
                s.changeOwnPassword(name, password.toCharArray(), password.toCharArray(), Actor.SYSTEM);
                return true;
            } catch (AccountException e) {
                return false;
            }
        });
    }

    @Test
    void addsAnAccountWithItsProvincesAndThePasswordFromStandardInput() {
        CliRun run = add("Alice", "--role", "viewer", "--province", "tuyen quang", "--province", "TP. Hồ Chí Minh");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Added the account alice (role viewer; scope: Hồ Chí Minh, Tuyên Quang);"
                + " it must change its password at its first sign-in\n");
        assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
        Account alice = find("alice").orElseThrow();
        assertThat(alice.role()).isEqualTo(Role.VIEWER);
        assertThat(alice.countryWide()).isFalse();
        assertThat(alice.provinces()).containsExactlyInAnyOrder("tuyen-quang-2025", "ho-chi-minh-2025");
        assertThat(alice.mustChangePassword()).isTrue();
        assertThat(alice.createdBy()).startsWith("cli:");
        assertThat(passwordIs("alice", PASSWORD)).isTrue();
        assertThat(passwordIs("alice", "something-else")).isFalse();
    }

    @Test
    void onlyTheFirstLineOfStandardInputIsThePasswordWithoutItsLineEnd() {
        CliRun run = user("windows-line\r\nsecond line\n", "add", "--name", "bao", "--role", "analyst", "--country");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(passwordIs("bao", "windows-line")).isTrue();
        assertThat(find("bao").orElseThrow().countryWide()).isTrue();
    }

    @Test
    void anEmptyPasswordIsAUsageErrorAndAddsNothing() {
        for (String stdin : new String[] {"", "\n", "\r\n"}) {
            CliRun run = user(stdin, "add", "--name", "carol", "--role", "viewer", "--country");
            assertThat(run.exit()).as("stdin %s", stdin.replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(2);
            assertThat(run.err()).startsWith("A password is needed: one line on standard input")
                    .contains("Usage: java -jar cchc-analytics.jar user add");
        }
        assertThat(find("carol")).isEmpty();
    }

    @Test
    void aPasswordTheStoreRefusesIsNotDone() {
        CliRun run = user("short\n", "add", "--name", "carol", "--role", "viewer", "--country");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Not done: a password has at least 8 characters\n");
        assertThat(find("carol")).isEmpty();
    }

    @Test
    void anAccountWithoutScopeIsAddedWithAWarning() {
        CliRun run = add("dung", "--role", "analyst");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo("Warning: the account dung has no scope, so it sees no figures until an admin gives it one\n");
        Account dung = find("dung").orElseThrow();
        assertThat(dung.countryWide()).isFalse();
        assertThat(dung.provinces()).isEmpty();
    }

    @Test
    void anUnknownProvinceIsAUsageErrorNamingIt() {
        CliRun run = add("em", "--role", "viewer", "--province", "Hà Nội", "--province", "Atlantis");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("No province Atlantis among the 34 provinces of 2025-07-01\n");
        assertThat(find("em")).isEmpty();

        CliRun merged = add("em", "--role", "viewer", "--province", "quang binh");
        assertThat(merged.exit()).isEqualTo(2);
        assertThat(merged.err()).startsWith("quang binh is one of the 63 provinces; since 2025-07-01 it is part of Quảng Trị");
    }

    @Test
    void countryAndProvinceTogetherAreAUsageError() {
        CliRun run = add("em", "--role", "viewer", "--country", "--province", "Hà Nội");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("--country and --province do not go together");
        assertThat(find("em")).isEmpty();
    }

    @Test
    void aBadRoleIsAUsageError() {
        CliRun run = add("em", "--role", "boss", "--country");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("No role boss; the roles: viewer, analyst, importer, admin");
        assertThat(add("em", "--country").err()).startsWith("--role ROLE is required");
        assertThat(user(PASSWORD + "\n", "add", "--role", "viewer").err()).startsWith("--name NAME is required");
    }

    @Test
    void aDuplicateNameIsRefusedWhateverItsCase() {
        assertThat(add("giang", "--role", "viewer", "--country").exit()).isZero();
        CliRun again = add("GIANG", "--role", "admin", "--country");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("Not done: an account giang exists already\n");
        assertThat(find("giang").orElseThrow().role()).as("the first one untouched").isEqualTo(Role.VIEWER);
    }

    @Test
    void listShowsEveryAccountByNameWithRoleScopeAndState() {
        add("minh", "--role", "admin", "--country");
        add("an", "--role", "viewer", "--province", "Quảng Trị", "--province", "ha-noi");
        add("lan", "--role", "importer");
        assertThat(user("", "disable", "lan").exit()).isZero();
        withStore(s -> {
            for (int i = 0; i < AccountStore.MAX_FAILED_SIGN_INS; i++) {
                s.signInFailed("minh", Actor.SYSTEM);
            }
            return null;
        });

        CliRun run = user("", "list");

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).matches("NAME +ROLE +SCOPE +STATE");
        assertThat(lines.get(1)).matches("an +viewer +Hà Nội, Quảng Trị +enabled, must change password");
        assertThat(lines.get(2)).matches("lan +importer +\\(none: sees nothing\\) +disabled, must change password");
        assertThat(lines.get(3)).matches("minh +admin +whole country +enabled, locked until \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d, must change password");
        int role = lines.get(0).indexOf("ROLE");
        int scope = lines.get(0).indexOf("SCOPE");
        assertThat(List.of(lines.get(1).indexOf("viewer"), lines.get(2).indexOf("importer"), lines.get(3).indexOf("admin")))
                .as("columns aligned").containsOnly(role);
        assertThat(List.of(lines.get(1).indexOf("Hà Nội"), lines.get(2).indexOf("(none"), lines.get(3).indexOf("whole")))
                .containsOnly(scope);
    }

    @Test
    void disableAndEnable() {
        add("hoa", "--role", "viewer", "--country");
        CliRun disable = user("", "disable", "HOA");
        assertThat(disable.exit()).isZero();
        assertThat(disable.out()).isEqualTo("Disabled the account hoa\n");
        assertThat(find("hoa").orElseThrow().enabled()).isFalse();

        assertThat(user("", "enable", "hoa").exit()).isZero();
        assertThat(find("hoa").orElseThrow().enabled()).isTrue();

        CliRun unknown = user("", "disable", "nobody");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("Not done: no account nobody\n");
        assertThat(user("", "disable").exit()).as("no name").isEqualTo(2);
    }

    @Test
    void resetPasswordTakesTheNewOneFromStandardInput() {
        add("khoa", "--role", "analyst", "--country");
        withStore(s -> {
            s.changeOwnPassword("khoa", PASSWORD.toCharArray(), "changed-by-khoa".toCharArray(), Actor.SYSTEM);
            return null;
        });
        assertThat(find("khoa").orElseThrow().mustChangePassword()).isFalse();

        CliRun run = user("reset-by-admin\n", "reset-password", "khoa");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Set a new password for the account khoa; it must change it at its next sign-in\n");
        assertThat(find("khoa").orElseThrow().mustChangePassword()).isTrue();
        assertThat(passwordIs("khoa", "changed-by-khoa")).isFalse();
        assertThat(passwordIs("khoa", "reset-by-admin")).isTrue();

        assertThat(user("", "reset-password", "khoa").exit()).as("empty password").isEqualTo(2);
        CliRun unknown = user("reset-by-admin\n", "reset-password", "nobody");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("Not done: no account nobody\n");
    }

    @Test
    void onlyAddCreatesAnAccountStore() {
        CliRun run = user("", "list");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("No account store " + accounts() + " (only user add creates one)");
        assertThat(accounts()).doesNotExist();
    }

    @Test
    void anAccountStoreThatCannotBeOpenedExitsThree() throws IOException {
        Files.writeString(accounts(), "not a database\n");
        CliRun list = user("", "list");
        assertThat(list.exit()).isEqualTo(3);
        assertThat(list.err()).startsWith("Cannot open the account store");
        assertThat(add("em", "--role", "viewer", "--country").exit()).isEqualTo(3);
    }
}
