package vn.cchc.intake;

import java.util.List;

/**
 * What a retraction did.
 *
 * @param restored the reports that became current again (those the retracted one had superseded)
 */
public record Retracted(Status status, long reportId, List<Long> restored) {

    /** REFUSED: outside the importer's provinces (or unknown, to a scoped importer). */
    public enum Status { RETRACTED, ALREADY_RETRACTED, UNKNOWN, REFUSED }
}
