package vn.cchc.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.export.ColumnType;
import vn.cchc.export.ExportColumn;
import vn.cchc.export.ExportContext;
import vn.cchc.export.ExportLanguage;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditEntry;
import vn.cchc.security.AuditFilter;
import vn.cchc.security.AuditLog;
import vn.cchc.ui.export.ExportLink;
import vn.cchc.ui.export.TableExportJob;

/** The audit log, newest first, filtered by day range, account and action; read-only, exported to .xlsx. */
class AuditPanel extends VerticalLayout {

    /** Events shown and exported at most per search: narrow the filters for older ones. */
    static final int LIMIT = 5_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField account = new TextField();
    final Select<AuditAction> action = new Select<>();
    final Grid<AuditEntry> grid = new Grid<>();
    private final transient AuditLog log;
    private List<AuditEntry> shown = List.of();

    AuditPanel(AuditLog log) {
        this.log = log;
        from.setLabel(getTranslation("filter.from"));
        to.setLabel(getTranslation("filter.to"));
        account.setLabel(getTranslation("admin.account"));
        action.setLabel(getTranslation("admin.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        Button search = new Button(getTranslation("admin.search"), e -> refresh());
        grid.addColumn(e -> TIME.format(e.at())).setHeader(getTranslation("admin.time")).setAutoWidth(true);
        grid.addColumn(AuditEntry::account).setHeader(getTranslation("admin.account")).setAutoWidth(true);
        grid.addColumn(AuditEntry::client).setHeader(getTranslation("admin.client")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("admin.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::target).setHeader(getTranslation("admin.target")).setFlexGrow(2);
        grid.addColumn(AuditEntry::outcome).setHeader(getTranslation("admin.outcome")).setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("admin.detail")).setFlexGrow(2);
        HorizontalLayout bar = new HorizontalLayout(from, to, account, action, search,
                new ExportLink(getTranslation("common.exportXlsx"), this::exportJob));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(bar, grid);
        setSizeFull();
        refresh();
    }

    void refresh() {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        shown = log.search(new AuditFilter(f == null ? null : f.atStartOfDay(), t == null ? null : t.plusDays(1).atStartOfDay(),
                account.getValue(), action.getValue()), LIMIT);
        grid.setItems(shown);
    }

    private TableExportJob exportJob() {
        List<ExportColumn> columns = List.of(ExportColumn.of("Thời điểm", "Time", ColumnType.TEXT, 20),
                ExportColumn.of("Tài khoản", "Account", ColumnType.TEXT, 18),
                ExportColumn.of("Địa chỉ", "Client", ColumnType.TEXT, 16),
                ExportColumn.of("Thao tác", "Action", ColumnType.TEXT, 16),
                ExportColumn.of("Đối tượng", "Target", ColumnType.TEXT, 50),
                ExportColumn.of("Kết quả", "Outcome", ColumnType.TEXT, 10),
                ExportColumn.of("Chi tiết", "Detail", ColumnType.TEXT, 50));
        List<List<Object>> rows = new ArrayList<>();
        for (AuditEntry e : shown) {
            rows.add(java.util.Arrays.asList(TIME.format(e.at()), e.account(), e.client(), e.action(), e.target(),
                    e.outcome(), e.detail()));
        }
        List<ExportContext.Filter> filters = new ArrayList<>();
        filters.add(new ExportContext.Filter(getTranslation("filter.from"), from.getValue() == null ? "" : from.getValue().toString()));
        filters.add(new ExportContext.Filter(getTranslation("filter.to"), to.getValue() == null ? "" : to.getValue().toString()));
        filters.add(new ExportContext.Filter(getTranslation("admin.account"), account.getValue()));
        filters.add(new ExportContext.Filter(getTranslation("admin.action"), action.getValue() == null ? "" : action.getValue().name()));
        return new TableExportJob("nhat-ky-truy-cap.xlsx", getTranslation("admin.audit"), filters, "", null, columns, rows,
                -1, List.of(), ExportLanguage.of(UI.getCurrent().getLocale()));
    }
}
