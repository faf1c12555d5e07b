package vn.cchc.ui.drill;

import jakarta.annotation.security.RolesAllowed;
import vn.cchc.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.cchc.analytics.DrillDownService;
import vn.cchc.analytics.DrillLevel;
import vn.cchc.analytics.DrillRow;
import vn.cchc.analytics.FilterOptionsService;
import vn.cchc.analytics.FindingRow;
import vn.cchc.analytics.MeasureCatalog;
import vn.cchc.analytics.ReportDetail;
import vn.cchc.analytics.ReportRow;
import vn.cchc.analytics.ReportValueRow;
import java.util.ArrayList;
import java.util.Arrays;
import vn.cchc.export.ColumnType;
import vn.cchc.export.ExportColumn;
import vn.cchc.export.ExportLanguage;
import vn.cchc.ui.export.ExportFilters;
import vn.cchc.ui.export.ExportLink;
import vn.cchc.ui.export.FigureColumns;
import vn.cchc.ui.export.TableExportJob;
import vn.cchc.ui.common.BasisText;
import vn.cchc.ui.common.ViewNavigation;
import vn.cchc.ui.filter.FilterBar;
import vn.cchc.ui.filter.FilterField;
import vn.cchc.ui.i18n.Labels;
import vn.cchc.ui.chart.ValueFormat;
import vn.cchc.ui.map.MapAreas;
import vn.cchc.ui.map.ProvinceMap;
import vn.cchc.ui.i18n.Numbers;
import vn.cchc.ui.state.ViewState;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.cchc.intake.IntakeService;
import vn.cchc.intake.Retracted;
import vn.cchc.ui.retract.RetractButton;

/**
 * Chi tiết: country → province → agency → report → the values of that report with their source
 * line (file, line, raw text) and its findings. The level is the URL's: a province, an agency or a
 * report in the query opens that level; a click on a row goes one level down.
 */
