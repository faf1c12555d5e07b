package vn.cchc.ui.chart;

import java.util.Locale;
import vn.cchc.analytics.Measure;
import vn.cchc.ui.i18n.Labels;

/**
 * How the browser formats a chart's values (axis labels, tooltips, data labels): percentages
 * (99,62 % in Vietnamese, 99.62 % in English) or counts (1.234 / 1,234). Formatter functions cannot
 * travel in option JSON, so the component applies the one named here.
 */
public record ValueFormat(boolean percent, boolean english) {

    public static ValueFormat percent(Locale locale) {
        return new ValueFormat(true, Labels.isEnglish(locale));
    }

    public static ValueFormat number(Locale locale) {
        return new ValueFormat(false, Labels.isEnglish(locale));
    }

    /** As a measure's values are written: percentages for a percent measure, counts otherwise. */
    public static ValueFormat of(Measure measure, Locale locale) {
        return new ValueFormat(Labels.isPercent(measure), Labels.isEnglish(locale));
    }

    String clientName() {
        return (percent ? "percent-" : "number-") + (english ? "en" : "vi");
    }
}
