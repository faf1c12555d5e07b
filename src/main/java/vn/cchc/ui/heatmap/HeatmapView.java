package vn.cchc.ui.heatmap;

import jakarta.annotation.security.RolesAllowed;
import vn.cchc.security.Role;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import vn.cchc.analytics.AgencyOption;
import vn.cchc.analytics.FilterOptionsService;
import vn.cchc.analytics.Heatmap;
import vn.cchc.analytics.HeatmapService;
import vn.cchc.analytics.MeasureCatalog;
import vn.cchc.analytics.PeriodRange;
import vn.cchc.ui.chart.Chart;
import vn.cchc.ui.chart.ChartOptions;
import vn.cchc.ui.chart.ValueFormat;
import vn.cchc.ui.common.ViewNavigation;
import vn.cchc.ui.drill.DrillDownView;
import java.util.ArrayList;
import vn.cchc.analytics.Figure;
import vn.cchc.export.ColumnType;
import vn.cchc.export.ExportLanguage;
import vn.cchc.export.PivotData;
import vn.cchc.ui.export.ExportFilters;
import vn.cchc.ui.export.ExportLink;
import vn.cchc.ui.export.PivotExportJob;
import vn.cchc.ui.filter.FilterBar;
import vn.cchc.ui.filter.FilterField;
import vn.cchc.ui.i18n.Labels;
import vn.cchc.ui.state.ViewState;

/**
 * Bản đồ nhiệt: for analysts — agencies × periods for an indicator, an empty cell where nothing was
 * reported. A click on a cell opens that agency's reports in the drill-down, at that period.
 */
@Route("heatmap")
@RolesAllowed(Role.Names.VIEWER)
public class HeatmapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final HeatmapService heatmaps;
    private final FilterOptionsService options;
    private final FilterBar filters;
    private final Paragraph hint = new Paragraph();
    private final Chart chart = new Chart();
    private ViewState state = ViewState.empty();
    private Heatmap heatmap;

    public HeatmapView(HeatmapService heatmaps, FilterOptionsService options) {
        this.heatmaps = heatmaps;
        this.options = options;
        this.filters = new FilterBar(options, EnumSet.of(FilterField.MEASURE, FilterField.GRAIN, FilterField.RANGE,
                FilterField.BOUNDARY, FilterField.PROVINCE, FilterField.KIND));
        filters.addFiltersChangedListener(e -> ViewNavigation.go(HeatmapView.class, e.state()));
        chart.addClassName("cchc-heatmap");
        chart.addChartClickListener(e -> drillInto(e.key()));
        hint.setText(getTranslation("heatmap.hint"));
        add(new H2(getTranslation("heatmap.title")), filters,
                new ExportLink(getTranslation("common.exportXlsx"), this::exportJob), hint,
                new vn.cchc.ui.chart.PngButton(chart, "cchc-ban-do-nhiet.png"), chart);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = filters.enter(event, MeasureCatalog.ONTIME_RATE);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("heatmap.title") + " · " + getTranslation("app.title");
    }

    Heatmap heatmap() {
        return heatmap;
    }

    Chart chart() {
        return chart;
    }

    private void render() {
        Locale locale = getLocale();
        if (state.from() == null || !filters.knowsMeasure(state)) {
            heatmap = null;
            hint.setText(getTranslation("common.empty"));
            return;
        }
        heatmap = heatmaps.heatmap(state.measure(), new PeriodRange(state.from(), state.to(), state.grainOrDefault()),
                state.province(), state.kind(), state.boundaryOrDefault());
        hint.setText(heatmap.agencies().isEmpty() ? getTranslation("common.empty") : getTranslation("heatmap.hint"));
        chart.setHeight(Math.max(240, 22 * heatmap.agencies().size() + 110) + "px");
        chart.setOption(ChartOptions.heatmap(heatmap, locale),
                ValueFormat.of(heatmap.measure(), locale));
    }

    /** The heatmap as a pivot: agencies down, periods across, each cell with the counts behind it. */
    PivotExportJob exportJob() {
        Locale locale = getLocale();
        List<String> periods = heatmap == null ? List.of() : heatmap.periods();
        List<PivotData.Row> rows = new ArrayList<>();
        if (heatmap != null) {
            for (int row = 0; row < heatmap.agencies().size(); row++) {
                List<PivotData.Cell> cells = new ArrayList<>();
                for (int column = 0; column < periods.size(); column++) {
                    Figure f = heatmap.figure(row, column);
                    cells.add(new PivotData.Cell(f.value(), f.numerator(), f.denominator(), null));
                }
                AgencyOption a = heatmap.agencies().get(row);
                rows.add(new PivotData.Row(a.provinceName(), a.name(), cells));
            }
        }
        boolean percent = heatmap != null && Labels.isPercent(heatmap.measure());
        PivotData data = new PivotData(heatmap == null ? "" : heatmap.measure().nameVi(),
                heatmap == null ? "" : heatmap.measure().nameEn(), percent ? ColumnType.PERCENT : ColumnType.DECIMAL,
                periods.stream().map(p -> Labels.period(p, locale)).toList(), rows);
        String measureName = heatmap == null ? null : Labels.measure(heatmap.measure(), locale);
        return new PivotExportJob(ExportFilters.fileName("ban-do-nhiet", state.withPeriod(null)),
                ExportFilters.title(getTranslation("heatmap.title"), measureName),
                ExportFilters.of(this, state.withPeriod(null), measureName, options.provinceNames(), null),
                ExportFilters.range(state, locale), data,
                ExportLanguage.of(locale));
    }

    /** A cell's key is "column:row": the period index and the agency index of the heatmap. */
    private void drillInto(String key) {
        if (heatmap == null || key == null || !key.matches("\\d{1,6}:\\d{1,6}")) {
            return;
        }
        int column = Integer.parseInt(key.substring(0, key.indexOf(':')));
        int row = Integer.parseInt(key.substring(key.indexOf(':') + 1));
        if (column >= heatmap.periods().size() || row >= heatmap.agencies().size()) {
            return;
        }
        AgencyOption agency = heatmap.agencies().get(row);
        ViewNavigation.go(DrillDownView.class, state.withPeriod(heatmap.periods().get(column))
                .withProvince(state.province()).withAgency(agency.id()));
    }
}
