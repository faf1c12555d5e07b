package vn.cchc.ui.upload;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import vn.cchc.analytics.LoadedReportsService;
import vn.cchc.security.CurrentUser;
import vn.cchc.intake.CorrectionChoice;
import vn.cchc.intake.FilePreview;
import vn.cchc.intake.IntakeOutcome;
import vn.cchc.intake.IntakeRefused;
import vn.cchc.intake.IntakeService;
import vn.cchc.intake.Loader;
import vn.cchc.intake.Staged;
import vn.cchc.intake.UploadBatch;
import vn.cchc.security.Role;
import vn.cchc.ui.security.UiAudit;

/**
 * Tải báo cáo lên: drop files or a .zip, read them (in the background, a bar per file and overall),
 * check each file's preview and correct what was read wrong, then load the chosen files or cancel.
 * Below, the latest loads with "Rút báo cáo". The page holds only the upload's state; the intake
 * reads, checks the account's provinces, writes and audits.
 */
@Route("upload")
@RolesAllowed(Role.Names.IMPORTER)
public class UploadView extends VerticalLayout implements HasDynamicTitle {

    /** Reads run off the request thread, so the page answers while a large upload is parsed. */
    private static final Executor READER = task -> Thread.ofPlatform().daemon().name("upload-read").start(task);

    private final transient IntakeService intake;
    private final Upload upload;
    private final Button read = new Button();
    private final Button confirm = new Button();
    private final Button cancel = new Button();
    private final ReadProgress progress = new ReadProgress();
    private final Div previews = new Div();
    private final LoadSummary summary = new LoadSummary();
    private final UploadHistory history;
    /** Files arrived and not read yet: their temporary copies are this page's to delete. */
    private final List<Staged> staged = new ArrayList<>();
    private final List<FilePreviewCard> cards = new ArrayList<>();
    private transient UploadBatch batch;
    private transient CompletableFuture<Void> reading = CompletableFuture.completedFuture(null);

    public UploadView(IntakeService intake, LoadedReportsService loaded, UploadFolder folder, CurrentUser user) {
        this.intake = intake;
        addClassName("cchc-upload-view");
        upload = new Upload(new SizeCappedUpload(folder, intake.maxFileBytes(), this::received));
        upload.addClassName("cchc-upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, intake.maxFileBytes()));
        upload.setAcceptedFileTypes(".txt", ".docx", ".xlsx", ".xls", ".pdf", ".zip");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("upload.drop")));
        upload.setUploadButton(new Button(getTranslation("upload.choose")));
        upload.setI18n(messages(intake.maxFileBytes()));
        upload.addFileRejectedListener(e -> progress.received(e.getFileName(), e.getErrorMessage()));
        upload.setEnabled(intake.enabled());

        read.setText(getTranslation("upload.read"));
        read.addClassName("cchc-upload-read");
        read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        read.addClickListener(e -> startReading());
        confirm.setText(getTranslation("upload.confirm"));
        confirm.addClassName("cchc-upload-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirm.addClickListener(e -> confirm());
        cancel.setText(getTranslation("common.cancel"));
        cancel.addClassName("cchc-upload-cancel");
        cancel.addClickListener(e -> cancel());
        previews.addClassName("cchc-upload-previews");
        previews.setWidthFull();

        history = new UploadHistory(loaded, intake, user.name().orElse(null));
        Paragraph hint = new Paragraph(getTranslation("upload.hint", intake.maxFileBytes() / (1024 * 1024)));
        add(new H2(getTranslation("upload.title")), hint, upload, new HorizontalLayout(read), progress, previews,
                new HorizontalLayout(confirm, cancel), summary, history);
        showButtons();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("upload.title") + " · " + getTranslation("app.title");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        history.refresh();
    }

    /** Leaving the page is cancelling: nothing of an unconfirmed upload stays behind. */
    @Override
    protected void onDetach(DetachEvent event) {
        dropEverything();
        super.onDetach(event);
    }

    private void received(SizeCappedUpload.Received r) {
        if (!isAttached()) {
            delete(r.staged());
            return;
        }
        if (r.staged() != null) {
            staged.add(r.staged());
        }
        summary.clear();
        progress.received(r.name(), r.refusal());
        showButtons();
    }

