package vn.cchc.security;

import static vn.cchc.security.jooq.Tables.ACCOUNT;
import static vn.cchc.security.jooq.Tables.ACCOUNT_PROVINCE;
import static vn.cchc.security.jooq.Tables.SETTING;

import java.nio.CharBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.cchc.security.AuditLog.Outcome;
import vn.cchc.security.jooq.tables.records.AccountRecord;

/**
 * The accounts: add, change, disable, passwords, the sign-in lock, and the admin's switches. Every
 * change is written with its audit event in one transaction. Names are stored in lower case, so
 * "ALICE" signs in as "alice" on DuckDB and PostgreSQL alike.
 */
public final class AccountStore {

    /** Failed sign-ins in a row that lock an account, and for how long. */
    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final int MIN_PASSWORD_CHARS = 8;
    static final String NATIONAL_BENCHMARK = "national_benchmark";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

    private final DSLContext dsl;
    private final AuditLog audit;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public AccountStore(DSLContext dsl, AuditLog audit, PasswordEncoder encoder, Clock clock) {
        this.dsl = dsl;
        this.audit = audit;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** For the command line: the store of an account file (created and migrated if new); close the database after. */
    public static AccountStore on(AccountDatabase db) {
        Clock clock = Clock.systemDefaultZone();
        return new AccountStore(db.dsl(), new AuditLog(db.dsl(), clock),
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock);
    }

    /** Convenience for scripts and tests: opens the DuckDB account file; closing the returned database closes the store. */
    public static AccountDatabase open(Path file) {
        return AccountDatabase.open(AccountDatabase.Location.file(file));
    }

    public static String normalise(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }

    /** A new account; {@code password} is cleared after use. */
    public Account add(NewAccount a, char[] password, boolean mustChangePassword, Actor actor) {
        String name = normalise(a.name());
        if (!NAME.matcher(name).matches()) {
            throw new AccountException("an account name is 1–100 letters a–z, digits, '.', '_', '@' or '-': " + a.name());
        }
        String hash = hash(password);
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            if (tx.fetchExists(ACCOUNT, ACCOUNT.NAME.eq(name))) {
                throw new AccountException("an account named " + name + " exists already");
            }
            if (a.email() != null && tx.fetchExists(ACCOUNT, ACCOUNT.EMAIL.eq(a.email()))) {
                throw new AccountException("another account has the e-mail " + a.email());
            }
            tx.insertInto(ACCOUNT).set(ACCOUNT.NAME, name).set(ACCOUNT.EMAIL, blankToNull(a.email()))
                    .set(ACCOUNT.PASSWORD_HASH, hash).set(ACCOUNT.ROLE, a.role().code())
                    .set(ACCOUNT.COUNTRY_WIDE, a.countryWide()).set(ACCOUNT.ENABLED, true)
                    .set(ACCOUNT.MUST_CHANGE_PASSWORD, mustChangePassword).set(ACCOUNT.FAILED_SIGN_INS, 0)
                    .set(ACCOUNT.CREATED_AT, now()).set(ACCOUNT.CREATED_BY, actor.name()).execute();
            writeProvinces(tx, name, a.countryWide() ? Set.of() : a.provinces());
            audit.insert(tx, actor, AuditAction.ACCOUNT_ADDED, name, Outcome.OK,
                    "role=" + a.role().code() + " scope=" + scopeText(a.countryWide(), a.provinces()));
        });
        return find(name).orElseThrow();
    }

    public Optional<Account> find(String name) {
        String key = normalise(name);
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.NAME.eq(key)).fetchOptional().map(r -> account(r, provinces(key)));
    }

    /** The account a single sign-on identity maps to: by user name, else by e-mail. */
    public Optional<Account> findByNameOrEmail(String name, String email) {
        Optional<Account> byName = name == null ? Optional.empty() : find(name);
        if (byName.isPresent() || email == null || email.isBlank()) {
            return byName;
        }
        return dsl.select(ACCOUNT.NAME).from(ACCOUNT).where(ACCOUNT.EMAIL.equalIgnoreCase(email.trim()))
                .fetchOptional(ACCOUNT.NAME).flatMap(this::find);
    }

    /** Every account, by name. */
    public List<Account> list() {
        Map<String, List<String>> provinces = dsl.selectFrom(ACCOUNT_PROVINCE)
                .fetchGroups(ACCOUNT_PROVINCE.ACCOUNT_NAME, ACCOUNT_PROVINCE.PROVINCE_SLUG);
        return dsl.selectFrom(ACCOUNT).orderBy(ACCOUNT.NAME)
                .fetch(r -> account(r, Set.copyOf(provinces.getOrDefault(r.getName(), List.of()))));
    }

    public boolean hasEnabledAdmin() {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.ROLE.eq(Role.ADMIN.code()).and(ACCOUNT.ENABLED.isTrue()));
    }

    public void setEnabled(String name, boolean enabled, Actor actor) {
        change(name, actor, AuditAction.ACCOUNT_CHANGED, enabled ? "enabled" : "disabled",
                tx -> tx.update(ACCOUNT).set(ACCOUNT.ENABLED, enabled).where(ACCOUNT.NAME.eq(normalise(name))).execute());
    }

    public void setRole(String name, Role role, Actor actor) {
        change(name, actor, AuditAction.ACCOUNT_CHANGED, "role=" + role.code(),
                tx -> tx.update(ACCOUNT).set(ACCOUNT.ROLE, role.code()).where(ACCOUNT.NAME.eq(normalise(name))).execute());
    }

    public void setEmail(String name, String email, Actor actor) {
        change(name, actor, AuditAction.ACCOUNT_CHANGED, "email=" + email, tx -> tx.update(ACCOUNT)
                .set(ACCOUNT.EMAIL, blankToNull(email)).where(ACCOUNT.NAME.eq(normalise(name))).execute());
    }

    /** The whole country, or the given 2025 provinces (none: the account sees nothing). */
    public void setScope(String name, boolean countryWide, Set<String> provinces, Actor actor) {
        String key = normalise(name);
        change(key, actor, AuditAction.ACCOUNT_CHANGED, "scope=" + scopeText(countryWide, provinces), tx -> {
            tx.update(ACCOUNT).set(ACCOUNT.COUNTRY_WIDE, countryWide).where(ACCOUNT.NAME.eq(key)).execute();
            // Only what changes is deleted or inserted: DuckDB refuses a key deleted and inserted again in one transaction.
            Set<String> wanted = countryWide ? Set.of() : provinces;
            Set<String> had = Set.copyOf(tx.select(ACCOUNT_PROVINCE.PROVINCE_SLUG).from(ACCOUNT_PROVINCE)
                    .where(ACCOUNT_PROVINCE.ACCOUNT_NAME.eq(key)).fetch(ACCOUNT_PROVINCE.PROVINCE_SLUG));
            tx.deleteFrom(ACCOUNT_PROVINCE).where(ACCOUNT_PROVINCE.ACCOUNT_NAME.eq(key)
                    .and(ACCOUNT_PROVINCE.PROVINCE_SLUG.notIn(wanted))).execute();
            writeProvinces(tx, key, wanted.stream().filter(p -> !had.contains(p)).collect(java.util.stream.Collectors.toSet()));
        });
    }

    /** An admin sets a new password; the account must change it at its next sign-in. Unlocks the account. */
    public void resetPassword(String name, char[] password, Actor actor) {
        String hash = hash(password);
        change(name, actor, AuditAction.PASSWORD_RESET, null, tx -> tx.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, hash)
                .set(ACCOUNT.MUST_CHANGE_PASSWORD, true).set(ACCOUNT.FAILED_SIGN_INS, 0)
                .setNull(ACCOUNT.LOCKED_UNTIL).where(ACCOUNT.NAME.eq(normalise(name))).execute());
    }

    /** The account holder's own new password (after checking the current one). */
    public void changeOwnPassword(String name, char[] current, char[] password, Actor actor) {
        String key = normalise(name);
        String stored = dsl.select(ACCOUNT.PASSWORD_HASH).from(ACCOUNT).where(ACCOUNT.NAME.eq(key)).fetchOne(ACCOUNT.PASSWORD_HASH);
        boolean matches = stored != null && encoder.matches(CharBuffer.wrap(current), stored);
        Arrays.fill(current, '\0');
        if (!matches) {
            Arrays.fill(password, '\0');
            audit.record(actor, AuditAction.PASSWORD_CHANGED, key, Outcome.DENIED, "current password wrong");
            throw new AccountException("the current password is wrong");
        }
        String hash = hash(password);
        change(key, actor, AuditAction.PASSWORD_CHANGED, null, tx -> tx.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, hash)
                .set(ACCOUNT.MUST_CHANGE_PASSWORD, false).where(ACCOUNT.NAME.eq(key)).execute());
    }

    /** An admin lifts a lock before its time. */
    public void unlock(String name, Actor actor) {
        change(name, actor, AuditAction.ACCOUNT_CHANGED, "unlocked", tx -> tx.update(ACCOUNT)
                .set(ACCOUNT.FAILED_SIGN_INS, 0).setNull(ACCOUNT.LOCKED_UNTIL).where(ACCOUNT.NAME.eq(normalise(name))).execute());
    }

    /** The stored hash and state Spring's sign-in checks; empty for an unknown name. */
    Optional<Credentials> credentials(String name) {
        String key = normalise(name);
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.NAME.eq(key)).fetchOptional()
                .map(r -> new Credentials(account(r, provinces(key)), r.getPasswordHash()));
    }

    /**
     * A wrong password for an existing account: counted, and the fifth in a row locks the account
     * for {@link #LOCK}. Returns true when this failure locked it.
     */
    public boolean signInFailed(String name, Actor actor) {
        String key = normalise(name);
        boolean[] locked = {false};
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            AccountRecord r = tx.selectFrom(ACCOUNT).where(ACCOUNT.NAME.eq(key)).fetchOne();
            if (r == null) {
                return;
            }
            int failed = r.getFailedSignIns() + 1;
            if (failed >= MAX_FAILED_SIGN_INS) {
                tx.update(ACCOUNT).set(ACCOUNT.FAILED_SIGN_INS, 0).set(ACCOUNT.LOCKED_UNTIL, now().plus(LOCK))
                        .where(ACCOUNT.NAME.eq(key)).execute();
                audit.insert(tx, actor, AuditAction.ACCOUNT_LOCKED, key, Outcome.OK,
                        MAX_FAILED_SIGN_INS + " failed sign-ins; locked for " + LOCK.toMinutes() + " minutes");
                locked[0] = true;
            } else {
                tx.update(ACCOUNT).set(ACCOUNT.FAILED_SIGN_INS, failed).where(ACCOUNT.NAME.eq(key)).execute();
            }
        });
        return locked[0];
    }

    public void signInSucceeded(String name) {
        dsl.update(ACCOUNT).set(ACCOUNT.FAILED_SIGN_INS, 0).setNull(ACCOUNT.LOCKED_UNTIL)
                .where(ACCOUNT.NAME.eq(normalise(name)).and(ACCOUNT.FAILED_SIGN_INS.gt(0).or(ACCOUNT.LOCKED_UNTIL.isNotNull())))
                .execute();
    }

    /** Whether scoped users also see one national figure per measure. Off unless an admin turns it on. */
    public boolean nationalBenchmark() {
        return "true".equals(dsl.select(SETTING.VALUE).from(SETTING).where(SETTING.NAME.eq(NATIONAL_BENCHMARK))
                .fetchOne(SETTING.VALUE));
    }

    public void setNationalBenchmark(boolean on, Actor actor) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            int updated = tx.update(SETTING).set(SETTING.VALUE, String.valueOf(on)).set(SETTING.CHANGED_AT, now())
                    .set(SETTING.CHANGED_BY, actor.name()).where(SETTING.NAME.eq(NATIONAL_BENCHMARK)).execute();
            if (updated == 0) {
                tx.insertInto(SETTING).set(SETTING.NAME, NATIONAL_BENCHMARK).set(SETTING.VALUE, String.valueOf(on))
                        .set(SETTING.CHANGED_AT, now()).set(SETTING.CHANGED_BY, actor.name()).execute();
            }
            audit.insert(tx, actor, AuditAction.SETTING_CHANGED, NATIONAL_BENCHMARK, Outcome.OK, String.valueOf(on));
        });
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private interface Change {
        void apply(DSLContext tx);
    }

    private void change(String name, Actor actor, AuditAction action, String detail, Change change) {
        String key = normalise(name);
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            if (!tx.fetchExists(ACCOUNT, ACCOUNT.NAME.eq(key))) {
                throw new AccountException("no account named " + key);
            }
            change.apply(tx);
            audit.insert(tx, actor, action, key, Outcome.OK, detail);
        });
    }

    private String hash(char[] password) {
        try {
            if (password == null || password.length < MIN_PASSWORD_CHARS) {
                throw new AccountException("a password has at least " + MIN_PASSWORD_CHARS + " characters");
            }
            return encoder.encode(CharBuffer.wrap(password));
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private void writeProvinces(DSLContext tx, String name, Set<String> provinces) {
        for (String slug : new TreeSet<>(provinces)) {
            tx.insertInto(ACCOUNT_PROVINCE).set(ACCOUNT_PROVINCE.ACCOUNT_NAME, name)
                    .set(ACCOUNT_PROVINCE.PROVINCE_SLUG, slug).execute();
        }
    }

    private Set<String> provinces(String name) {
        return Set.copyOf(dsl.select(ACCOUNT_PROVINCE.PROVINCE_SLUG).from(ACCOUNT_PROVINCE)
                .where(ACCOUNT_PROVINCE.ACCOUNT_NAME.eq(name)).fetch(ACCOUNT_PROVINCE.PROVINCE_SLUG));
    }

    private static Account account(AccountRecord r, Set<String> provinces) {
        return new Account(r.getName(), r.getEmail(), Role.of(r.getRole()).orElseThrow(), r.getCountryWide(),
                provinces, r.getEnabled(), r.getMustChangePassword(), r.getFailedSignIns(), r.getLockedUntil(),
                r.getCreatedAt(), r.getCreatedBy());
    }

    private static String scopeText(boolean countryWide, Set<String> provinces) {
        return countryWide ? "country" : provinces.isEmpty() ? "none" : String.join(",", new TreeSet<>(provinces));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A stored password hash beside its account. */
    record Credentials(Account account, String passwordHash) {
    }
}
