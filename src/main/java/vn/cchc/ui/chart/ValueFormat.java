package vn.cchc.ui.chart;

import java.util.Locale;

/**
 * How the browser formats a chart's values (axis labels, tooltips, data labels): percentages
 * (99,62 % in Vietnamese, 99.62 % in English) or counts (1.234 / 1,234). Formatter functions cannot
 * travel in option JSON, so the component applies the one named here.
 */
public record ValueFormat(boolean percent, boolean english) {

    public static ValueFormat percent(Locale locale) {
        return new ValueFormat(true, isEnglish(locale));
    }

    public static ValueFormat number(Locale locale) {
        return new ValueFormat(false, isEnglish(locale));
    }

    String clientName() {
        return (percent ? "percent-" : "number-") + (english ? "en" : "vi");
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
