package vn.cchc.ui.overview;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import vn.cchc.analytics.KpiCard;
import vn.cchc.ui.chart.Chart;
import vn.cchc.ui.chart.ChartOptions;
import vn.cchc.ui.chart.ValueFormat;
import vn.cchc.ui.common.BasisText;
import vn.cchc.ui.i18n.Labels;
import vn.cchc.ui.i18n.Numbers;

/** One headline figure: the rate, its change in percentage points vs the previous period, a sparkline. */
public class KpiCardView extends VerticalLayout {

    private final KpiCard card;

    public KpiCardView(KpiCard card) {
        this.card = card;
        Locale locale = getLocale();
        addClassName("cchc-kpi-card");
        setPadding(true);
        setSpacing(false);
        setWidth("20em");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        getElement().setAttribute("data-measure", card.measure().id());

        Span title = new Span(Labels.measure(card.measure(), locale));
        title.addClassName("cchc-kpi-title");
        title.getStyle().set("font-weight", "600");
        Span value = new Span(Numbers.percent(card.current().value(), locale));
        value.addClassName("cchc-kpi-value");
        value.getStyle().set("font-size", "2.2em").set("font-weight", "700");
        Span change = new Span(changeText(locale));
        change.addClassName("cchc-kpi-change");
        if (card.changePoints() != null) {
            change.getStyle().set("color", card.changePoints() >= 0 == !card.measure().lowerIsBetter()
                    ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        }
        Span basis = new Span(BasisText.describe(this, card.current()));
        basis.addClassName("cchc-kpi-basis");
        basis.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");

        Chart sparkline = new Chart();
        sparkline.setHeight("60px");
        sparkline.setOption(ChartOptions.sparkline(card.sparkline(), locale), ValueFormat.percent(locale));
        add(title, new Div(value), change, sparkline, basis);
        if (card.national() != null) {
            // The national benchmark an admin turned on: one figure for the whole country, beside the reader's own.
            Span national = new Span(getTranslation("overview.national", Numbers.percent(card.national().value(), locale)));
            national.addClassName("cchc-kpi-national");
            national.getStyle().set("font-size", "var(--lumo-font-size-s)");
            add(national);
        }
    }

    public KpiCard card() {
        return card;
    }

    private String changeText(Locale locale) {
        String previous = Labels.period(card.previousPeriod(), locale);
        if (card.changePoints() == null) {
            return getTranslation("overview.change.none", previous);
        }
        return Numbers.points(card.changePoints(), locale) + " " + getTranslation("overview.points") + " "
                + getTranslation("overview.change", previous);
    }
}
