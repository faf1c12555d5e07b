package vn.cchc.warehouse;

import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_RETRACTION;
import static vn.cchc.warehouse.jooq.Tables.REPORT_SUPERSESSION;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Withdraws a loaded report (sql/warehouse/V10): it leaves the current data and stays as history
 * with who and when; the reports it had superseded become current again. One transaction, under
 * the same lock as the loader's writes (DuckDB has one writer, and supersession must see it).
 */
public final class ReportRetraction {

    /** What a retraction did. */
    public record Result(Status status, long reportId, List<Long> restored) {
    }

    public enum Status { RETRACTED, ALREADY_RETRACTED, UNKNOWN }

    private final ReportLoader loader;
    private final DSLContext dsl;

    public ReportRetraction(ReportLoader loader) {
        this.loader = loader;
        this.dsl = loader.dsl();
    }

    /** The province slug a report was filed under (empty for an unknown report or an unread province). */
    public java.util.Optional<String> provinceOf(long reportId) {
        return dsl.select(REPORT.PROVINCE_SLUG).from(REPORT).where(REPORT.ID.eq(reportId)).fetchOptional(REPORT.PROVINCE_SLUG);
    }

    /**
     * @param by     who withdraws it, as the audit log names them
     * @param reason why, as the importer wrote it (may be blank)
     */
    public Result retract(long reportId, String by, String reason) {
        synchronized (loader) {
            return dsl.transactionResult(tx -> {
                DSLContext t = tx.dsl();
                if (!t.fetchExists(REPORT, REPORT.ID.eq(reportId))) {
                    return new Result(Status.UNKNOWN, reportId, List.of());
                }
                if (t.fetchExists(REPORT_RETRACTION, REPORT_RETRACTION.REPORT_ID.eq(reportId))) {
                    return new Result(Status.ALREADY_RETRACTED, reportId, List.of());
                }
                boolean current = !t.fetchExists(REPORT_SUPERSESSION, REPORT_SUPERSESSION.REPORT_ID.eq(reportId));
                // Only a current report gives back what it replaced: a report already superseded by a
                // later one leaves its predecessors superseded (the later one is current for them).
                List<Long> restored = current
                        ? t.select(REPORT_SUPERSESSION.REPORT_ID).from(REPORT_SUPERSESSION)
                        .where(REPORT_SUPERSESSION.SUPERSEDED_BY.eq(reportId)).orderBy(REPORT_SUPERSESSION.REPORT_ID)
                        .fetch(REPORT_SUPERSESSION.REPORT_ID)
                        : List.of();
                LocalDateTime now = LocalDateTime.now();
                if (!restored.isEmpty()) {
                    t.deleteFrom(REPORT_SUPERSESSION).where(REPORT_SUPERSESSION.SUPERSEDED_BY.eq(reportId)).execute();
                }
                if (current) {
                    t.insertInto(REPORT_SUPERSESSION).set(REPORT_SUPERSESSION.REPORT_ID, reportId)
                            .set(REPORT_SUPERSESSION.SUPERSEDED_BY, reportId)
                            .set(REPORT_SUPERSESSION.SUPERSEDED_AT, now).execute();
                }
                t.insertInto(REPORT_RETRACTION).set(REPORT_RETRACTION.REPORT_ID, reportId)
                        .set(REPORT_RETRACTION.RETRACTED_BY, by)
                        .set(REPORT_RETRACTION.RETRACTED_AT, now)
                        .set(REPORT_RETRACTION.REASON, reason == null || reason.isBlank() ? null : reason.strip())
                        .set(REPORT_RETRACTION.RESTORED, restored.isEmpty() ? null
                                : restored.stream().map(String::valueOf).collect(Collectors.joining(",")))
                        .execute();
                return new Result(Status.RETRACTED, reportId, restored);
            });
        }
    }
}
