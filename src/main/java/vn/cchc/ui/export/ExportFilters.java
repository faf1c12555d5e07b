package vn.cchc.ui.export;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cchc.analytics.Boundary;
import vn.cchc.export.ExportContext.Filter;
import vn.cchc.ui.i18n.Labels;
import vn.cchc.ui.state.ViewState;

/** The view's filters as the user saw them, label and value, for the export's "Bộ lọc" sheet. */
public final class ExportFilters {

    private ExportFilters() {
    }

    public static List<Filter> of(Component view, ViewState state, String measureName, Map<String, String> provinceNames,
                                  String agencyName) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? null
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        List<Filter> filters = new ArrayList<>();
        if (measureName != null) {
            filters.add(new Filter(view.getTranslation("filter.measure"), measureName));
        }
        if (state.period() != null) {
            filters.add(new Filter(view.getTranslation("filter.period"), Labels.period(state.period(), locale)));
        }
        if (state.from() != null && state.to() != null) {
            filters.add(new Filter(view.getTranslation("filter.from"), Labels.period(state.from(), locale)));
            filters.add(new Filter(view.getTranslation("filter.to"), Labels.period(state.to(), locale)));
        }
        filters.add(new Filter(view.getTranslation("filter.boundary"), view.getTranslation(
                state.boundaryOrDefault() == Boundary.OLD_63 ? "boundary.63" : "boundary.34")));
        filters.add(new Filter(view.getTranslation("filter.province"), state.province() == null
                ? view.getTranslation("filter.province.all") : provinceNames.getOrDefault(state.province(), state.province())));
        if (state.kind() != null) {
            filters.add(new Filter(view.getTranslation("filter.kind"), view.getTranslation("kind." + state.kind())));
        }
        if (agencyName != null) {
            filters.add(new Filter(view.getTranslation("filter.agency"), agencyName));
        }
        if (!state.units().isEmpty()) {
            filters.add(new Filter(view.getTranslation("filter.units"), String.join(", ",
                    state.units().stream().map(u -> provinceNames.getOrDefault(u, u)).toList())));
        }
        return filters;
    }

    /** The export's title: the view's, and the indicator's name when there is one. */
    public static String title(String viewTitle, String measureName) {
        return viewTitle + (measureName == null ? "" : " — " + measureName);
    }

    /** The period range of a view that shows one, "Q1/2024 – Q4/2025". */
    public static String range(ViewState state, Locale locale) {
        return Labels.period(state.from(), locale) + " – " + Labels.period(state.to(), locale);
    }

    /** A file name from the view's name and validated period codes: letters, digits, dashes only. */
    public static String fileName(String view, ViewState state) {
        String period = state.period() != null ? state.period()
                : state.from() != null ? state.from() + "_" + state.to() : "all";
        return ("cchc-" + view + "-" + period).replaceAll("[^A-Za-z0-9_-]", "-") + ".xlsx";
    }
}
