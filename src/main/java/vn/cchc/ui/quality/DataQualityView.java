package vn.cchc.ui.quality;

import jakarta.annotation.security.RolesAllowed;
import vn.cchc.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.cchc.analytics.AgencyOption;
import vn.cchc.analytics.Completeness;
import vn.cchc.analytics.DataQualityService;
import vn.cchc.analytics.FilterOptionsService;
import vn.cchc.analytics.Filters;
import vn.cchc.analytics.FindingCount;
import vn.cchc.analytics.PeriodRange;
import vn.cchc.ui.common.ViewNavigation;
import java.util.ArrayList;
import java.util.Arrays;
import vn.cchc.export.ColumnType;
import vn.cchc.export.ExportColumn;
import vn.cchc.export.ExportLanguage;
import vn.cchc.ui.export.ExportFilters;
import vn.cchc.ui.export.ExportLink;
import vn.cchc.ui.export.TableExportJob;
import vn.cchc.ui.filter.FilterBar;
import vn.cchc.ui.filter.FilterField;
import vn.cchc.ui.i18n.Labels;
import vn.cchc.ui.i18n.Numbers;
import vn.cchc.ui.state.ViewState;

/**
 * Chất lượng dữ liệu: the findings the loader kept, by rule, province and agency, and who has not
 * reported in each period — what the collecting office chases before it trusts a figure.
 */
@Route("quality")
@RolesAllowed(Role.Names.ANALYST)
public class DataQualityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DataQualityService quality;
    private final FilterOptionsService options;
    private final FilterBar filters;
    private final Grid<FindingCount> byRule = new Grid<>();
    private final Grid<FindingCount> byProvince = new Grid<>();
    private final Grid<FindingCount> byAgency = new Grid<>();
    private final Grid<Completeness> completeness = new Grid<>();
    private ViewState state = ViewState.empty();
    private List<Completeness> shownCompleteness = List.of();

    public DataQualityView(DataQualityService quality, FilterOptionsService options) {
        this.quality = quality;
        this.options = options;
        this.filters = new FilterBar(options, EnumSet.of(FilterField.GRAIN, FilterField.RANGE, FilterField.BOUNDARY,
                FilterField.PROVINCE, FilterField.KIND));
        filters.addFiltersChangedListener(e -> ViewNavigation.go(DataQualityView.class, e.state()));
        Locale locale = getLocale();
        byRule.addColumn(c -> getTranslation("rule." + c.key())).setHeader(getTranslation("quality.col.rule")).setFlexGrow(2);
        byRule.addColumn(c -> c.severity() == null ? "" : getTranslation("severity." + c.severity()))
                .setHeader(getTranslation("quality.col.severity")).setAutoWidth(true);
        counts(byRule, locale, "cchc-quality-rules");
        byProvince.addColumn(FindingCount::label).setHeader(getTranslation("quality.col.unit")).setFlexGrow(2);
        counts(byProvince, locale, "cchc-quality-provinces");
        byAgency.addColumn(FindingCount::label).setHeader(getTranslation("quality.col.unit")).setFlexGrow(2);
        counts(byAgency, locale, "cchc-quality-agencies");
        completeness.addColumn(c -> Labels.period(c.period(), locale)).setHeader(getTranslation("quality.col.period"))
                .setAutoWidth(true);
        completeness.addColumn(c -> Numbers.count(c.expected(), locale)).setHeader(getTranslation("quality.col.expected"))
                .setAutoWidth(true);
        completeness.addColumn(c -> Numbers.count(c.reported(), locale)).setHeader(getTranslation("quality.col.reported"))
                .setAutoWidth(true);
        completeness.addColumn(c -> Numbers.percent(c.percent(), locale)).setHeader(getTranslation("quality.col.percent"))
                .setAutoWidth(true);
        completeness.addColumn(c -> c.missing().stream().map(AgencyOption::name).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("quality.col.missing")).setFlexGrow(4);
        completeness.setAllRowsVisible(true);
        completeness.addClassName("cchc-quality-completeness");
        add(new H2(getTranslation("quality.title")), filters,
                new ExportLink(getTranslation("common.exportXlsx"), this::exportJob), new H3(getTranslation("quality.completeness")), completeness,
                new H3(getTranslation("quality.byRule")), byRule, new H3(getTranslation("quality.byProvince")), byProvince,
                new H3(getTranslation("quality.byAgency")), byAgency);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = filters.enter(event, null);
        if (state.from() == null) {
            List.of(byRule, byProvince, byAgency).forEach(g -> g.setItems(List.of()));
            completeness.setItems(List.of());
            shownCompleteness = List.of();
            return;
        }
        PeriodRange range = new PeriodRange(state.from(), state.to(), state.grainOrDefault());
        Filters f = new Filters(range, state.province(), state.kind(), state.agency(), state.boundaryOrDefault());
        byRule.setItems(quality.findingsByRule(f));
        byProvince.setItems(quality.findingsByProvince(f));
        byAgency.setItems(quality.findingsByAgency(f));
        shownCompleteness = quality.completeness(range, state.province(), state.kind(), state.boundaryOrDefault());
        completeness.setItems(shownCompleteness);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quality.title") + " · " + getTranslation("app.title");
    }

    /** Who has not reported: one row per period and missing agency (a period with none missing gets one row). */
    TableExportJob exportJob() {
        Locale locale = getLocale();
        List<ExportColumn> columns = List.of(ExportColumn.text("Kỳ", "Period", 12),
                ExportColumn.of("Phải báo cáo", "Expected", ColumnType.INTEGER, 12),
                ExportColumn.of("Đã báo cáo", "Reported", ColumnType.INTEGER, 12),
                ExportColumn.of("Tỷ lệ", "Share", ColumnType.PERCENT, 10),
                ExportColumn.text("Cơ quan chưa báo cáo", "Agency not reported", 50),
                ExportColumn.text("Tỉnh", "Province", 24));
        List<List<Object>> rows = new ArrayList<>();
        for (Completeness c : shownCompleteness) {
            if (c.missing().isEmpty()) {
                rows.add(Arrays.asList(Labels.period(c.period(), locale), c.expected(), c.reported(), c.percent(), null, null));
            }
            for (AgencyOption a : c.missing()) {
                rows.add(Arrays.asList(Labels.period(c.period(), locale), c.expected(), c.reported(), c.percent(), a.name(),
                        a.provinceName()));
            }
        }
        return new TableExportJob(ExportFilters.fileName("chat-luong", state.withPeriod(null)),
                getTranslation("quality.completeness"),
                ExportFilters.of(this, state.withPeriod(null), null, options.provinceNames(), null),
                ExportFilters.range(state, locale), null, columns, rows, -1,
                List.of(), ExportLanguage.of(locale));
    }

    private void counts(Grid<FindingCount> grid, Locale locale, String className) {
        grid.addColumn(c -> Numbers.count(c.findings(), locale)).setHeader(getTranslation("quality.col.findings"))
                .setAutoWidth(true);
        grid.addColumn(c -> Numbers.count(c.reports(), locale)).setHeader(getTranslation("quality.col.reports"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addClassName(className);
    }
}
