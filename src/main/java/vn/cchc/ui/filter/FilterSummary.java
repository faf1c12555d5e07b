package vn.cchc.ui.filter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Objects;

/**
 * On a phone, the filter row folds into this one line ("Bộ lọc: Quý 3/2025 · 34 tỉnh · Cả nước"); a tap
 * opens the fields and another folds them again. On a wider screen it is hidden by the stylesheet
 * (META-INF/resources/styles/cchc-layout.css) and the fields are always shown.
 */
class FilterSummary extends Button {

    static final String OPEN = "cchc-filters-open";

    private final FilterBar bar;

    FilterSummary(FilterBar bar) {
        this.bar = bar;
        addClassName("cchc-filter-summary");
        addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        setIcon(VaadinIcon.SLIDERS.create());
        getElement().setAttribute("aria-expanded", "false");
        addClickListener(e -> toggle());
    }

    void describe(List<String> parts) {
        setText(getTranslation("filter.fold") + ": "
                + String.join(" · ", parts.stream().filter(Objects::nonNull).filter(p -> !p.isBlank()).toList()));
    }

    private void toggle() {
        boolean open = !bar.hasClassName(OPEN);
        bar.setClassName(OPEN, open);
        getElement().setAttribute("aria-expanded", String.valueOf(open));
    }
}
