package vn.cchc.ui.filter;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import vn.cchc.analytics.AgencyKindOption;
import vn.cchc.analytics.AgencyOption;
import vn.cchc.analytics.Boundary;
import vn.cchc.analytics.FilterOptionsService;
import vn.cchc.analytics.Grain;
import vn.cchc.analytics.Measure;
import vn.cchc.analytics.PeriodOption;
import vn.cchc.analytics.ProvinceOption;
import vn.cchc.ui.i18n.Labels;
import vn.cchc.ui.state.ViewState;

/**
 * The filter row of a view. It shows a state ({@link #show}) and, when the user changes a field,
 * fires a {@link FiltersChangedEvent} with the new state; it never queries figures itself.
 */
public class FilterBar extends FlexLayout {

    private final FilterOptionsService options;
    private final Set<FilterField> fields;
    private final Locale locale;
    private final ComboBox<Measure> measure = new ComboBox<>();
    private final Select<String> period = new Select<>();
    private final Select<String> from = new Select<>();
    private final Select<String> to = new Select<>();
    private final Select<Grain> grain = new Select<>();
    private final RadioButtonGroup<Boundary> boundary = new RadioButtonGroup<>();
    private final ComboBox<ProvinceOption> province = new ComboBox<>();
    private final Select<String> kind = new Select<>();
    private final ComboBox<AgencyOption> agency = new ComboBox<>();
    private final MultiSelectComboBox<ProvinceOption> units = new MultiSelectComboBox<>();
    private final Select<Integer> top = new Select<>();
    private final FilterSummary summary = new FilterSummary(this);
    private ViewState state = ViewState.empty();
    private boolean showing;

    public FilterBar(FilterOptionsService options, Set<FilterField> fields) {
        this.options = options;
        this.fields = fields.isEmpty() ? EnumSet.noneOf(FilterField.class) : EnumSet.copyOf(fields);
        this.locale = getLocale();
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        addClassName("cchc-filter-bar");
        add(summary);
        build();
    }

    /**
     * The state of the URL being entered, with the defaults filled in (the latest period with
     * reports, the default measure), shown in the fields: what the view then renders.
     */
    public ViewState enter(com.vaadin.flow.router.BeforeEnterEvent event, String defaultMeasure) {
        List<PeriodOption> periods = options.periods();
        ViewState entered = vn.cchc.ui.state.Defaults.resolve(ViewState.of(event.getLocation().getQueryParameters()),
                periods, defaultMeasure);
        show(entered, periods);
        return entered;
    }

    /** Whether the state names an indicator or KPI of the catalog (a URL may name anything). */
    public boolean knowsMeasure(ViewState shown) {
        return shown.measure() != null && options.measures().stream().anyMatch(m -> m.id().equals(shown.measure()));
    }

    /** Puts a state into the fields without firing events. */
    public void show(ViewState shown, List<PeriodOption> periods) {
        showing = true;
        try {
            state = shown;
            // Only periods of the chosen grain: a quarter's figure is never next to a year's.
            List<String> codes = new ArrayList<>(periods.stream().map(PeriodOption::code)
                    .filter(c -> Grain.of(c) == shown.grainOrDefault()).toList());
            if (fields.contains(FilterField.PERIOD)) {
                period.setItems(reversed(codes));
                period.setValue(codes.contains(shown.period()) ? shown.period() : null);
            }
            if (fields.contains(FilterField.RANGE)) {
                from.setItems(codes);
                to.setItems(reversed(codes));
                from.setValue(codes.contains(shown.from()) ? shown.from() : null);
                to.setValue(codes.contains(shown.to()) ? shown.to() : null);
            }
            grain.setValue(shown.grainOrDefault());
            boundary.setValue(shown.boundaryOrDefault());
            // Hidden fields are never attached and never read: no query for them on each navigation.
            if (fields.contains(FilterField.PROVINCE) || fields.contains(FilterField.UNITS)) {
                List<ProvinceOption> provinces = options.provinces(shown.boundaryOrDefault());
                province.setItems(provinces);
                province.setValue(provinces.stream().filter(p -> p.slug().equals(shown.province())).findFirst().orElse(null));
                units.setItems(provinces);
                units.setValue(new LinkedHashSet<>(provinces.stream().filter(p -> shown.units().contains(p.slug())).toList()));
            }
            if (fields.contains(FilterField.KIND)) {
                kind.setValue(shown.kind() == null ? "" : shown.kind());
            }
            if (fields.contains(FilterField.AGENCY)) {
                List<AgencyOption> agencies = options.agencies(shown.province(), shown.kind(), shown.boundaryOrDefault());
                agency.setItems(agencies);
                // Under the 34 an option stands for its unit's agencies: a link naming a predecessor finds it.
                agency.setValue(agencies.stream().filter(a -> a.standsFor(shown.agency())).findFirst().orElse(null));
            }
            if (fields.contains(FilterField.MEASURE)) {
                measure.setValue(options.measures().stream().filter(m -> m.id().equals(shown.measure())).findFirst().orElse(null));
            }
            top.setValue(shown.top() == null ? 10 : shown.top());
            summary.describe(summaryParts(shown));
        } finally {
            showing = false;
        }
    }

    public Registration addFiltersChangedListener(ComponentEventListener<FiltersChangedEvent> listener) {
        return addListener(FiltersChangedEvent.class, listener);
    }