    private void startReading() {
        if (staged.isEmpty() || batch != null || !reading.isDone()) {
            return;
        }
        Loader who;
        try {
            who = intake.loader(UiAudit.client());
        } catch (IntakeRefused refused) {
            Notification.show(refused.getMessage());
            return;
        }
        List<Staged> files = List.copyOf(staged);
        staged.clear();
        UI ui = UI.getCurrent();
        progress.reading();
        reading = CompletableFuture.supplyAsync(() -> intake.read(who, files, o -> ui.access(() -> progress.read(o))), READER)
                .handle((read, failure) -> {
                    try {
                        ui.access(() -> readDone(read, failure));
                    } catch (RuntimeException detached) {
                        if (read != null) {
                            intake.cancel(read);
                        }
                    }
                    return null;
                });
        showButtons();
    }

    private void readDone(UploadBatch read, Throwable failure) {
        progress.finished();
        if (failure != null || !isAttached()) {
            if (read != null) {
                intake.cancel(read);
            }
            if (failure != null) {
                Notification.show(getTranslation("upload.readFailed", String.valueOf(failure.getMessage())));
            }
            showButtons();
            return;
        }
        batch = read;
        List<CorrectionChoice> provinces = intake.provinceChoices(read.loader());
        List<CorrectionChoice> departments = intake.departmentChoices();
        for (FilePreview p : intake.previews(read)) {
            FilePreviewCard card = new FilePreviewCard(p, provinces, departments);
            card.addCorrectionRequestedListener(this::correct);
            cards.add(card);
            previews.add(card);
        }
        showButtons();
    }

    private void correct(CorrectionRequestedEvent e) {
        if (batch == null) {
            return;
        }
        try {
            e.getSource().show(intake.correct(batch, e.index(), e.correction()));
        } catch (IllegalArgumentException wrong) {
            Notification.show(wrong.getMessage());
        }
    }

    private void confirm() {
        if (batch == null) {
            return;
        }
        List<Integer> chosen = cards.stream().filter(FilePreviewCard::isChosen).map(FilePreviewCard::index).toList();
        if (chosen.isEmpty()) {
            Notification.show(getTranslation("upload.noneChosen"));
            return;
        }
        List<IntakeOutcome> done = new ArrayList<>(intake.confirm(batch, chosen));
        // Files that could not be loaded at all are part of what the upload did.
        cards.stream().filter(c -> !c.preview().loadable()).forEach(c -> done.add(c.preview().summary()));
        batch = null;
        clearPreviews();
        summary.show(done);
        history.refresh();
        showButtons();
    }

    private void cancel() {
        dropEverything();
        summary.clear();
        showButtons();
        Notification.show(getTranslation("upload.cancelled"));
    }

    private void dropEverything() {
        if (batch != null) {
            intake.cancel(batch);
            batch = null;
        }
        staged.forEach(UploadView::delete);
        staged.clear();
        clearPreviews();
    }

    private void clearPreviews() {
        cards.clear();
        previews.removeAll();
        progress.clear();
        upload.clearFileList();
    }

    private void showButtons() {
        boolean busy = !reading.isDone();
        read.setEnabled(!staged.isEmpty() && batch == null && !busy);
        confirm.setVisible(batch != null);
        cancel.setVisible(batch != null || !staged.isEmpty());
        cancel.setEnabled(!busy);
    }

    private static void delete(Staged s) {
        if (s == null) {
            return;
        }
        try {
            Files.deleteIfExists(s.bytes());
        } catch (IOException ignored) {
            // The folder's sweep at the next start removes it.
        }
    }

    /** The background read now running (or the last): tests wait for it. */
    CompletableFuture<Void> reading() {
        return reading;
    }

    List<FilePreviewCard> cards() {
        return cards;
    }

    UploadHistory history() {
        return history;
    }

    LoadSummary summary() {
        return summary;
    }

    /** The component's own messages (a refusal in the browser, before the server's own check) in the user's language. */
    private UploadI18N messages(long maxFileBytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("upload.tooBig", maxFileBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("upload.wrongType"))
                .setTooManyFiles(getTranslation("upload.tooMany")));
        return i18n;
    }
}
