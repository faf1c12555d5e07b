package vn.cchc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.cchc.analytics.AccessScope;

/**
 * The account store and the audit log on PostgreSQL, as a larger deployment runs them
 * ({@code CCHC_ACCOUNTS_URL}): Flyway migrates sql/accounts on open, and {@link AccountStore} does on
 * PostgreSQL what it does on the DuckDB file. Each test gets a schema of its own, dropped after it,
 * so reruns start clean.
 *
 * <p>Needs a PostgreSQL: {@code CCHC_TEST_POSTGRES_URL} (a JDBC URL), {@code CCHC_TEST_POSTGRES_USER}
 * and {@code CCHC_TEST_POSTGRES_PASSWORD}, a role that may create schemas in that database.
 * {@code .ci/run} installs Debian's postgresql, starts it and sets them. Without them the test is
 * skipped — unless {@code CCHC_TEST_POSTGRES_REQUIRED=1} (set by .ci/run), when it fails: CI must not
 * pass by skipping it.
 */
class AccountStorePostgresIT {

    private static final String HOW_TO_RUN = "set CCHC_TEST_POSTGRES_URL (e.g. jdbc:postgresql://localhost:5432/cchc_test), "
            + "CCHC_TEST_POSTGRES_USER and CCHC_TEST_POSTGRES_PASSWORD to run it, or run .ci/run, which starts "
            + "Debian's PostgreSQL and sets them";
    private static final Actor ADMIN = new Actor("it-admin", "127.0.0.1");
    private static final String TUYEN_QUANG = "tuyen-quang-2025";
    private static final String LAO_CAI = "lao-cai-2025";
    private static final String HA_NOI = "ha-noi-2025";

    private static String url;
    private static String user;
    private static String password;

