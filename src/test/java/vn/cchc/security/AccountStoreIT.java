package vn.cchc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.cchc.analytics.AccessScope;

/** The account store on a real DuckDB file: accounts, scope, the lock, passwords, and the audit trail of each change. */
class AccountStoreIT {

    @TempDir
    Path dir;
    private AccountDatabase db;
    private AccountStore store;
    private AuditLog audit;
    private MutableClock clock;
    private PasswordEncoder encoder;
    private final Actor admin = new Actor("admin", "127.0.0.1");

    @BeforeEach
    void open() {
        db = AccountStore.open(dir.resolve("accounts.duckdb"));
        clock = new MutableClock(Instant.parse("2026-12-03T08:00:00Z"));
        encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        audit = new AuditLog(db.dsl(), clock);
        store = new AccountStore(db.dsl(), audit, encoder, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Account add(String name, Role role, boolean country, Set<String> provinces) {
        return store.add(new NewAccount(name, null, role, country, provinces), "correct horse".toCharArray(), false, admin);
    }

    @Test
    void namesAreOneCaseAndHashesNeverPlainText() {
        Account a = add("Lan.Nguyen", Role.ANALYST, false, Set.of("tuyen-quang-2025"));
        assertThat(a.name()).isEqualTo("lan.nguyen");
        assertThat(store.find("LAN.NGUYEN")).contains(a);
        String hash = store.credentials("lan.nguyen").orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("correct horse");
        assertThatThrownBy(() -> add("lan.nguyen", Role.VIEWER, true, Set.of())).isInstanceOf(AccountException.class)
                .hasMessageContaining("exists already");
        assertThatThrownBy(() -> add("bad name!", Role.VIEWER, true, Set.of())).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> store.add(new NewAccount("short", null, Role.VIEWER, true, Set.of()), "1234567".toCharArray(),
                false, admin)).hasMessageContaining("at least 8");
    }

    @Test
    void theScopeIsTheCountryOrTheProvincesOrNothingAndADisabledAccountSeesNothing() {
        assertThat(add("nation", Role.VIEWER, true, Set.of("ha-noi-2025")).scope()).isEqualTo(AccessScope.country());
        assertThat(add("none", Role.VIEWER, false, Set.of()).scope().isEmpty()).isTrue();
        Account tq = add("tq", Role.VIEWER, false, Set.of("tuyen-quang-2025"));
        assertThat(tq.scope().provinces()).containsExactly("tuyen-quang-2025");

        store.setScope("tq", false, Set.of("tuyen-quang-2025", "lao-cai-2025"), admin);
        assertThat(store.find("tq").orElseThrow().provinces()).containsExactlyInAnyOrder("tuyen-quang-2025", "lao-cai-2025");
        store.setScope("tq", false, Set.of("lao-cai-2025"), admin);
        assertThat(store.find("tq").orElseThrow().provinces()).containsExactly("lao-cai-2025");

        store.setEnabled("tq", false, admin);
        assertThat(store.find("tq").orElseThrow().scope().isEmpty()).isTrue();
        assertThat(store.list()).extracting(Account::name).containsExactly("nation", "none", "tq");
    }

    @Test
    void fiveWrongPasswordsLockForFifteenMinutesThroughSpringsOwnSignIn() {
        add("lan", Role.VIEWER, true, Set.of());
        DaoAuthenticationProvider signIn = new DaoAuthenticationProvider(new AccountUserDetailsService(store, clock));
        signIn.setPasswordEncoder(encoder);
        for (int i = 0; i < AccountStore.MAX_FAILED_SIGN_INS; i++) {
            assertThatThrownBy(() -> signIn.authenticate(token("lan", "wrong password"))).isInstanceOf(BadCredentialsException.class);
            store.signInFailed("lan", new Actor("lan", "10.0.0.9")); // what SignInEvents does on each failure
        }
        assertThat(store.find("lan").orElseThrow().lockedAt(LocalDateTime.now(clock))).isTrue();
        assertThatThrownBy(() -> signIn.authenticate(token("lan", "correct horse"))).isInstanceOf(LockedException.class);

        clock.advance(AccountStore.LOCK.plusSeconds(1));
        Authentication ok = signIn.authenticate(token("lan", "correct horse"));
        // Spring Security 7 adds the factor used (FACTOR_PASSWORD) beside the roles.
        assertThat(ok.getAuthorities()).extracting(GrantedAuthority::getAuthority).filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactly("ROLE_VIEWER");
        assertThat(audit.search(new AuditFilter(null, null, "lan", AuditAction.ACCOUNT_LOCKED), 10)).hasSize(1);
    }

    @Test
    void aSuccessfulSignInClearsTheCountAndRolesAreCumulative() {
        add("boss", Role.ADMIN, true, Set.of());
        store.signInFailed("boss", admin);
        store.signInFailed("boss", admin);
        store.signInSucceeded("boss");
        assertThat(store.find("boss").orElseThrow().failedSignIns()).isZero();
        DaoAuthenticationProvider signIn = new DaoAuthenticationProvider(new AccountUserDetailsService(store, clock));
        signIn.setPasswordEncoder(encoder);
        assertThat(signIn.authenticate(token("BOSS", "correct horse")).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(a -> a.startsWith("ROLE_")).containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_ANALYST", "ROLE_IMPORTER", "ROLE_ADMIN");
        store.setEnabled("boss", false, admin);
        assertThatThrownBy(() -> signIn.authenticate(token("boss", "correct horse"))).isInstanceOf(DisabledException.class);
    }

    @Test
    void anAdminsResetMustBeChangedAndTheHolderNeedsTheCurrentPassword() {
        add("lan", Role.VIEWER, true, Set.of());
        store.resetPassword("lan", "temporary-1".toCharArray(), admin);
        assertThat(store.find("lan").orElseThrow().mustChangePassword()).isTrue();
        Actor lan = new Actor("lan", "10.0.0.7");
        assertThatThrownBy(() -> store.changeOwnPassword("lan", "not it at all".toCharArray(), "mine-now-1".toCharArray(), lan))
                .hasMessageContaining("current password");
        store.changeOwnPassword("lan", "temporary-1".toCharArray(), "mine-now-1".toCharArray(), lan);
        assertThat(store.find("lan").orElseThrow().mustChangePassword()).isFalse();
        assertThat(encoder.matches("mine-now-1", store.credentials("lan").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void everyChangeLeavesAnAuditEventNewestFirst() {
        add("lan", Role.VIEWER, false, Set.of("tuyen-quang-2025"));
        store.setRole("lan", Role.ANALYST, admin);
        store.setScope("lan", true, Set.of(), admin);
        store.setNationalBenchmark(true, admin);
        assertThat(store.nationalBenchmark()).isTrue();
        store.setNationalBenchmark(false, admin);
        assertThat(store.nationalBenchmark()).isFalse();

        List<AuditEntry> all = audit.search(AuditFilter.all(), 100);
        assertThat(all).extracting(AuditEntry::action).containsExactly("SETTING_CHANGED", "SETTING_CHANGED",
                "ACCOUNT_CHANGED", "ACCOUNT_CHANGED", "ACCOUNT_ADDED");
        assertThat(all.getLast().detail()).isEqualTo("role=viewer scope=tuyen-quang-2025");
        assertThat(all.get(2).detail()).isEqualTo("scope=country");
        assertThat(all).allSatisfy(e -> {
            assertThat(e.account()).isEqualTo("admin");
            assertThat(e.client()).isEqualTo("127.0.0.1");
        });
        assertThat(audit.search(new AuditFilter(null, null, null, AuditAction.ACCOUNT_ADDED), 10)).hasSize(1);
        assertThat(audit.search(new AuditFilter(LocalDateTime.now(clock).plusMinutes(1), null, null, null), 10)).isEmpty();
    }

    @Test
    void aFailedChangeLeavesNeitherTheChangeNorAnEvent() {
        assertThatThrownBy(() -> store.setRole("nobody", Role.ADMIN, admin)).hasMessageContaining("no account named nobody");
        assertThat(audit.search(AuditFilter.all(), 10)).isEmpty();
    }

    @Test
    void theStoreCanBeReopenedAndItsFileHoldsNoWarehouseTables() {
        add("lan", Role.VIEWER, true, Set.of());
        db.close();
        db = AccountStore.open(dir.resolve("accounts.duckdb"));
        store = AccountStore.on(db);
        assertThat(store.find("lan")).isPresent();
        assertThat(db.dsl().meta().getTables()).extracting(t -> t.getName().toLowerCase())
                .doesNotContain("report", "report_value");
    }

    private static UsernamePasswordAuthenticationToken token(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }
}
