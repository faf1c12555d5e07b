package vn.cchc.security;

import static vn.cchc.security.jooq.Tables.AUDIT_EVENT;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The append-only audit log: who did what, from where, to what, with what outcome. This class only
 * inserts and reads — nothing in the application updates or deletes an event (ArchitectureTest keeps
 * every other class away from the table).
 */
public final class AuditLog {

    /** Column sizes of sql/accounts: longer texts are cut, with a mark, rather than lost. */
    private static final int TARGET_CHARS = 2000;
    private static final int DETAIL_CHARS = 4000;

    private final DSLContext dsl;
    private final Clock clock;

    public AuditLog(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public void record(Actor actor, AuditAction action, String target, Outcome outcome, String detail) {
        insert(dsl, actor, action, target, outcome, detail);
    }

    /** The same, inside a caller's transaction (an account change and its event commit together). */
    void insert(DSLContext tx, Actor actor, AuditAction action, String target, Outcome outcome, String detail) {
        tx.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, LocalDateTime.now(clock))
                .set(AUDIT_EVENT.ACCOUNT, cut(actor.name(), 100))
                .set(AUDIT_EVENT.CLIENT, cut(actor.client(), 100))
                .set(AUDIT_EVENT.ACTION, action.name())
                .set(AUDIT_EVENT.TARGET, cut(target, TARGET_CHARS))
                .set(AUDIT_EVENT.OUTCOME, outcome.code())
                .set(AUDIT_EVENT.DETAIL, cut(detail, DETAIL_CHARS))
                .execute();
    }

    /** Newest first, at most {@code limit} events. */
    public List<AuditEntry> search(AuditFilter f, int limit) {
        Condition c = DSL.noCondition();
        if (f.from() != null) {
            c = c.and(AUDIT_EVENT.OCCURRED_AT.ge(time(f.from())));
        }
        if (f.to() != null) {
            c = c.and(AUDIT_EVENT.OCCURRED_AT.le(time(f.to())));
        }
        if (f.account() != null && !f.account().isBlank()) {
            c = c.and(AUDIT_EVENT.ACCOUNT.containsIgnoreCase(f.account().trim()));
        }
        if (f.action() != null) {
            c = c.and(AUDIT_EVENT.ACTION.eq(f.action().name()));
        }
        return dsl.selectFrom(AUDIT_EVENT).where(c).orderBy(AUDIT_EVENT.ID.desc()).limit(limit)
                .fetch(r -> new AuditEntry(r.getId(), r.getOccurredAt(), r.getAccount(), r.getClient(), r.getAction(),
                        r.getTarget(), r.getOutcome(), r.getDetail()));
    }

    /**
     * A bound timestamp without a precision: the generated column type's TIMESTAMP(0) would render
     * {@code cast(? as timestamp(0))}, which DuckDB refuses.
     */
    private static org.jooq.Field<LocalDateTime> time(LocalDateTime t) {
        return DSL.val(t, org.jooq.impl.SQLDataType.LOCALDATETIME);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** How an audited action ended. */
    public enum Outcome {
        OK, DENIED, FAILED;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