    private final String schema = "cchc_accounts_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"));
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private boolean schemaCreated;
    private AccountDatabase db;
    private AccountStore store;
    private AuditLog audit;

    @BeforeAll
    static void postgres() {
        url = System.getenv("CCHC_TEST_POSTGRES_URL");
        user = System.getenv("CCHC_TEST_POSTGRES_USER");
        password = System.getenv("CCHC_TEST_POSTGRES_PASSWORD");
    }

    @BeforeEach
    void freshSchema() throws SQLException {
        // Per test, not per class: each test is then reported as skipped, with the reason.
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("CCHC_TEST_POSTGRES_REQUIRED"))) {
                fail("CCHC_TEST_POSTGRES_REQUIRED=1 but there is no PostgreSQL to run on: " + HOW_TO_RUN);
            }
            assumeTrue(false, "skipped, no PostgreSQL: " + HOW_TO_RUN);
        }
        admin("CREATE SCHEMA " + schema);
        schemaCreated = true;
        // currentSchema: Flyway and the unqualified jOOQ names both work in the test's own schema.
        String inSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        db = AccountDatabase.open(AccountDatabase.Location.url(inSchema, user, password));
        audit = new AuditLog(db.dsl(), clock);
        store = new AccountStore(db.dsl(), audit, encoder, clock);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (db != null) {
            db.close();
        }
        if (schemaCreated) {
            admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void flywayMigratedTheAccountTablesIntoTheTestsSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
             var rs = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = '" + schema + "' ORDER BY table_name")) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            assertThat(tables).containsExactly("account", "account_province", "api_token", "audit_event",
                    "flyway_schema_history", "setting");
        }
    }

    @Test
    void addFindListAndChangeTheScope() {
        store.add(new NewAccount("Ana", "ana@example.vn", Role.ANALYST, false, Set.of(TUYEN_QUANG)),
                "ana-password".toCharArray(), true, ADMIN);
        store.add(new NewAccount("binh", null, Role.VIEWER, true, Set.of()), "binh-password".toCharArray(), false, ADMIN);

        Account ana = store.find("ANA").orElseThrow();
        assertThat(ana.name()).isEqualTo("ana");
        assertThat(ana.email()).isEqualTo("ana@example.vn");
        assertThat(ana.role()).isEqualTo(Role.ANALYST);
        assertThat(ana.scope()).isEqualTo(AccessScope.provinces(Set.of(TUYEN_QUANG)));
        assertThat(ana.mustChangePassword()).isTrue();
        assertThat(ana.createdBy()).isEqualTo(ADMIN.name());
        assertThat(ana.createdAt()).isEqualTo(now());
        assertThat(store.findByNameOrEmail("someone-else", "ANA@Example.VN")).map(Account::name).contains("ana");
        assertThat(store.list()).extracting(Account::name).containsExactly("ana", "binh");
        assertThat(store.find("binh").orElseThrow().scope()).isEqualTo(AccessScope.country());

        assertThatThrownBy(() -> store.add(new NewAccount("ANA", null, Role.VIEWER, true, Set.of()),
                "another-password".toCharArray(), false, ADMIN)).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> store.add(new NewAccount("chi", "ana@example.vn", Role.VIEWER, true, Set.of()),
                "another-password".toCharArray(), false, ADMIN)).isInstanceOf(AccountException.class);

        // Kept, added, removed: the store deletes and inserts only what changes.
        store.setScope("ana", false, Set.of(TUYEN_QUANG, LAO_CAI), ADMIN);
        assertThat(store.find("ana").orElseThrow().provinces()).containsExactlyInAnyOrder(TUYEN_QUANG, LAO_CAI);
        store.setScope("Ana", false, Set.of(LAO_CAI, HA_NOI), ADMIN);
        assertThat(store.find("ana").orElseThrow().provinces()).containsExactlyInAnyOrder(LAO_CAI, HA_NOI);
        store.setScope("ana", true, Set.of(LAO_CAI), ADMIN);
        assertThat(store.find("ana").orElseThrow().scope()).isEqualTo(AccessScope.country());
        assertThat(store.find("ana").orElseThrow().provinces()).isEmpty();
        store.setScope("ana", false, Set.of(), ADMIN);
        assertThat(store.find("ana").orElseThrow().scope().isEmpty()).as("no province: sees nothing").isTrue();

        store.setRole("ana", Role.IMPORTER, ADMIN);
        store.setEmail("ana", "ana.nguyen@example.vn", ADMIN);
        assertThat(store.find("ana").orElseThrow()).extracting(Account::role, Account::email)
                .containsExactly(Role.IMPORTER, "ana.nguyen@example.vn");
        assertThatThrownBy(() -> store.setRole("nobody", Role.ADMIN, ADMIN)).isInstanceOf(AccountException.class);
    }

    @Test
    void aDisabledAccountSeesNothingAndCannotSignIn() {
        store.add(new NewAccount("ana", null, Role.ANALYST, false, Set.of(TUYEN_QUANG)), "ana-password".toCharArray(),
                false, ADMIN);
        store.add(new NewAccount("admin", null, Role.ADMIN, true, Set.of()), "admin-password".toCharArray(), false, ADMIN);
        assertThat(store.hasEnabledAdmin()).isTrue();

        store.setEnabled("ana", false, ADMIN);
        store.setEnabled("admin", false, ADMIN);

        Account ana = store.find("ana").orElseThrow();
        assertThat(ana.enabled()).isFalse();
        assertThat(ana.scope()).isEqualTo(AccessScope.none());
        assertThat(signIn("ana").isEnabled()).isFalse();
        assertThat(store.hasEnabledAdmin()).isFalse();
    }

    @Test
    void fiveFailedSignInsLockTheAccountForFifteenMinutes() {
        store.add(new NewAccount("ana", null, Role.ANALYST, false, Set.of(TUYEN_QUANG)), "ana-password".toCharArray(),
                false, ADMIN);
        Actor fromOutside = new Actor("ana", "203.0.113.7");

        for (int i = 1; i < AccountStore.MAX_FAILED_SIGN_INS; i++) {
            assertThat(store.signInFailed("ANA", fromOutside)).as("failure " + i).isFalse();
        }
        assertThat(store.find("ana").orElseThrow().failedSignIns()).isEqualTo(AccountStore.MAX_FAILED_SIGN_INS - 1);
        assertThat(store.signInFailed("ana", fromOutside)).as("the fifth failure locks").isTrue();

        Account locked = store.find("ana").orElseThrow();
        assertThat(locked.lockedUntil()).isEqualTo(now().plus(AccountStore.LOCK));
        assertThat(locked.lockedAt(now())).isTrue();
        assertThat(signIn("ana").isAccountNonLocked()).isFalse();
        assertThat(audit.search(new AuditFilter(null, null, null, AuditAction.ACCOUNT_LOCKED), 10))
                .singleElement().satisfies(e -> {
                    assertThat(e.target()).isEqualTo("ana");
                    assertThat(e.client()).isEqualTo("203.0.113.7");
                });

        clock.advance(AccountStore.LOCK.plusSeconds(1));
        assertThat(signIn("ana").isAccountNonLocked()).as("the lock ends by itself").isTrue();
        assertThat(store.signInFailed("nobody", fromOutside)).as("an unknown name locks nothing").isFalse();
    }

    @Test
    void resetAndChangeOwnPassword() {
        store.add(new NewAccount("ana", null, Role.ANALYST, false, Set.of(TUYEN_QUANG)), "first-password".toCharArray(),
                false, ADMIN);
        for (int i = 0; i < AccountStore.MAX_FAILED_SIGN_INS; i++) {
            store.signInFailed("ana", ADMIN);
        }
        assertThat(store.find("ana").orElseThrow().lockedAt(now())).isTrue();

        store.resetPassword("ana", "reset-password".toCharArray(), ADMIN);

        Account reset = store.find("ana").orElseThrow();
        assertThat(reset.lockedUntil()).as("a reset unlocks").isNull();
        assertThat(reset.mustChangePassword()).isTrue();
        assertThat(encoder.matches("reset-password", signIn("ana").getPassword())).isTrue();
        assertThat(encoder.matches("first-password", signIn("ana").getPassword())).isFalse();

        Actor ana = new Actor("ana", "127.0.0.1");
        assertThatThrownBy(() -> store.changeOwnPassword("ana", "wrong-password".toCharArray(),
                "chosen-password".toCharArray(), ana)).isInstanceOf(AccountException.class);
        assertThat(audit.search(new AuditFilter(null, null, "ana", AuditAction.PASSWORD_CHANGED), 10))
                .singleElement().extracting(AuditEntry::outcome).isEqualTo("denied");

        store.changeOwnPassword("ANA", "reset-password".toCharArray(), "chosen-password".toCharArray(), ana);

        assertThat(store.find("ana").orElseThrow().mustChangePassword()).isFalse();
        assertThat(encoder.matches("chosen-password", signIn("ana").getPassword())).isTrue();
        assertThatThrownBy(() -> store.resetPassword("ana", "short".toCharArray(), ADMIN))
                .as("at least " + AccountStore.MIN_PASSWORD_CHARS + " characters").isInstanceOf(AccountException.class);
    }

    @Test
    void theNationalBenchmarkSwitch() {
        assertThat(store.nationalBenchmark()).as("off unless an admin turns it on").isFalse();

        store.setNationalBenchmark(true, ADMIN);
        assertThat(store.nationalBenchmark()).isTrue();
        store.setNationalBenchmark(false, ADMIN);
        assertThat(store.nationalBenchmark()).isFalse();
        store.setNationalBenchmark(true, ADMIN);
        assertThat(store.nationalBenchmark()).isTrue();

        assertThat(audit.search(new AuditFilter(null, null, null, AuditAction.SETTING_CHANGED), 10))
                .extracting(AuditEntry::detail).containsExactly("true", "false", "true");
    }

    @Test
    void theAuditLogNewestFirstWithItsFilters() {
        LocalDateTime start = now();
        store.add(new NewAccount("ana", null, Role.ANALYST, false, Set.of(TUYEN_QUANG)), "ana-password".toCharArray(),
                false, ADMIN);
        clock.advance(Duration.ofMinutes(1));
        store.add(new NewAccount("binh", null, Role.VIEWER, true, Set.of()), "binh-password".toCharArray(), false, ADMIN);
        clock.advance(Duration.ofMinutes(1));
        LocalDateTime third = now();
        audit.record(new Actor("Ana", "10.0.0.5"), AuditAction.SIGN_IN, "ana", AuditLog.Outcome.OK, "password");
        clock.advance(Duration.ofMinutes(1));
        store.setScope("ana", false, Set.of(LAO_CAI), ADMIN);
        clock.advance(Duration.ofMinutes(1));
        audit.record(new Actor("binh", "10.0.0.6"), AuditAction.EXPORT, "overview.xlsx", AuditLog.Outcome.OK,
                "x".repeat(5000));

        List<AuditEntry> all = audit.search(AuditFilter.all(), 100);
        assertThat(all).extracting(AuditEntry::action).containsExactly("EXPORT", "ACCOUNT_CHANGED", "SIGN_IN",
                "ACCOUNT_ADDED", "ACCOUNT_ADDED");
        assertThat(all).isSortedAccordingTo(Comparator.comparing(AuditEntry::at).reversed());
        assertThat(all).isSortedAccordingTo(Comparator.comparingLong(AuditEntry::id).reversed());
        assertThat(all.getLast()).satisfies(first -> {
            assertThat(first.at()).isEqualTo(start);
            assertThat(first.account()).isEqualTo(ADMIN.name());
            assertThat(first.target()).isEqualTo("ana");
            assertThat(first.detail()).isEqualTo("role=analyst scope=" + TUYEN_QUANG);
        });
        assertThat(all.getFirst().detail()).as("a long detail is cut to the column, not lost").hasSize(4000).endsWith("…");

        assertThat(audit.search(AuditFilter.all(), 2)).extracting(AuditEntry::action)
                .containsExactly("EXPORT", "ACCOUNT_CHANGED");
        assertThat(audit.search(new AuditFilter(null, null, "ANA", null), 100))
                .as("by account, any case, part of the name").extracting(AuditEntry::action).containsExactly("SIGN_IN");
        assertThat(audit.search(new AuditFilter(null, null, "IT-ADM", AuditAction.ACCOUNT_ADDED), 100))
                .extracting(AuditEntry::target).containsExactly("binh", "ana");
        assertThat(audit.search(new AuditFilter(third, third.plusMinutes(1), null, null), 100))
                .as("from and to, both included").extracting(AuditEntry::action)
                .containsExactly("ACCOUNT_CHANGED", "SIGN_IN");
        assertThat(audit.search(new AuditFilter(third.plusSeconds(1), null, "it-admin", null), 100))
                .extracting(AuditEntry::action).containsExactly("ACCOUNT_CHANGED");
        assertThat(audit.search(new AuditFilter(null, null, "nobody", null), 100)).isEmpty();
    }

    @Test
    void apiTokensAreMadeCheckedAndRevokedOnPostgres() {
        store.add(new NewAccount("loader", null, Role.IMPORTER, false, Set.of(HA_NOI)), "loader-password".toCharArray(), false, ADMIN);
        ApiTokens tokens = new ApiTokens(db.dsl(), audit, store, clock);

        ApiTokens.Created made = tokens.create("LOADER", "script", ADMIN);

        assertThat(made.token().accountName()).isEqualTo("loader");
        assertThat(tokens.list("loader")).extracting(ApiToken::id).containsExactly(made.token().id());
        ApiTokens.Check ok = tokens.check(made.secret());
        assertThat(ok).isInstanceOfSatisfying(ApiTokens.Valid.class,
                v -> assertThat(v.account().scope()).isEqualTo(AccessScope.provinces(Set.of(HA_NOI))));
        assertThat(tokens.find(made.token().id()).orElseThrow().lastUsedAt()).isEqualTo(now());
        assertThat(tokens.revoke(made.token().id(), ADMIN)).isTrue();
        assertThat(tokens.revoke(made.token().id(), ADMIN)).as("once").isFalse();
        assertThat(tokens.check(made.secret())).isInstanceOf(ApiTokens.Refused.class);
        assertThat(audit.search(new AuditFilter(null, null, "it-admin", null), 10)).extracting(AuditEntry::action)
                .contains("TOKEN_CREATED", "TOKEN_REVOKED");
    }

    /** The test clock's time, as the store writes it (whole seconds: PostgreSQL keeps them exactly). */
    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** The account as Spring Security's sign-in sees it. */
    private UserDetails signIn(String name) {
        return new AccountUserDetailsService(store, clock).loadUserByUsername(name);
    }

    /** A statement on the test database as the test's role (the schema's creation and removal). */
    private static void admin(String sql) throws SQLException {
        assertThat(sql.toLowerCase(Locale.ROOT)).matches("(create|drop) schema (if exists )?cchc_accounts_it_[0-9a-f]+( cascade)?");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
