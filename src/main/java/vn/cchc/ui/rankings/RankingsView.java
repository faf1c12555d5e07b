package vn.cchc.ui.rankings;

import jakarta.annotation.security.RolesAllowed;
import vn.cchc.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cchc.analytics.FilterOptionsService;
import vn.cchc.analytics.MeasureCatalog;
import vn.cchc.analytics.Ranking;
import vn.cchc.analytics.RankingRow;
import vn.cchc.analytics.RankingService;
import vn.cchc.analytics.Unranked;
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
import vn.cchc.ui.map.MapAreas;
import vn.cchc.ui.map.ProvinceMap;
import vn.cchc.ui.i18n.Numbers;
import vn.cchc.ui.state.ViewState;

/**
 * Xếp hạng: provinces — or agencies of one kind — ranked on an indicator for a period, the top and
 * bottom N as bars, the whole ranking as a table with rank change, ties shared, and the units without
 * a figure listed apart (never ranked as 0). A click on a bar opens that unit's drill-down.
 */
@Route("rankings")
@RolesAllowed(Role.Names.VIEWER)
public class RankingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RankingService rankings;
    private final FilterOptionsService options;
    private final FilterBar filters;
    private final Chart topChart = new Chart();
    private final Chart bottomChart = new Chart();
    private final H3 mapTitle = new H3();
    private final ProvinceMap map = new ProvinceMap();
    private final Grid<RankingRow> table = new Grid<>();
    private final H3 unrankedTitle = new H3();
    private final Grid<Unranked> unranked = new Grid<>();
    private final Paragraph note = new Paragraph();
    private final VerticalLayout bottomBox;
    private ViewState state = ViewState.empty();
    private Ranking ranking;

    public RankingsView(RankingService rankings, FilterOptionsService options) {
        this.rankings = rankings;
        this.options = options;
        this.filters = new FilterBar(options, EnumSet.of(FilterField.MEASURE, FilterField.GRAIN, FilterField.PERIOD,
                FilterField.BOUNDARY, FilterField.KIND, FilterField.PROVINCE, FilterField.TOP));
        filters.addFiltersChangedListener(e -> ViewNavigation.go(RankingsView.class, e.state()));
        topChart.addClassName("cchc-ranking-top");
        bottomChart.addClassName("cchc-ranking-bottom");
        topChart.addChartClickListener(e -> drillInto(e.key()));
        bottomChart.addChartClickListener(e -> drillInto(e.key()));
        map.addChartClickListener(e -> drillInto(e.key()));
        bottomBox = withTitle("rankings.bottom", bottomChart);
        FlexLayout charts = new FlexLayout(withTitle("rankings.top", topChart), bottomBox);
        charts.setWidthFull();
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buildTable();
        note.setVisible(false);
        ExportLink export = new ExportLink(getTranslation("common.exportXlsx"), this::exportJob);
        add(new H2(getTranslation("rankings.title")), filters, export, note, mapTitle, map, charts,
                new vn.cchc.ui.chart.PngButton(topChart, "cchc-xep-hang.png"), table, unrankedTitle, unranked);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = filters.enter(event, MeasureCatalog.ONTIME_RATE);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rankings.title") + " · " + getTranslation("app.title");
    }

    Ranking ranking() {
        return ranking;
    }

    ProvinceMap map() {
        return map;
    }

    Chart topChart() {
        return topChart;
    }

    private void render() {
        Locale locale = getLocale();
        if (state.period() == null || !filters.knowsMeasure(state)) {
            ranking = null;
            mapTitle.setVisible(false);
            map.setVisible(false);
            table.setItems(List.of());
            unranked.setItems(List.of());
            note.setText(getTranslation("common.empty"));
            note.setVisible(true);
            return;
        }
        ranking = ranksAgencies()
                ? rankings.agencies(state.measure(), state.period(), state.kind() == null ? "department" : state.kind(),
                        state.province(), state.boundaryOrDefault())
                : rankings.provinces(state.measure(), state.period(), state.boundaryOrDefault(), state.kind());
        int n = state.top() == null ? 10 : state.top();
        ValueFormat format = ValueFormat.of(ranking.measure(), locale);
        String name = Labels.measure(ranking.measure(), locale);
        List<RankingRow> top = ranking.top(n);
        List<RankingRow> bottom = ranking.bottom(n);
        topChart.setHeight(Math.max(160, 24 * top.size() + 30) + "px");
        bottomChart.setHeight(Math.max(160, 24 * bottom.size() + 30) + "px");
        topChart.setOption(ChartOptions.rankingBars(top, name), format);
        bottomChart.setOption(ChartOptions.rankingBars(bottom, name), format);
        // Provinces on the map (not agencies: they have no shapes), coloured as ranked.
        boolean provinces = !ranksAgencies();
        mapTitle.setVisible(provinces);
        map.setVisible(provinces);
        if (provinces) {
            mapTitle.setText(getTranslation("map.title", name, Labels.period(state.period(), locale)));
            map.show(state.boundaryOrDefault(), MapAreas.of(ranking, k -> getTranslation(k)), name, format,
                    getTranslation("map.hoangSa"), getTranslation("map.truongSa"));
        }
        // With no more units than N the bottom group is the top group again: say it once.
        bottomBox.setVisible(ranking.rows().size() > n);
        table.setItems(ranking.rows());
        unranked.setItems(ranking.unranked());
        unrankedTitle.setText(getTranslation("rankings.unranked", ranking.unranked().size()));
        boolean unweighted = ranking.rows().stream().anyMatch(r -> BasisText.isUnweighted(r.figure()));
        note.setText(unweighted ? getTranslation("common.unweighted") : "");
        note.setVisible(unweighted);
    }

    private void buildTable() {
        Locale locale = getLocale();
        table.addColumn(r -> r.rank() + (r.tied() ? " (" + getTranslation("rankings.tied") + ")" : ""))
                .setHeader(getTranslation("rankings.col.rank")).setAutoWidth(true);
        table.addColumn(RankingRow::name).setHeader(getTranslation("rankings.col.unit")).setFlexGrow(2);
        table.addColumn(r -> Numbers.value(r.figure().value(), Labels.isPercent(ranking.measure()), locale))
                .setHeader(getTranslation("rankings.col.value")).setAutoWidth(true);
        table.addColumn(this::rankChange).setHeader(getTranslation("rankings.col.change")).setAutoWidth(true);
        table.addColumn(r -> BasisText.describe(this, r.figure())).setHeader(getTranslation("rankings.col.basis"))
                .setFlexGrow(2);
        table.setAllRowsVisible(true);
        table.addClassName("cchc-ranking-table");
        unranked.addColumn(Unranked::name).setHeader(getTranslation("rankings.col.unit"));
        unranked.addColumn(u -> getTranslation("rankings.reason." + u.reason().name()))
                .setHeader(getTranslation("rankings.col.basis"));
        unranked.setAllRowsVisible(true);
        unranked.addClassName("cchc-unranked-table");
    }

    /** The ranking as the table shows it, then the units without a figure (rank empty, with the reason). */
    TableExportJob exportJob() {
        Locale locale = getLocale();
        boolean percent = ranking != null && Labels.isPercent(ranking.measure());
        String measureName = ranking == null ? null : Labels.measure(ranking.measure(), locale);
        List<ExportColumn> columns = List.of(
                ExportColumn.of("Hạng", "Rank", ColumnType.INTEGER, 8),
                ExportColumn.text("Đơn vị", "Unit", 40),
                FigureColumns.value(percent),
                FigureColumns.NUMERATOR,
                FigureColumns.DENOMINATOR,
                ExportColumn.of("Hạng kỳ trước", "Previous rank", ColumnType.INTEGER, 12),
                ExportColumn.of("Thay đổi hạng", "Rank change", ColumnType.INTEGER, 12),
                FigureColumns.BASIS);
        List<List<Object>> rows = new ArrayList<>();
        if (ranking != null) {
            for (RankingRow r : ranking.rows()) {
                rows.add(java.util.Arrays.asList(r.rank(), r.name(), r.figure().value(), r.figure().numerator(),
                        r.figure().denominator(), r.previousRank(), r.rankChange(), BasisText.describe(this, r.figure())));
            }
            for (Unranked u : ranking.unranked()) {
                rows.add(java.util.Arrays.asList(null, u.name(), null, null, null, null, null,
                        getTranslation("rankings.reason." + u.reason().name())));
            }
        }
        Map<String, String> provinceNames = options.provinceNames();
        return new TableExportJob(ExportFilters.fileName("xep-hang", state), ExportFilters.title(getTranslation("rankings.title"), measureName),
                ExportFilters.of(this, state, measureName, provinceNames, null),
                Labels.period(state.period(), locale),
                state.province() == null ? getTranslation("drill.country") : provinceNames.get(state.province()),
                columns, rows, -1, List.of(), ExportLanguage.of(locale));
    }

    private String rankChange(RankingRow r) {
        if (r.rankChange() == null) {
            return getTranslation("rankings.new");
        }
        int c = r.rankChange();
        return c > 0 ? "▲ " + c : c < 0 ? "▼ " + (-c) : "=";
    }

    private VerticalLayout withTitle(String key, Chart chart) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation(key)), chart);
        box.setPadding(false);
        box.setWidth("min(100%, 36em)");
        return box;
    }

    /** Agencies of one kind when a kind (other than the provinces' own aggregates) or a province is chosen. */
    private boolean ranksAgencies() {
        return state.province() != null || (state.kind() != null && !"province".equals(state.kind()));
    }

    private void drillInto(String key) {
        if (key == null || key.isEmpty() || ranking == null) {
            return;
        }
        // The key comes back from the browser: an agency id that does not parse is ignored, like a bad URL value.
        Long agency = ViewState.id(key);
        if (ranksAgencies() && agency == null) {
            return;
        }
        ViewNavigation.go(DrillDownView.class, ranksAgencies() ? state.withAgency(agency) : state.withProvince(key));
    }
}
