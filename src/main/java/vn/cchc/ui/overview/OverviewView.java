package vn.cchc.ui.overview;

import jakarta.annotation.security.RolesAllowed;
import vn.cchc.security.Role;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import vn.cchc.analytics.FilterOptionsService;
import vn.cchc.analytics.KpiCard;
import vn.cchc.analytics.OverviewPage;
import vn.cchc.analytics.PeriodRange;
import vn.cchc.analytics.Ranking;
import vn.cchc.analytics.Scope;
import vn.cchc.analytics.Trend;
import vn.cchc.ui.chart.Chart;
import vn.cchc.ui.chart.ChartOptions;
import vn.cchc.ui.chart.ValueFormat;
import vn.cchc.ui.common.BasisText;
import vn.cchc.ui.common.ViewNavigation;
import vn.cchc.ui.drill.DrillDownView;
import java.util.ArrayList;
import java.util.Arrays;
import vn.cchc.export.ColumnType;
import vn.cchc.export.ExportColumn;
import vn.cchc.export.ExportLanguage;
import vn.cchc.ui.export.ExportFilters;
import vn.cchc.ui.export.ExportLink;
import vn.cchc.ui.export.FigureColumns;
import vn.cchc.ui.export.TableExportJob;
import vn.cchc.ui.filter.FilterBar;
import vn.cchc.ui.filter.FilterField;
import vn.cchc.ui.i18n.Labels;
import vn.cchc.ui.map.MapAreas;
import vn.cchc.ui.map.ProvinceMap;
import vn.cchc.ui.state.ViewState;

/**
 * Tổng quan: for leadership — the three headline rates at the chosen scope and period with their
 * change, the ranking beneath (provinces of the country, or departments of a province), and the
 * on-time rate quarter by quarter. A click on a ranking bar opens that unit's drill-down.
 */
