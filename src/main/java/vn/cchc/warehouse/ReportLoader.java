package vn.cchc.warehouse;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import vn.cchc.ingest.ParsedReport;

/**
 * Writes parsed reports into the warehouse: the report with its metadata evidence, its values and
 * their parts (through DuckDB's appender; the values by way of a staging table and one
 * INSERT … SELECT per batch), its findings. The same content twice is loaded once; a
 * new file for the same agency and period supersedes the current one, which stays as history.
 *
 * <p>Many reports are written in one transaction with set-based statements ({@link ReportBatchWriter}):
 * one transaction per report cost more than everything else a load does. A report that fails still
 * leaves the warehouse as it was and costs the others of its batch nothing: the batch is rolled back
 * and its reports written again one per transaction, in the same order.
 */
public final class ReportLoader {

    private final DSLContext dsl;
    private final ReportBatchWriter writer = new ReportBatchWriter();
    private int batchesReplayed;

    public ReportLoader(Warehouse warehouse) {
        this(warehouse.dsl());
    }

    /** On a connection migrated some other way: a test of an earlier schema version. */
    ReportLoader(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What became of one report of a batch, in the batch's order: a result, or the failure that left it out. */
    public record Attempt(LoadResult result, RuntimeException error) {
    }

    /**
     * One report in one transaction.
     *
     * @throws RuntimeException when it cannot be stored; the warehouse is then as it was
     */
    public synchronized LoadResult load(ParsedReport report) {
        return writeInOneTransaction(List.of(report), null).getFirst();
    }

    /**
     * The reports in file order, in one transaction; when it fails, each report again in a
     * transaction of its own, so that only the failing ones are left out.
     * Loads are serialised: DuckDB has one writer, and supersession must see the previous load.
     */
    public synchronized List<Attempt> loadAll(List<ParsedReport> reports) {
        return loadAll(reports, null);
    }

    /** As {@link #loadAll(List)}, each new report recorded as loaded by {@code loadedBy} (an account, as the audit log names it; null: none). */
    public synchronized List<Attempt> loadAll(List<ParsedReport> reports, String loadedBy) {
        List<Attempt> attempts = new ArrayList<>(reports.size());
        if (reports.isEmpty()) {
            return attempts;
        }
        try {
            List<LoadResult> results = writeInOneTransaction(reports, loadedBy);
            for (int i = 0; i < reports.size(); i++) {
                attempts.add(new Attempt(results.get(i), null));
            }
            return attempts;
        } catch (RuntimeException batchFailed) {
            if (reports.size() == 1) {
                return List.of(new Attempt(null, batchFailed));
            }
            if (FatalCause.of(batchFailed).isPresent()) {
                // No report is to blame: replaying them one by one would only fail each the same way.
                reports.forEach(r -> attempts.add(new Attempt(null, batchFailed)));
                return attempts;
            }
            batchesReplayed++;
        }
        for (ParsedReport r : reports) {
            try {
                attempts.add(new Attempt(writeInOneTransaction(List.of(r), loadedBy).getFirst(), null));
            } catch (RuntimeException e) {
                attempts.add(new Attempt(null, e));
            }
        }
        return attempts;
    }

    /** The warehouse it writes to: for the other writers that must hold the same lock ({@link ReportRetraction}). */
    DSLContext dsl() {
        return dsl;
    }

    /** How many batches failed and were written again one report per transaction (a benchmark figure). */
    public synchronized int batchesReplayed() {
        return batchesReplayed;
    }

    private List<LoadResult> writeInOneTransaction(List<ParsedReport> reports, String loadedBy) {
        try {
            List<LoadResult> results = dsl.transactionResult(tx -> writer.write(tx.dsl(), reports, loadedBy));
            writer.committed();
            return results;
        } catch (RuntimeException e) {
            writer.rolledBack();
            throw e;
        }
    }
}
