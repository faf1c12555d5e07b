package vn.cchc.intake;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.DataFiles;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.InputFile;
import vn.cchc.ingest.InputLimits;
import vn.cchc.ingest.ReportParser;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;
import vn.cchc.warehouse.ReportLoader;
import vn.cchc.warehouse.ReportRetraction;
import vn.cchc.warehouse.Warehouse;

/**
 * The load pipeline, assembled once: the parser (catalog, reference data, input limits), the
 * warehouse's one writer, the batch loader that runs them, and what must happen after a write
 * (in the app: the dashboard's derived tables rebuilt). Plain Java, so that the command line and
 * the sample warehouse build it without Spring.
 */
public final class ReportIntake {

    private final Catalog catalog;
    private final ReferenceData reference;
    private final ReportParser parser;
    private final ReportLoader loader;
    private final int threads;
    private final Runnable afterWrite;

    private ReportIntake(Catalog catalog, ReferenceData reference, ReportParser parser, ReportLoader loader, int threads, Runnable afterWrite) {
        this.catalog = catalog;
        this.reference = reference;
        this.parser = parser;
        this.loader = loader;
        this.threads = Math.max(1, threads);
        this.afterWrite = afterWrite;
    }

    /**
     * @param warehouse  where reports go; null reads only (a dry run, a preview)
     * @param dataDir    corrected catalog and reference files, or null for the bundled ones
     * @param afterWrite run after every write that may have changed the current reports
     */
    public static ReportIntake of(Warehouse warehouse, Path dataDir, InputLimits limits, int threads, Runnable afterWrite) {
        ReferenceData reference = ReferenceData.load(DataFiles.in(dataDir, "reference"));
        Catalog catalog = Catalog.load(DataFiles.in(dataDir, "catalog"));
        return new ReportIntake(catalog, reference, new ReportParser(catalog, reference, limits),
                warehouse == null ? null : new ReportLoader(warehouse), threads, afterWrite);
    }

    public Catalog catalog() {
        return catalog;
    }

    public ReferenceData reference() {
        return reference;
    }

    /** Whether this intake writes (false for a dry run). */
    public boolean writes() {
        return loader != null;
    }

    /** Files as {@link vn.cchc.ingest.InputFiles#collect} found them, each read, checked and written. */
    public List<FileOutcome> loadFiles(List<InputFile> files, BatchLoader.Gate gate, Consumer<FileOutcome> progress) {
        return written(batch(gate).loadFiles(files, progress));
    }

    /** Reports already in memory (uploaded, generated), as they come. */
    public List<FileOutcome> loadTexts(Iterator<BatchLoader.Text> texts, BatchLoader.Gate gate,
                                       Consumer<FileOutcome> progress) {
        return written(batch(gate).loadTexts(texts, progress));
    }

    /** Files read and checked, nothing written (the command line's dry run). */
    public List<FileOutcome> readFiles(List<InputFile> files, BatchLoader.Gate gate, Consumer<FileOutcome> progress) {
        return new BatchLoader(parser, null, threads).withGate(gate).loadFiles(files, progress);
    }

    /** Reads without writing: what a load would store, with the gate's refusals (a preview). */
    public List<FileOutcome> read(Iterator<BatchLoader.Text> texts, BatchLoader.Gate gate, Consumer<FileOutcome> progress) {
        return new BatchLoader(parser, null, threads).withGate(gate).loadTexts(texts, progress);
    }

    /** Reports read earlier ({@link #read}) and confirmed, through the gate again, then written. */
    public List<FileOutcome> write(List<FileOutcome> read, BatchLoader.Gate gate) {
        return written(batch(gate).writeParsed(read));
    }

    /** Withdraws a report (see {@link ReportRetraction}). */
    public ReportRetraction.Result retract(long reportId, String by, String reason) {
        ReportRetraction.Result result = new ReportRetraction(requireWriter()).retract(reportId, by, reason);
        if (result.status() == ReportRetraction.Status.RETRACTED) {
            afterWrite.run();
        }
        return result;
    }

    /** The province slug a report was filed under; empty for an unknown report. */
    public java.util.Optional<String> provinceOf(long reportId) {
        return new ReportRetraction(requireWriter()).provinceOf(reportId);
    }

    private BatchLoader batch(BatchLoader.Gate gate) {
        return new BatchLoader(parser, requireWriter(), threads).withGate(gate);
    }

    private ReportLoader requireWriter() {
        if (loader == null) {
            throw new IllegalStateException("this intake only reads");
        }
        return loader;
    }

    private List<FileOutcome> written(List<FileOutcome> outcomes) {
        if (outcomes.stream().anyMatch(o -> o.kind() == FileOutcome.Kind.LOADED)) {
            afterWrite.run();
        }
        return outcomes;
    }
}