@Route("drill")
@RolesAllowed(Role.Names.ANALYST)
public class DrillDownView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DrillDownService drill;
    private final FilterOptionsService options;
    private final FilterBar filters;
    private final H2 title = new H2();
    private final Breadcrumb breadcrumb = new Breadcrumb();
    private final Paragraph summary = new Paragraph();
    private final ProvinceMap map = new ProvinceMap();
    private final Grid<DrillRow> units = new Grid<>();
    private final Grid<ReportRow> reports = new Grid<>();
    private final H3 valuesTitle = new H3();
    private final Grid<ReportValueRow> values = new Grid<>();
    private final H3 findingsTitle = new H3();
    private final Grid<FindingRow> findings = new Grid<>();
    private ViewState state = ViewState.empty();
    private DrillLevel level;
    private List<ReportRow> agencyReports = List.of();
    private ReportDetail reportDetail;
    /** "Rút báo cáo" on a report's detail, for importers and admins (the intake checks again). */
    private final RetractButton retract;
    private final boolean mayRetract;

    public DrillDownView(DrillDownService drill, FilterOptionsService options, IntakeService intake,
                         AuthenticationContext authentication) {
        this.drill = drill;
        this.options = options;
        this.retract = new RetractButton(intake);
        this.mayRetract = intake.enabled() && authentication.hasRole(Role.Names.IMPORTER);
        retract.addRetractedListener(e -> {
            if (e.result().status() == Retracted.Status.RETRACTED && reportDetail != null) {
                // The report left the dashboards: show its agency's reports, the one it superseded among them.
                ViewNavigation.go(DrillDownView.class, state.withReport(null).withAgency(reportDetail.report().agencyId()));
            }
        });
        this.filters = new FilterBar(options, EnumSet.of(FilterField.MEASURE, FilterField.GRAIN, FilterField.PERIOD,
                FilterField.BOUNDARY));
        filters.addFiltersChangedListener(e -> ViewNavigation.go(DrillDownView.class, e.state()));
        title.addClassName("cchc-drill-title");
        summary.addClassName("cchc-drill-summary");
        buildUnits();
        buildReports();
        buildValues();
        add(breadcrumb, title, filters, new ExportLink(getTranslation("common.exportXlsx"), this::exportJob), summary,
                retract, map, units, reports, valuesTitle, values, findingsTitle, findings);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = filters.enter(event, MeasureCatalog.ONTIME_RATE);
        render();
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · " + getTranslation("app.title");
    }

    private void render() {
        Locale locale = getLocale();
        units.setVisible(false);
        map.setVisible(false);
        reports.setVisible(false);
        valuesTitle.setVisible(false);
        values.setVisible(false);
        findingsTitle.setVisible(false);
        findings.setVisible(false);
        retract.setVisible(false);
        retract.setReport(null, null);
        breadcrumb.clear();
        level = null;
        agencyReports = List.of();
        reportDetail = null;
        ViewState country = state.withProvince(null);
        if (state.report() != null) {
            showReport(locale, country);
        } else if (state.agency() != null) {
            showAgency(locale, country);
        } else if (state.period() == null || !filters.knowsMeasure(state)) {
            title.setText(getTranslation("drill.country"));
            summary.setText(getTranslation("common.empty"));
        } else if (state.province() != null) {
            level = drill.province(state.measure(), state.period(), state.province(), state.boundaryOrDefault());
            breadcrumb.step(getTranslation("drill.country"), country, false);
            breadcrumb.step(level.total().name(), state, true);
            showLevel(level, locale);
        } else {
            level = drill.country(state.measure(), state.period(), state.boundaryOrDefault());
            breadcrumb.step(getTranslation("drill.country"), country, true);
            showLevel(level, locale);
        }
    }

    private void showLevel(DrillLevel shown, Locale locale) {
        String name = state.province() == null ? getTranslation("drill.country") : shown.total().name();
        title.setText(name);
        boolean percent = Labels.isPercent(shown.measure());
        summary.setText(Labels.measure(shown.measure(), locale) + ", " + Labels.period(shown.period(), locale) + ": "
                + Numbers.value(shown.total().figure().value(), percent, locale) + " — "
                + BasisText.describe(this, shown.total().figure()));
        units.setItems(shown.children());
        units.setVisible(true);
        // At country level the provinces are also a map; a click on one drills in, as a row does.
        if (state.province() == null) {
            map.show(shown.boundary(), MapAreas.of(shown, k -> getTranslation(k)), Labels.measure(shown.measure(), locale),
                    ValueFormat.of(shown.measure(), locale), getTranslation("map.hoangSa"), getTranslation("map.truongSa"));
            map.setVisible(true);
        }
    }

    private void showAgency(Locale locale, ViewState country) {
        List<ReportRow> rows = drill.reports(state.agency());
        agencyReports = rows;
        String agencyName = rows.isEmpty() ? "#" + state.agency() : rows.getFirst().agencyName();
        String province = rows.isEmpty() ? state.province() : rows.getFirst().provinceSlug();
        breadcrumb.step(getTranslation("drill.country"), country, false);
        if (province != null) {
            breadcrumb.step(options.provinceNames().getOrDefault(province, province),
                    country.withProvince(state.province() == null ? province : state.province()), false);
        }
        breadcrumb.step(agencyName, state, true);
        title.setText(agencyName);
        summary.setText(getTranslation("drill.reports") + ": " + rows.size());
        reports.setItems(rows);
        reports.setVisible(true);
    }

    private void showReport(Locale locale, ViewState country) {
        Optional<ReportDetail> found = drill.report(state.report());
        breadcrumb.step(getTranslation("drill.country"), country, false);
        if (found.isEmpty()) {
            title.setText("#" + state.report());
            summary.setText(getTranslation("common.empty"));
            return;
        }
        ReportDetail detail = found.get();
        reportDetail = detail;
        ReportRow report = detail.report();
        if (report.provinceSlug() != null) {
            breadcrumb.step(options.provinceNames().getOrDefault(report.provinceSlug(), report.provinceSlug()),
                    country.withProvince(state.province() == null ? report.provinceSlug() : state.province()), false);
        }
        breadcrumb.step(report.agencyName(), state.withReport(null).withAgency(report.agencyId()), false);
        breadcrumb.step(report.fileName(), state, true);
        title.setText(report.fileName());
        summary.setText(Labels.period(report.period(), locale) + " · " + getTranslation("drill.col.template") + " "
                + report.template() + " · " + getTranslation("drill.col.docNumber") + " "
                + (report.docNumber() == null ? Numbers.MISSING : report.docNumber()));
        valuesTitle.setText(getTranslation("drill.values") + " (" + detail.values().size() + ")");
        values.setItems(detail.values());
        findingsTitle.setText(getTranslation("drill.findings") + " (" + detail.findings().size() + ")");
        findings.setItems(detail.findings());
        valuesTitle.setVisible(true);
        values.setVisible(true);
        findingsTitle.setVisible(true);
        findings.setVisible(true);
        retract.setReport(report.reportId(), report.fileName());
        retract.setVisible(mayRetract);
    }

    /** The table of the level shown: units with their figures, an agency's reports, or a report's values. */
    TableExportJob exportJob() {
        Locale locale = getLocale();
        List<ExportColumn> columns;
        List<List<Object>> rows = new ArrayList<>();
        int source = -1;
        String levelName;
        if (reportDetail != null) {
            levelName = getTranslation("drill.values");
            columns = List.of(ExportColumn.text("Mã dòng", "Item code", 10),
                    ExportColumn.text("Chỉ tiêu", "Indicator", 50),
                    ExportColumn.text("Mã chỉ tiêu", "Indicator id", 28),
                    ExportColumn.of("Giá trị số", "Number", ColumnType.DECIMAL, 14),
                    ExportColumn.text("Giá trị chữ", "Text value", 20),
                    ExportColumn.text("Đơn vị tính", "Unit", 10),
                    ExportColumn.text("Nguyên văn", "Raw text", 30),
                    ExportColumn.text("Dòng trong báo cáo", "Label as written", 50),
                    ExportColumn.text("Tệp nguồn", "Source file", 30),
                    ExportColumn.of("Dòng", "Line", ColumnType.INTEGER, 8));
            for (ReportValueRow v : reportDetail.values()) {
                rows.add(Arrays.asList(v.itemCode(), Labels.isEnglish(locale) && v.nameEn() != null ? v.nameEn() : v.nameVi(),
                        v.indicator(), v.number(), v.textValue(), v.unit(), v.raw(), v.labelRaw(), v.sourceFile(),
                        v.sourceLine()));
            }
            source = 8;
        } else if (!agencyReports.isEmpty()) {
            levelName = getTranslation("drill.reports");
            columns = List.of(ExportColumn.text("Kỳ", "Period", 12), ExportColumn.text("Tệp", "File", 36),
                    ExportColumn.text("Mẫu", "Template", 8), ExportColumn.text("Số văn bản", "Document no.", 20),
                    ExportColumn.of("Số chỉ tiêu", "Values", ColumnType.INTEGER, 10),
                    ExportColumn.of("Phát hiện", "Findings", ColumnType.INTEGER, 10));
            for (ReportRow r : agencyReports) {
                rows.add(Arrays.asList(Labels.period(r.period(), locale), r.fileName(), r.template(), r.docNumber(),
                        r.values(), r.findings()));
            }
            source = 1;
        } else {
            levelName = state.province() == null ? getTranslation("drill.country") : title.getText();
            boolean percent = level != null && Labels.isPercent(level.measure());
            columns = List.of(ExportColumn.text("Đơn vị", "Unit", 40), ExportColumn.text("Loại", "Kind", 20),
                    FigureColumns.value(percent),
                    FigureColumns.NUMERATOR,
                    FigureColumns.DENOMINATOR,
                    ExportColumn.of("Báo cáo", "Reports", ColumnType.INTEGER, 10),
                    ExportColumn.of("Phát hiện", "Findings", ColumnType.INTEGER, 10),
                    FigureColumns.BASIS);
            if (level != null) {
                for (DrillRow r : level.children()) {
                    rows.add(Arrays.asList(r.name(), r.agencyKind() == null ? null : getTranslation("kind." + r.agencyKind()),
                            r.figure().value(), r.figure().numerator(), r.figure().denominator(), r.reports(), r.findings(),
                            BasisText.describe(this, r.figure())));
                }
            }
        }
        String measureName = level == null ? null : Labels.measure(level.measure(), locale);
        return new TableExportJob(ExportFilters.fileName("chi-tiet", state), title.getText(),
                ExportFilters.of(this, state, measureName, options.provinceNames(), null),
                Labels.period(state.period(), locale), levelName, columns, rows, source, List.of(),
                ExportLanguage.of(locale));
    }

    private void buildUnits() {
        Locale locale = getLocale();
        units.addColumn(DrillRow::name).setHeader(getTranslation("drill.col.unit")).setFlexGrow(2);
        units.addColumn(r -> r.agencyKind() == null ? "" : getTranslation("kind." + r.agencyKind()))
                .setHeader(getTranslation("drill.col.kind")).setAutoWidth(true);
        units.addColumn(r -> Numbers.value(r.figure().value(), level != null && Labels.isPercent(level.measure()), locale))
                .setHeader(getTranslation("drill.col.value")).setAutoWidth(true)
                .setTooltipGenerator(r -> BasisText.describe(this, r.figure()));
        units.addColumn(r -> Numbers.count(r.reports(), locale)).setHeader(getTranslation("drill.col.reports")).setAutoWidth(true);
        units.addColumn(r -> Numbers.count(r.findings(), locale)).setHeader(getTranslation("drill.col.findings")).setAutoWidth(true);
        units.setAllRowsVisible(true);
        units.addClassName("cchc-drill-units");
        map.addChartClickListener(e -> {
            if (!e.key().isEmpty() && state.province() == null) {
                ViewNavigation.go(DrillDownView.class, state.withProvince(e.key()));
            }
        });
        units.addItemClickListener(e -> {
            DrillRow row = e.getItem();
            ViewNavigation.go(DrillDownView.class, row.scope().agencyId() != null
                    ? state.withAgency(row.scope().agencyId()) : state.withProvince(row.key()));
        });
    }

    private void buildReports() {
        Locale locale = getLocale();
        reports.addColumn(r -> Labels.period(r.period(), locale)).setHeader(getTranslation("drill.col.period")).setAutoWidth(true);
        reports.addColumn(ReportRow::fileName).setHeader(getTranslation("drill.col.file")).setFlexGrow(2);
        reports.addColumn(ReportRow::template).setHeader(getTranslation("drill.col.template")).setAutoWidth(true);
        reports.addColumn(ReportRow::docNumber).setHeader(getTranslation("drill.col.docNumber")).setAutoWidth(true);
        reports.addColumn(r -> Numbers.count(r.values(), locale)).setHeader(getTranslation("drill.col.values")).setAutoWidth(true);
        reports.addColumn(r -> Numbers.count(r.findings(), locale)).setHeader(getTranslation("drill.col.findings")).setAutoWidth(true);
        reports.setAllRowsVisible(true);
        reports.addClassName("cchc-drill-reports");
        reports.addItemClickListener(e -> ViewNavigation.go(DrillDownView.class, state.withReport(e.getItem().reportId())));
    }

    private void buildValues() {
        Locale locale = getLocale();
        values.addColumn(v -> v.itemCode() == null ? "" : v.itemCode()).setHeader("#").setAutoWidth(true);
        values.addColumn(v -> Labels.isEnglish(locale) && v.nameEn() != null ? v.nameEn() : v.nameVi())
                .setHeader(getTranslation("drill.col.indicator")).setFlexGrow(3);
        values.addColumn(v -> v.number() != null ? Numbers.value(v.number(), "%".equals(v.unit()), locale)
                        : v.textValue() != null ? v.textValue() : Numbers.MISSING)
                .setHeader(getTranslation("drill.col.value")).setAutoWidth(true);
        values.addColumn(ReportValueRow::raw).setHeader(getTranslation("drill.col.raw")).setFlexGrow(2);
        values.addColumn(v -> v.sourceFile() + ":" + v.sourceLine()).setHeader(getTranslation("drill.col.source"))
                .setAutoWidth(true);
        values.setAllRowsVisible(true);
        values.addClassName("cchc-report-values");
        findings.addColumn(f -> getTranslation("severity." + f.severity())).setHeader(getTranslation("quality.col.severity"))
                .setAutoWidth(true);
        findings.addColumn(f -> getTranslation("rule." + f.rule())).setHeader(getTranslation("drill.col.rule")).setAutoWidth(true);
        findings.addColumn(FindingRow::message).setHeader(getTranslation("drill.col.message")).setFlexGrow(3);
        findings.addColumn(f -> f.sourceLine() == null ? "" : String.valueOf(f.sourceLine()))
                .setHeader(getTranslation("drill.col.line")).setAutoWidth(true);
        findings.setAllRowsVisible(true);
        findings.addClassName("cchc-report-findings");
    }
}
