package vn.cchc.intake;

import java.util.List;

/**
 * What became of one file, as the upload view, the API and the inbox report it (no warehouse or
 * parser types: the views may not see those).
 *
 * @param name       the file as shown: its name (within an archive, archive/path), control and
 *                   bidirectional characters made visible
 * @param reportId   the report written, or the existing one for a duplicate; null otherwise
 * @param superseded the reports this one replaced as current
 * @param error      one line saying why the file was not loaded, or null
 */
public record IntakeOutcome(String name, Outcome outcome, Long reportId, String province, String agency, String kind,
                            String period, String template, String docNumber, int valueCount, List<Long> superseded,
                            List<FindingLine> findings, String error) {

    /** READ: read and checked, waiting for the user's confirmation (a preview). */
    public enum Outcome { READ, LOADED, DUPLICATE, FAILED, FATAL, NOT_ATTEMPTED, REFUSED }

    /** One finding of the loader's checks. */
    public record FindingLine(String rule, String severity, Integer line, String message) {
    }

    public boolean loaded() {
        return outcome == Outcome.LOADED;
    }
}
