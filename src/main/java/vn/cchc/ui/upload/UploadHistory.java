package vn.cchc.ui.upload;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.cchc.analytics.LoadedReport;
import vn.cchc.analytics.LoadedReportsService;
import vn.cchc.intake.IntakeService;
import vn.cchc.ui.retract.RetractButton;

/**
 * The latest loads within the account's provinces (any way in: upload, API, inbox, command line),
 * newest first, with their status; a chosen report that is not withdrawn yet can be withdrawn.
 */
class UploadHistory extends VerticalLayout {

    static final int ROWS = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final LoadedReportsService loaded;
    private final Grid<LoadedReport> grid = new Grid<>();
    private final RetractButton retract;

    UploadHistory(LoadedReportsService loaded, IntakeService intake) {
        this.loaded = loaded;
        addClassName("cchc-upload-history");
        setPadding(false);
        grid.addClassName("cchc-upload-history-grid");
        grid.addColumn(r -> r.loadedAt() == null ? "" : WHEN.format(r.loadedAt())).setHeader(getTranslation("upload.col.loadedAt")).setAutoWidth(true);
        grid.addColumn(LoadedReport::sourceFile).setHeader(getTranslation("drill.col.file")).setFlexGrow(2);
        grid.addColumn(LoadedReport::province).setHeader(getTranslation("upload.field.province")).setAutoWidth(true);
        grid.addColumn(LoadedReport::agency).setHeader(getTranslation("upload.field.agency")).setFlexGrow(2);
        grid.addColumn(LoadedReport::period).setHeader(getTranslation("upload.field.period")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("upload.status." + r.status().name().toLowerCase(Locale.ROOT))
                + (r.retractedBy() == null ? "" : " (" + r.retractedBy() + ")")).setHeader(getTranslation("upload.col.status")).setAutoWidth(true);
        grid.addColumn(r -> "#" + r.id()).setHeader(getTranslation("upload.col.report")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        retract = new RetractButton(intake);
        retract.setEnabled(false);
        grid.addSelectionListener(e -> {
            LoadedReport r = e.getFirstSelectedItem().orElse(null);
            retract.setReport(r == null || r.status() == LoadedReport.Status.RETRACTED ? null : r.id(),
                    r == null ? null : r.sourceFile());
        });
        retract.addRetractedListener(e -> refresh());
        add(new H3(getTranslation("upload.history")), retract, grid);
    }

    void refresh() {
        grid.setItems(loaded.list(null, null, null, null, ROWS));
        retract.setReport(null, null);
    }

    Grid<LoadedReport> grid() {
        return grid;
    }

    RetractButton retractButton() {
        return retract;
    }
}
