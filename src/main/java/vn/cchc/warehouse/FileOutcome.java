package vn.cchc.warehouse;

import java.util.List;
import vn.cchc.ingest.Finding;
import vn.cchc.ingest.ParsedReport;

/**
 * What happened to one file of a batch.
 *
 * @param fileName the file's name only
 * @param report   what was read (null when the file failed)
 * @param result   what the warehouse did (null for a failure or a dry run)
 * @param error    one line saying why the file failed, or null
 */
public record FileOutcome(String fileName, ParsedReport report, LoadResult result, String error) {

    public enum Kind { LOADED, DUPLICATE, FAILED, DRY_RUN }

    public Kind kind() {
        if (error != null) {
            return Kind.FAILED;
        }
        if (result == null) {
            return Kind.DRY_RUN;
        }
        return result.status() == LoadResult.Status.DUPLICATE ? Kind.DUPLICATE : Kind.LOADED;
    }

    public List<Finding> findings() {
        return report == null || kind() == Kind.DUPLICATE ? List.of() : report.findings();
    }

    public int valueCount() {
        return report == null ? 0 : report.values().size();
    }
}
