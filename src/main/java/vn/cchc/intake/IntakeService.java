package vn.cchc.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.cchc.analytics.AccessScope;
import vn.cchc.security.Account;
import vn.cchc.security.Actor;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditLog;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;
import vn.cchc.warehouse.ReportRetraction;

/**
 * Loading inside the running app, for the upload view, the HTTP API and the inbox: who loads
 * (an importer's or admin's account, its province scope), reading with a preview and corrections,
 * confirming, retracting — each audited. One read at a time (a parse uses a core; the dashboard
 * keeps the other), one writer (the loader's lock); the dashboard's derived tables are rebuilt
 * after each write, so open dashboards show new reports at their next refresh.
 */
@Service
public class IntakeService {

    private final ReportIntake intake;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final UploadedFiles uploads;
    private final Outcomes outcomes;
    private final boolean readOnly;
    private final long maxFileBytes;
    /** One read at a time: loads queue rather than take both cores from the people using the dashboard. */
    private final Semaphore reading = new Semaphore(1, true);

    public IntakeService(ReportIntake intake, CurrentUser currentUser, AuditLog audit, Clock clock,
                         @Value("${cchc.upload.max-file-mb:50}") long maxFileMb,
                         @Value("${cchc.upload.max-archive-mb:1024}") long maxArchiveMb,
                         @Value("${cchc.warehouse.read-only:false}") boolean readOnly) {
        this.intake = intake;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.maxFileBytes = maxFileMb * 1024 * 1024;
        this.uploads = new UploadedFiles(maxFileBytes, maxArchiveMb * 1024 * 1024);
        this.outcomes = new Outcomes(intake.reference());
        this.readOnly = readOnly;
    }

    /** Whether this app loads at all (not when the warehouse is open read-only). */
    public boolean enabled() {
        return !readOnly;
    }

    /** The largest file accepted, in bytes (cchc.upload.max-file-mb). */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * The signed-in user as a loader, fixed now (the work may go on in other threads).
     *
     * @param client where the request came from, for the audit log
     * @throws IntakeRefused when nobody is signed in, the account may not load, or loading is off
     */
    public Loader loader(String client) {
        if (readOnly) {
            throw new IntakeRefused("the warehouse is open read-only: loading is disabled in this app");
        }
        Account account = currentUser.account().filter(Account::enabled)
                .orElseThrow(() -> new IntakeRefused("not signed in"));
        if (!account.role().includes(Role.IMPORTER)) {
            throw new IntakeRefused("the account " + account.name() + " may not load reports (importer or admin only)");
        }
        return new Loader(new Actor(account.name(), client), currentUser.current().withNationalBenchmark(false));
    }

    /**
     * Reads the staged files for a preview: nothing is written. Temporary copies are deleted as
     * soon as each is read.
     *
     * @param progress told of each file as it is read (from the reading thread)
     */
    public UploadBatch read(Loader who, List<Staged> files, Consumer<IntakeOutcome> progress) {
        UploadBatch batch = new UploadBatch(who);
        withReading(() -> {
            List<UploadedFiles.Item> items = uploads.read(files);
            List<FileOutcome> read = readAll(who, items, o -> progress.accept(outcomes.of(o)));
            for (int i = 0; i < items.size(); i++) {
                batch.add(new UploadBatch.Entry(items.get(i).shownAs(), read.get(i)));
            }
        });
        return batch;
    }

