package vn.cchc.api;

import java.util.List;
import java.util.Locale;
import vn.cchc.intake.IntakeOutcome;

/**
 * One file's outcome as the API answers it (and as {@code load --server} reads it).
 *
 * @param outcome     loaded | duplicate | failed | fatal | not_attempted | refused
 * @param duplicateOf for a duplicate, the report that already holds the same content
 */
public record FileResult(String name, String outcome, Long reportId, String province, String agency, String kind,
                         String period, int valueCount, List<Long> superseded, Long duplicateOf,
                         List<IntakeOutcome.FindingLine> findings, String error) {

    static FileResult of(IntakeOutcome o) {
        boolean duplicate = o.outcome() == IntakeOutcome.Outcome.DUPLICATE;
        return new FileResult(o.name(), o.outcome().name().toLowerCase(Locale.ROOT), duplicate ? null : o.reportId(),
                o.province(), o.agency(), o.kind(), o.period(), o.valueCount(), o.superseded(),
                duplicate ? o.reportId() : null, o.findings(), o.error());
    }

    /** The answer to an upload: one result per file, in the order sent (an archive's files in its order). */
    public record Files(List<FileResult> files) {
    }
}
