package vn.cchc.security;

import static vn.cchc.security.jooq.Tables.ACCOUNT;
import static vn.cchc.security.jooq.Tables.API_TOKEN;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.cchc.security.AuditLog.Outcome;
import vn.cchc.security.jooq.tables.records.ApiTokenRecord;

/**
 * API tokens of importer and admin accounts, for scripts and {@code load --server}. A token is 32
 * random bytes (URL-safe base64 behind the prefix {@value #PREFIX}); only its SHA-256 is stored — a
 * slow password hash is not needed for a secret of 256 random bits, and a fast one keeps every API
 * request cheap. A token acts with its account's role, province scope and state as they are now.
 * Making and revoking one is audited in the same transaction.
 */
public final class ApiTokens {

    /** Marks our tokens in a script or a leaked log, so that a secret scanner can find them. */
    public static final String PREFIX = "cchc_";
    private static final int SHOWN_CHARS = PREFIX.length() + 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext dsl;
    private final AuditLog audit;
    private final AccountStore accounts;
    private final Clock clock;

    public ApiTokens(DSLContext dsl, AuditLog audit, AccountStore accounts, Clock clock) {
        this.dsl = dsl;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** For the command line: the tokens of an account file (see {@link AccountStore#on}). */
    public static ApiTokens on(AccountDatabase db) {
        Clock clock = Clock.systemDefaultZone();
        return new ApiTokens(db.dsl(), new AuditLog(db.dsl(), clock), AccountStore.on(db), clock);
    }

    /** A new token and the one time its secret is seen. */
    public record Created(ApiToken token, String secret) {
        @Override
        public String toString() {
            return "Created[" + token + "]"; // never the secret
        }
    }

    /**
     * Makes a token for an enabled importer or admin account.
     *
     * @throws AccountException for an unknown or disabled account, or one that may not load
     */
    public Created create(String accountName, String label, Actor actor) {
        String name = AccountStore.normalise(accountName);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String cleanLabel = label == null || label.isBlank() ? null : label.strip().substring(0, Math.min(100, label.strip().length()));
        long[] id = {0};
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            var account = tx.selectFrom(ACCOUNT).where(ACCOUNT.NAME.eq(name)).fetchOne();
            if (account == null) {
                throw new AccountException("no account named " + name);
            }
            if (!account.getEnabled()) {
                throw new AccountException("the account " + name + " is disabled");
            }
            if (!Role.of(account.getRole()).orElse(Role.VIEWER).includes(Role.IMPORTER)) {
                throw new AccountException("the account " + name + " is a " + account.getRole()
                        + ": API tokens are for importer and admin accounts (they load reports)");
            }
            id[0] = tx.insertInto(API_TOKEN).set(API_TOKEN.ACCOUNT_NAME, name).set(API_TOKEN.LABEL, cleanLabel)
                    .set(API_TOKEN.SECRET_SHA256, sha256(secret)).set(API_TOKEN.SHOWN_PREFIX, secret.substring(0, SHOWN_CHARS))
                    .set(API_TOKEN.CREATED_AT, now()).set(API_TOKEN.CREATED_BY, actor.name())
                    .returning(API_TOKEN.ID).fetchOne(API_TOKEN.ID);
            audit.insert(tx, actor, AuditAction.TOKEN_CREATED, name, Outcome.OK,
                    "token #" + id[0] + (cleanLabel == null ? "" : " (" + cleanLabel + ")"));
        });
        return new Created(find(id[0]).orElseThrow(), secret);
    }

    public Optional<ApiToken> find(long id) {
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.ID.eq(id)).fetchOptional().map(ApiTokens::token);
    }

    /** Every token (revoked ones too, as history), newest first; {@code accountName} null: of every account. */
    public List<ApiToken> list(String accountName) {
        var where = accountName == null ? DSL.noCondition() : API_TOKEN.ACCOUNT_NAME.eq(AccountStore.normalise(accountName));
        return dsl.selectFrom(API_TOKEN).where(where).orderBy(API_TOKEN.ID.desc()).fetch(ApiTokens::token);
    }

    /**
     * Revokes a token: it stops working at once and stays listed. Audited.
     *
     * @return false when it was revoked already
     * @throws AccountException for an unknown token
     */
    public boolean revoke(long id, Actor actor) {
        boolean[] revoked = {false};
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ApiTokenRecord r = tx.selectFrom(API_TOKEN).where(API_TOKEN.ID.eq(id)).fetchOne();
            if (r == null) {
                throw new AccountException("no API token #" + id);
            }
            if (r.getRevokedAt() != null) {
                return;
            }
            tx.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, now()).set(API_TOKEN.REVOKED_BY, actor.name())
                    .where(API_TOKEN.ID.eq(id)).execute();
            audit.insert(tx, actor, AuditAction.TOKEN_REVOKED, r.getAccountName(), Outcome.OK, "token #" + id);
            revoked[0] = true;
        });
        return revoked[0];
    }

    /** Why a presented token does not authenticate, or the account it stands for. */
    public sealed interface Check permits Valid, Refused {
    }

    public record Valid(ApiToken token, Account account) implements Check {
    }

    /** @param tokenId the token, when it exists (a revoked one, a disabled account's) */
    public record Refused(Long tokenId, String accountName, String reason) implements Check {
    }

    /**
     * Looks a presented token up by its hash: unknown, revoked, or its account gone or disabled is
     * refused; otherwise the token's last use is noted.
     */
    public Check check(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
            return new Refused(null, null, "not an API token");
        }
        ApiTokenRecord r = dsl.selectFrom(API_TOKEN).where(API_TOKEN.SECRET_SHA256.eq(sha256(presented))).fetchOne();
        if (r == null) {
            return new Refused(null, null, "unknown API token");
        }
        if (r.getRevokedAt() != null) {
            return new Refused(r.getId(), r.getAccountName(), "the API token was revoked");
        }
        var account = dsl.selectFrom(ACCOUNT).where(ACCOUNT.NAME.eq(r.getAccountName())).fetchOne();
        if (account == null || !account.getEnabled()) {
            return new Refused(r.getId(), r.getAccountName(), "the token's account is disabled");
        }
        noteUse(r);
        return accounts.find(r.getAccountName())
                .<Check>map(a -> new Valid(token(r), a))
                .orElseGet(() -> new Refused(r.getId(), r.getAccountName(), "the token's account is gone"));
    }

    /**
     * The last use, to the minute: a script sending many requests at once would otherwise have them
     * all update one row, and DuckDB refuses concurrent updates of a row (the loser would fail its
     * request). Best effort: a request is never refused for want of this note.
     */
    private void noteUse(ApiTokenRecord r) {
        LocalDateTime now = now();
        if (r.getLastUsedAt() != null && r.getLastUsedAt().isAfter(now.minusMinutes(1))) {
            return;
        }
        try {
            dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, now).where(API_TOKEN.ID.eq(r.getId())).execute();
        } catch (org.jooq.exception.DataAccessException concurrentUse) {
            // Another request noted it at the same moment.
        }
    }

    /** Lower-case hex SHA-256 of the token text: what is stored, and what a test compares with. */
    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static ApiToken token(ApiTokenRecord r) {
        return new ApiToken(r.getId(), r.getAccountName(), r.getLabel(), r.getShownPrefix(), r.getCreatedAt(),
                r.getCreatedBy(), r.getLastUsedAt(), r.getRevokedAt(), r.getRevokedBy());
    }
}