@Route("")
@RolesAllowed(Role.Names.VIEWER)
public class OverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OverviewPage page;
    private final FilterOptionsService options;
    private final FilterBar filters;
    private final FlexLayout cards = new FlexLayout();
    private final H3 mapTitle = new H3();
    private final ProvinceMap map = new ProvinceMap();
    private final H3 rankingTitle = new H3();
    private final Chart rankingChart = new Chart();
    private final Chart trendChart = new Chart();
    private final Paragraph empty = new Paragraph();
    private ViewState state = ViewState.empty();
    private List<KpiCard> shownCards = List.of();
    private final vn.cchc.ui.documents.DocumentLinks documents;

    public OverviewView(OverviewPage page, FilterOptionsService options, vn.cchc.ui.documents.DocumentFiles documentFiles,
                        com.vaadin.flow.spring.security.AuthenticationContext authentication) {
        this.page = page;
        this.documents = new vn.cchc.ui.documents.DocumentLinks(documentFiles, authentication);
        this.options = options;
        this.filters = new FilterBar(options, EnumSet.of(FilterField.GRAIN, FilterField.PERIOD, FilterField.BOUNDARY,
                FilterField.PROVINCE, FilterField.AGENCY));
        filters.addFiltersChangedListener(e -> ViewNavigation.go(OverviewView.class, e.state()));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.addClassName("cchc-kpi-cards");
        rankingChart.addClassName("cchc-overview-ranking");
        rankingChart.addChartClickListener(e -> drillInto(e.key()));
        map.addChartClickListener(e -> drillInto(e.key()));
        trendChart.addClassName("cchc-overview-trend");
        empty.setText(getTranslation("overview.empty"));
        add(new H2(getTranslation("overview.title")), filters,
                new ExportLink(getTranslation("common.exportXlsx"), this::exportJob), documents, empty, cards, mapTitle, map, rankingTitle, rankingChart,
                new vn.cchc.ui.chart.PngButton(rankingChart, "cchc-xep-hang.png"),
                new H3(getTranslation("overview.trend")), trendChart);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = filters.enter(event, null);
        boolean any = state.period() != null;
        empty.setVisible(!any);
        cards.setVisible(any);
        rankingTitle.setVisible(any);
        mapTitle.setVisible(false);
        map.setVisible(false);
        rankingChart.setVisible(any);
        trendChart.setVisible(any);
        documents.show(state);
        if (any) {
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " · " + getTranslation("app.title");
    }

    /** The scope the cards describe: an agency, a province, or the country. */
    Scope scope() {
        if (state.agency() != null) {
            return Scope.agency(state.agency());
        }
        return state.province() != null ? Scope.province(state.province()) : Scope.country();
    }

    ViewState state() {
        return state;
    }

    ProvinceMap map() {
        return map;
    }

    Chart rankingChart() {
        return rankingChart;
    }

    private void render() {
        Locale locale = getLocale();
        cards.removeAll();
        OverviewPage.Answers answers = page.answers(scope(), state.province(), state.period(), state.boundaryOrDefault(),
                new PeriodRange(state.from(), state.to(), state.grainOrDefault()));
        shownCards = answers.cards();
        for (KpiCard card : shownCards) {
            cards.add(new KpiCardView(card));
        }
        Ranking ranking = answers.ranking();
        // The country's provinces on the map, coloured as ranked: only at country level.
        boolean country = state.province() == null && state.agency() == null;
        mapTitle.setVisible(country);
        map.setVisible(country);
        if (country) {
            mapTitle.setText(getTranslation("map.title", Labels.measure(ranking.measure(), locale),
                    Labels.period(state.period(), locale)));
            map.show(state.boundaryOrDefault(), MapAreas.of(ranking, k -> getTranslation(k)),
                    Labels.measure(ranking.measure(), locale), ValueFormat.percent(locale),
                    getTranslation("map.hoangSa"), getTranslation("map.truongSa"));
        }
        rankingTitle.setText(getTranslation(state.province() == null ? "overview.ranking" : "overview.ranking.agencies",
                Labels.period(state.period(), locale)));
        rankingChart.setHeight(Math.max(200, 24 * ranking.rows().size() + 40) + "px");
        rankingChart.setOption(ChartOptions.rankingBars(ranking.rows(), Labels.measure(ranking.measure(), locale)),
                ValueFormat.percent(locale));
        Trend trend = answers.trend().labelled(List.of(scopeLabel()));
        trendChart.setOption(ChartOptions.trendLines(trend, locale), ValueFormat.percent(locale));
    }

    /** The cards as a table: each headline rate, the counts behind it, and its change. */
    TableExportJob exportJob() {
        Locale locale = getLocale();
        List<ExportColumn> columns = List.of(ExportColumn.text("Chỉ tiêu", "Indicator", 44),
                FigureColumns.value(true),
                FigureColumns.NUMERATOR,
                FigureColumns.DENOMINATOR,
                ExportColumn.text("Kỳ trước", "Previous period", 14),
                ExportColumn.of("Giá trị kỳ trước", "Previous value", ColumnType.PERCENT, 14),
                ExportColumn.of("Thay đổi (điểm %)", "Change (points)", ColumnType.DECIMAL, 14),
                FigureColumns.BASIS);
        List<List<Object>> rows = new ArrayList<>();
        for (KpiCard c : shownCards) {
            rows.add(Arrays.asList(Labels.measure(c.measure(), locale), c.current().value(), c.current().numerator(),
                    c.current().denominator(), Labels.period(c.previousPeriod(), locale), c.previous().value(),
                    c.changePoints(), BasisText.describe(this, c.current())));
        }
        String scope = scopeLabel();
        return new TableExportJob(ExportFilters.fileName("tong-quan", state), getTranslation("overview.title") + " — "
                + scope, ExportFilters.of(this, state, null, options.provinceNames(), null),
                Labels.period(state.period(), locale), scope, columns, rows, -1, List.of(),
                ExportLanguage.of(locale));
    }

    private String scopeLabel() {
        if (state.province() == null && state.agency() == null) {
            return getTranslation("overview.scope.country");
        }
        return options.provinceNames().getOrDefault(state.province(), getTranslation("filter.agency"));
    }

    /** A bar's key is a province slug at country level, an agency id inside a province. */
    private void drillInto(String key) {
        if (key == null || key.isEmpty()) {
            return;
        }
        // The key comes back from the browser: an agency id that does not parse is ignored, like a bad URL value.
        Long agency = ViewState.id(key);
        if (state.province() != null && agency == null) {
            return;
        }
        ViewNavigation.go(DrillDownView.class, state.province() == null ? state.withProvince(key) : state.withAgency(agency));
    }
}
