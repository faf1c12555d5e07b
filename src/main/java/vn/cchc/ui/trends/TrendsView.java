package vn.cchc.ui.trends;

import jakarta.annotation.security.RolesAllowed;
import vn.cchc.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import vn.cchc.analytics.FilterOptionsService;
import vn.cchc.analytics.MeasureCatalog;
import vn.cchc.analytics.PeriodRange;
import vn.cchc.analytics.Scope;
import vn.cchc.analytics.Trend;
import vn.cchc.analytics.TrendPoint;
import vn.cchc.analytics.TrendSeries;
import vn.cchc.analytics.TrendService;
import vn.cchc.ui.chart.Chart;
import vn.cchc.ui.chart.ChartOptions;
import vn.cchc.ui.chart.ValueFormat;
import vn.cchc.ui.common.BasisText;
import vn.cchc.ui.common.ViewNavigation;
import vn.cchc.ui.drill.DrillDownView;
import vn.cchc.ui.export.ExportFilters;
import vn.cchc.ui.export.ExportLink;
import vn.cchc.ui.export.FigureColumns;
import vn.cchc.ui.export.TableExportJob;
import vn.cchc.export.ColumnType;
import vn.cchc.export.ExportColumn;
import vn.cchc.export.ExportLanguage;
import vn.cchc.ui.filter.FilterBar;
import vn.cchc.ui.filter.FilterField;
import vn.cchc.ui.i18n.Labels;
import vn.cchc.ui.i18n.Numbers;
import vn.cchc.ui.state.ViewState;

/**
 * Xu hướng: any indicator over a range of periods of one grain, the country or several provinces
 * overlaid. One chart has one grain and the indicator's one accumulation, so quarterly and
 * cumulative ("lũy kế") values never share an axis; the axis says which it is. A click on a point
 * opens that province's drill-down for that period.
 */
@Route("trends")
@RolesAllowed(Role.Names.VIEWER)
public class TrendsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TrendService trends;
    private final FilterOptionsService options;
    private final FilterBar filters;
    private final Paragraph axisNote = new Paragraph();
    private final Chart chart = new Chart();
    private final Grid<TrendSeries> table = new Grid<>();
    private ViewState state = ViewState.empty();
    private Trend trend;

    public TrendsView(TrendService trends, FilterOptionsService options) {
        this.trends = trends;
        this.options = options;
        this.filters = new FilterBar(options, EnumSet.of(FilterField.MEASURE, FilterField.GRAIN, FilterField.RANGE,
                FilterField.BOUNDARY, FilterField.UNITS));
        filters.addFiltersChangedListener(e -> ViewNavigation.go(TrendsView.class, e.state()));
        chart.setHeight("420px");
        chart.addClassName("cchc-trend-chart");
        chart.addChartClickListener(e -> drillInto(e.seriesIndex(), e.dataIndex()));
        axisNote.addClassName("cchc-trend-axis");
        table.setAllRowsVisible(true);
        table.addClassName("cchc-trend-table");
        add(new H2(getTranslation("trends.title")), filters,
                new ExportLink(getTranslation("common.exportXlsx"), this::exportJob), axisNote, chart,
                new vn.cchc.ui.chart.PngButton(chart, "cchc-xu-huong.png"), table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = filters.enter(event, MeasureCatalog.ONTIME_RATE);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trends.title") + " · " + getTranslation("app.title");
    }

    Trend trend() {
        return trend;
    }

    private void render() {
        Locale locale = getLocale();
        if (state.from() == null || state.to() == null
                || !filters.knowsMeasure(state)) {
            trend = null;
            axisNote.setText(getTranslation("common.empty"));
            table.setItems(List.of());
            return;
        }
        PeriodRange range = new PeriodRange(state.from(), state.to(), state.grainOrDefault());
        if (state.units().isEmpty()) {
            trend = trends.trend(state.measure(), List.of(Scope.country()), List.of(getTranslation("trends.country")),
                    state.boundaryOrDefault(), range);
        } else {
            trend = trends.provinces(state.measure(), state.units(), state.boundaryOrDefault(), range);
        }
        axisNote.setText(Labels.measure(trend.measure(), locale) + " — " + getTranslation(switch (trend.axis()) {
            case CUMULATIVE_YEAR_TO_DATE -> "trends.axis.cumulative";
            case SNAPSHOT -> "trends.axis.snapshot";
            case PER_PERIOD -> "trends.axis.period";
        }));
        boolean percent = Labels.isPercent(trend.measure());
        chart.setOption(ChartOptions.trendLines(trend, locale), ValueFormat.of(trend.measure(), locale));
        buildTable(percent, locale);
    }

    private void buildTable(boolean percent, Locale locale) {
        table.removeAllColumns();
        table.addColumn(TrendSeries::label).setHeader(getTranslation("drill.col.unit")).setAutoWidth(true).setFrozen(true);
        for (int i = 0; i < trend.periods().size(); i++) {
            int index = i;
            table.addColumn(s -> Numbers.value(s.points().get(index).figure().value(), percent, locale))
                    .setHeader(Labels.period(trend.periods().get(i), locale)).setAutoWidth(true)
                    .setTooltipGenerator(s -> BasisText.describe(this, s.points().get(index).figure()));
        }
        table.setItems(trend.series());
    }

    /** The chart's data, one row per unit and period: what each line point stands on. */
    TableExportJob exportJob() {
        Locale locale = getLocale();
        boolean percent = trend != null && Labels.isPercent(trend.measure());
        String measureName = trend == null ? null : Labels.measure(trend.measure(), locale);
        List<ExportColumn> columns = List.of(
                ExportColumn.text("Đơn vị", "Unit", 30),
                ExportColumn.text("Kỳ", "Period", 12),
                FigureColumns.value(percent),
                FigureColumns.NUMERATOR,
                FigureColumns.DENOMINATOR,
                ExportColumn.of("Số báo cáo", "Reports", ColumnType.INTEGER, 10),
                FigureColumns.BASIS);
        List<List<Object>> rows = new ArrayList<>();
        if (trend != null) {
            for (TrendSeries series : trend.series()) {
                for (TrendPoint p : series.points()) {
                    rows.add(java.util.Arrays.asList(series.label(), Labels.period(p.period(), locale),
                            p.figure().value(), p.figure().numerator(), p.figure().denominator(), p.figure().reports(),
                            BasisText.describe(this, p.figure())));
                }
            }
        }
        return new TableExportJob(ExportFilters.fileName("xu-huong", state.withPeriod(null)),
                ExportFilters.title(getTranslation("trends.title"), measureName),
                ExportFilters.of(this, state.withPeriod(null), measureName, options.provinceNames(), null),
                ExportFilters.range(state, locale), null, columns, rows, -1,
                List.of(), ExportLanguage.of(locale));
    }

    private void drillInto(int seriesIndex, int dataIndex) {
        if (trend == null || seriesIndex < 0 || seriesIndex >= trend.series().size()
                || dataIndex < 0 || dataIndex >= trend.periods().size()) {
            return;
        }
        TrendSeries series = trend.series().get(seriesIndex);
        String period = trend.periods().get(dataIndex);
        ViewState next = state.withPeriod(period).withUnits(List.of());
        if (series.scope().provinceSlug() != null) {
            next = next.withProvince(series.scope().provinceSlug());
        }
        ViewNavigation.go(DrillDownView.class, next);
    }
}
