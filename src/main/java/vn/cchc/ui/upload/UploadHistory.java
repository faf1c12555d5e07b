package vn.cchc.ui.upload;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.cchc.analytics.LoadedReport;
import vn.cchc.analytics.LoadedReportsService;
import vn.cchc.intake.IntakeService;
import vn.cchc.ui.retract.RetractButton;

/**
 * The latest loads within the account's provinces (any way in: upload, API, inbox, command line),
 * newest first, with their status and who loaded them; "only mine" narrows them to the signed-in
 * account's own. A chosen report that is not withdrawn yet can be withdrawn.
 */
class UploadHistory extends VerticalLayout {

    static final int ROWS = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final LoadedReportsService loaded;
    private final Grid<LoadedReport> grid = new Grid<>();
    private final RetractButton retract;
    private final Checkbox mine = new Checkbox();
    /** The signed-in account, as the warehouse records who loaded a report; null: nobody (no "only mine"). */
    private final String me;

    UploadHistory(LoadedReportsService loaded, IntakeService intake, String me) {
        this.loaded = loaded;
        this.me = me;
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
        grid.addColumn(r -> r.loadedBy() == null ? "" : r.loadedBy()).setHeader(getTranslation("upload.col.loadedBy")).setAutoWidth(true);
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
        mine.setLabel(getTranslation("upload.history.mine"));
        mine.addClassName("cchc-upload-history-mine");
        mine.setVisible(me != null);
        mine.addValueChangeListener(e -> refresh());
        add(new H3(getTranslation("upload.history")), new HorizontalLayout(mine, retract), grid);
    }

    void refresh() {
        grid.setItems(loaded.list(null, null, null, null, mine.getValue() ? me : null, ROWS));
        retract.setReport(null, null);
    }

    Grid<LoadedReport> grid() {
        return grid;
    }

    Checkbox mine() {
        return mine;
    }

    RetractButton retractButton() {
        return retract;
    }
}