    /** Every file of an upload as read (and corrected). */
    public List<FilePreview> previews(UploadBatch batch) {
        List<FilePreview> previews = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            UploadBatch.Entry e = batch.entry(i);
            previews.add(outcomes.preview(i, e.shownAs, e.read));
        }
        return previews;
    }

    /**
     * Sets fields of one file by hand. Audited; the scope is checked again on the corrected report
     * (a preview may bring a report into the importer's provinces, or out of them).
     *
     * @throws IllegalArgumentException for an unknown province or department type
     */
    public FilePreview correct(UploadBatch batch, int index, Correction correction) {
        UploadBatch.Entry e = batch.entry(index);
        if (e.read.report() == null || correction.isEmpty()) {
            return outcomes.preview(index, e.shownAs, e.read);
        }
        var corrected = correction.applyTo(e.read.report(), batch.loader().actor().name(), clock.instant(), intake.reference());
        String refusal = gate(batch.loader()).refusal(corrected);
        e.read = refusal == null ? new FileOutcome(e.read.fileName(), corrected, null, null)
                : new FileOutcome(e.read.fileName(), corrected, null, refusal, FileOutcome.Stop.REFUSED);
        e.correction = correction;
        audit.record(batch.loader().actor(), AuditAction.CORRECTION, e.read.fileName(), AuditLog.Outcome.OK,
                correction.describe());
        return outcomes.preview(index, e.shownAs, e.read);
    }

    /** Writes the chosen files of a preview (the others are dropped) and closes the upload. */
    public List<IntakeOutcome> confirm(UploadBatch batch, Collection<Integer> chosen) {
        List<UploadBatch.Entry> entries = new TreeSet<>(chosen).stream().map(batch::entry).toList();
        List<FileOutcome> written = intake.write(entries.stream().map(e -> e.read).toList(), gate(batch.loader()));
        List<IntakeOutcome> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            result.add(outcomes.of(entries.get(i).shownAs, written.get(i)));
        }
        batch.close();
        auditLoad(batch.loader(), "upload", result);
        return result;
    }

    /** Drops an upload: nothing was written, and its files are only in memory. Audited (what was dropped). */
    public void cancel(UploadBatch batch) {
        if (batch.closed()) {
            return;
        }
        String files = batch.entries().stream().map(e -> e.shownAs).collect(Collectors.joining(", "));
        batch.close();
        if (!files.isEmpty()) {
            audit.record(batch.loader().actor(), AuditAction.LOAD, "upload", AuditLog.Outcome.OK,
                    "cancelled, nothing loaded: " + files);
        }
    }

    /** Reads and writes in one go (the API): files refused or failed are left out, each with its reason. */
    public List<IntakeOutcome> load(Loader who, String via, List<Staged> files, Consumer<IntakeOutcome> progress) {
        return loadEach(who, via, files, progress).stream().flatMap(List::stream).toList();
    }

    /**
     * As {@link #load}, the outcomes grouped by the staged file they came from (an archive gives
     * several; a file that could not be read, one): the inbox moves each file by its own.
     */
    public List<List<IntakeOutcome>> loadEach(Loader who, String via, List<Staged> files, Consumer<IntakeOutcome> progress) {
        List<List<IntakeOutcome>> bySource = new ArrayList<>();
        files.forEach(f -> bySource.add(new ArrayList<>()));
        withReading(() -> {
            List<UploadedFiles.Item> items = uploads.read(files);
            List<FileOutcome> read = readAll(who, items, o -> { });
            List<FileOutcome> written = intake.write(read, gate(who));
            for (int i = 0; i < items.size(); i++) {
                IntakeOutcome o = outcomes.of(items.get(i).shownAs(), written.get(i));
                bySource.get(items.get(i).source()).add(o);
                progress.accept(o);
            }
        });
        auditLoad(who, via, bySource.stream().flatMap(List::stream).toList());
        return bySource;
    }

    /**
     * Withdraws a report the loader may load (their provinces; an unknown id is refused the same
     * way to a scoped importer, so ids tell nothing). Audited.
     */
    public Retracted retract(Loader who, long reportId, String reason) {
        if (!who.scope().countryWide()) {
            Optional<String> province = intake.provinceOf(reportId);
            if (province.isEmpty() || !gate(who).allows(province.get())) {
                audit.record(who.actor(), AuditAction.RETRACT, "report " + reportId, AuditLog.Outcome.DENIED, "outside the scope");
                return new Retracted(Retracted.Status.REFUSED, reportId, List.of());
            }
        }
        ReportRetraction.Result r = intake.retract(reportId, who.actor().name(), reason);
        Retracted.Status status = switch (r.status()) {
            case RETRACTED -> Retracted.Status.RETRACTED;
            case ALREADY_RETRACTED -> Retracted.Status.ALREADY_RETRACTED;
            case UNKNOWN -> who.scope().countryWide() ? Retracted.Status.UNKNOWN : Retracted.Status.REFUSED;
        };
        audit.record(who.actor(), AuditAction.RETRACT, "report " + reportId,
                status == Retracted.Status.RETRACTED ? AuditLog.Outcome.OK : AuditLog.Outcome.FAILED,
                status + (r.restored().isEmpty() ? "" : "; current again: " + r.restored())
                        + (reason == null || reason.isBlank() ? "" : "; reason: " + reason.strip()));
        return new Retracted(status, reportId, r.restored());
    }

    private List<FileOutcome> readAll(Loader who, List<UploadedFiles.Item> items, Consumer<FileOutcome> progress) {
        List<FileOutcome> failed = new ArrayList<>();
        List<BatchLoader.Text> texts = new ArrayList<>();
        for (UploadedFiles.Item item : items) {
            if (item.text() != null) {
                texts.add(item.text());
            }
        }
        List<FileOutcome> read = intake.read(texts.iterator(), gate(who), progress);
        var it = read.iterator();
        List<FileOutcome> all = new ArrayList<>(items.size());
        for (UploadedFiles.Item item : items) {
            if (item.text() != null) {
                all.add(it.next());
            } else {
                FileOutcome f = new FileOutcome(item.shownAs(), null, null, item.error());
                failed.add(f);
                all.add(f);
            }
        }
        failed.forEach(progress);
        return all;
    }

    private ProvinceGate gate(Loader who) {
        return ProvinceGate.of(who, intake.reference());
    }

    private void auditLoad(Loader who, String via, List<IntakeOutcome> result) {
        if (result.isEmpty()) {
            return;
        }
        boolean failed = result.stream().anyMatch(o -> o.outcome() != IntakeOutcome.Outcome.LOADED
                && o.outcome() != IntakeOutcome.Outcome.DUPLICATE);
        String files = result.stream().map(o -> o.name() + "=" + o.outcome().name().toLowerCase(java.util.Locale.ROOT)
                + (o.reportId() == null ? "" : "#" + o.reportId())).collect(Collectors.joining(", "));
        audit.record(who.actor(), AuditAction.LOAD, via, failed ? AuditLog.Outcome.FAILED : AuditLog.Outcome.OK, files);
    }

    private void withReading(Runnable work) {
        try {
            reading.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeRefused("interrupted while waiting for another load to finish");
        }
        try {
            work.run();
        } finally {
            reading.release();
        }
    }

    /** Whether a scope covers a province: for views that offer retraction only where it would be allowed. */
    public boolean covers(AccessScope scope, String provinceSlug) {
        return ProvinceGate.of(scope, intake.reference()).allows(provinceSlug);
    }

    /** The provinces a loader may set in a correction (their scope's, of either generation), by name. */
    public List<CorrectionChoice> provinceChoices(Loader who) {
        ProvinceGate gate = gate(who);
        return intake.reference().provinces().stream().filter(p -> gate.allows(p.slug()))
                .map(p -> new CorrectionChoice(p.slug(), p.name() + " (" + p.generation() + ")"))
                .sorted(java.util.Comparator.comparing(CorrectionChoice::name)).toList();
    }

    /** The department types a correction may name (reference/department_types.csv). */
    public List<CorrectionChoice> departmentChoices() {
        return intake.reference().departments().stream().map(d -> new CorrectionChoice(d.slug(), d.name()))
                .sorted(java.util.Comparator.comparing(CorrectionChoice::name)).toList();
    }
}