    private void build() {
        measure.setLabel(getTranslation("filter.measure"));
        measure.setItems(options.measures());
        measure.setItemLabelGenerator(m -> Labels.measure(m, locale));
        measure.setWidth("26em");
        measure.setAllowCustomValue(false);
        period.setLabel(getTranslation("filter.period"));
        period.setItemLabelGenerator(p -> Labels.period(p, locale));
        from.setLabel(getTranslation("filter.from"));
        from.setItemLabelGenerator(p -> Labels.period(p, locale));
        to.setLabel(getTranslation("filter.to"));
        to.setItemLabelGenerator(p -> Labels.period(p, locale));
        grain.setLabel(getTranslation("filter.grain"));
        grain.setItems(Grain.values());
        grain.setItemLabelGenerator(g -> getTranslation("grain." + g.name().toLowerCase(Locale.ROOT)));
        boundary.setLabel(getTranslation("filter.boundary"));
        boundary.setItems(Boundary.NEW_34, Boundary.OLD_63);
        boundary.setItemLabelGenerator(b -> getTranslation(b == Boundary.OLD_63 ? "boundary.63" : "boundary.34"));
        province.setLabel(getTranslation("filter.province"));
        province.setItemLabelGenerator(ProvinceOption::name);
        province.setPlaceholder(getTranslation("filter.province.all"));
        province.setClearButtonVisible(true);
        kind.setLabel(getTranslation("filter.kind"));
        if (fields.contains(FilterField.KIND)) {
            List<String> kinds = new ArrayList<>();
            kinds.add("");
            kinds.addAll(options.agencyKinds().stream().map(AgencyKindOption::kind).toList());
            kind.setItems(kinds);
        }
        kind.setItemLabelGenerator(k -> k.isEmpty() ? getTranslation("filter.kind.all") : getTranslation("kind." + k));
        agency.setLabel(getTranslation("filter.agency"));
        agency.setItemLabelGenerator(AgencyOption::name);
        agency.setPlaceholder(getTranslation("filter.agency.all"));
        agency.setClearButtonVisible(true);
        agency.setWidth("22em");
        units.setLabel(getTranslation("filter.units"));
        units.setItemLabelGenerator(ProvinceOption::name);
        units.setWidth("26em");
        top.setLabel(getTranslation("filter.top"));
        top.setItems(5, 10, 15, 20, 34, 63);
        top.setWidth("7em");

        on(FilterField.MEASURE, measure, m -> state.withMeasure(m == null ? null : m.id()));
        on(FilterField.PERIOD, period, p -> state.withPeriod(p));
        on(FilterField.RANGE, from, f -> state.withRange(f, state.to()));
        on(FilterField.RANGE, to, t -> state.withRange(state.from(), t));
        on(FilterField.GRAIN, grain, g -> state.withGrain(g).withRange(null, null).withPeriod(null));
        on(FilterField.BOUNDARY, boundary, b -> state.withBoundary(b));
        on(FilterField.PROVINCE, province, p -> state.withProvince(p == null ? null : p.slug()));
        on(FilterField.KIND, kind, k -> state.withKind(k == null || k.isEmpty() ? null : k));
        on(FilterField.AGENCY, agency, a -> state.withAgency(a == null ? null : a.id()));
        on(FilterField.UNITS, units, u -> state.withUnits(u.stream().map(ProvinceOption::slug).toList()));
        on(FilterField.TOP, top, n -> state.withTop(n));
    }

    private <V> void on(FilterField field, HasValue<?, V> input, Function<V, ViewState> next) {
        if (!fields.contains(field)) {
            return;
        }
        add((com.vaadin.flow.component.Component) input);
        input.addValueChangeListener(e -> {
            // Only the user's changes: show() fills the fields without announcing them.
            if (!showing) {
                fireEvent(new FiltersChangedEvent(this, next.apply(e.getValue())));
            }
        });
    }

    /** What the folded row says on a phone: the chosen values of the fields this view shows. */
    private List<String> summaryParts(ViewState shown) {
        List<String> parts = new ArrayList<>();
        if (fields.contains(FilterField.MEASURE) && measure.getValue() != null) {
            parts.add(Labels.measure(measure.getValue(), locale));
        }
        if (fields.contains(FilterField.PERIOD) && shown.period() != null) {
            parts.add(Labels.period(shown.period(), locale));
        }
        if (fields.contains(FilterField.RANGE) && shown.from() != null && shown.to() != null) {
            parts.add(Labels.period(shown.from(), locale) + " – " + Labels.period(shown.to(), locale));
        }
        if (fields.contains(FilterField.BOUNDARY)) {
            parts.add(getTranslation(shown.boundaryOrDefault() == Boundary.OLD_63 ? "boundary.63" : "boundary.34"));
        }
        if (fields.contains(FilterField.PROVINCE)) {
            parts.add(province.getValue() == null ? province.getPlaceholder() : province.getValue().name());
        }
        if (fields.contains(FilterField.AGENCY) && agency.getValue() != null) {
            parts.add(agency.getValue().name());
        }
        return parts;
    }

    private static List<String> reversed(List<String> codes) {
        List<String> r = new ArrayList<>(codes);
        java.util.Collections.reverse(r);
        return r;
    }
}
