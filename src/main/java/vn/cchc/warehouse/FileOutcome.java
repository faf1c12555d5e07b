package vn.cchc.warehouse;

import java.util.List;
import vn.cchc.ingest.Finding;
import vn.cchc.ingest.ParsedReport;

/**
 * What happened to one file of a batch.
 *
 * @param fileName   the file's name only
 * @param report     what was read (null when the file failed)
 * @param result     what the warehouse did (null for a failure or a dry run)
 * @param error      one line saying why the file failed, or null
 * @param stop       set when the load stopped at or before this file (a fatal warehouse error), else null
 * @param valueCount the values read (kept when the values themselves are dropped: {@link #withoutValues})
 */
public record FileOutcome(String fileName, ParsedReport report, LoadResult result, String error, Stop stop, int valueCount) {

    /**
     * LOADED, DUPLICATE, FAILED (this file), DRY_RUN; FATAL: the warehouse failed while this file
     * was written and the load stopped; NOT_ATTEMPTED: a file after that, left as it was; REFUSED:
     * read, but not the loader's to load (a province outside the importer's scope), so not written.
     */
    public enum Kind { LOADED, DUPLICATE, FAILED, DRY_RUN, FATAL, NOT_ATTEMPTED, REFUSED }

    /** Why a file was not written: the warehouse failed on it, the load stopped before it, the gate refused it. */
    public enum Stop { FATAL, NOT_ATTEMPTED, REFUSED }

    public FileOutcome(String fileName, ParsedReport report, LoadResult result, String error, Stop stop) {
        this(fileName, report, result, error, stop, report == null ? 0 : report.values().size());
    }

    public FileOutcome(String fileName, ParsedReport report, LoadResult result, String error) {
        this(fileName, report, result, error, null);
    }

    /**
     * The outcome once its batch is written: the report's metadata and findings and the count of its
     * values, without the values, which are in the warehouse now. A load of thousands of files keeps
     * every outcome to the end for its summary; with their values it kept every value it had read.
     */
    public FileOutcome withoutValues() {
        return report == null || report.values().isEmpty() ? this
                : new FileOutcome(fileName, report.withoutValues(), result, error, stop, valueCount);
    }

    public Kind kind() {
        if (stop != null) {
            return switch (stop) {
                case FATAL -> Kind.FATAL;
                case NOT_ATTEMPTED -> Kind.NOT_ATTEMPTED;
                case REFUSED -> Kind.REFUSED;
            };
        }
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
}
