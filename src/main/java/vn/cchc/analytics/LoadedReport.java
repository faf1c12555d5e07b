package vn.cchc.analytics;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One loaded report as the upload history and the API list it: current, superseded or retracted.
 *
 * @param supersededBy the report that replaced it as current, or null
 * @param retractedBy  who withdrew it, or null
 */
public record LoadedReport(long id, String sourceFile, String province, String provinceNow, String agency, String agencyKind,
                           String period, String template, String docNumber, LocalDate docDate, LocalDateTime loadedAt,
                           Long supersededBy, String retractedBy, LocalDateTime retractedAt, long valueCount,
                           long findingCount, String loadedBy) {

    public enum Status { CURRENT, SUPERSEDED, RETRACTED }

    public Status status() {
        if (retractedBy != null) {
            return Status.RETRACTED;
        }
        return supersededBy == null ? Status.CURRENT : Status.SUPERSEDED;
    }
}
