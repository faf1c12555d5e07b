package vn.cchc.ui.i18n;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as Vietnamese offices write them — 99,62 %, 1.234, +1,25 điểm — or the English way.
 * A missing value is a dash, never 0: "not reported" must stay visibly different from zero.
 */
public final class Numbers {

    public static final String MISSING = "–";

    private Numbers() {
    }

    public static String percent(Double value, Locale locale) {
        return value == null ? MISSING : format("#,##0.00", locale).format(value) + " %";
    }

    public static String count(Number value, Locale locale) {
        return value == null ? MISSING : format("#,##0", locale).format(value);
    }

    /** A value of any kind: percentages with two decimals, others with as many as they need (up to 3). */
    public static String value(Double value, boolean percent, Locale locale) {
        if (percent) {
            return percent(value, locale);
        }
        return value == null ? MISSING : format("#,##0.###", locale).format(value);
    }

    /** A change in percentage points with its sign: +1,25 / −0,40. */
    public static String points(Double delta, Locale locale) {
        if (delta == null) {
            return MISSING;
        }
        String body = format("#,##0.00", locale).format(Math.abs(delta));
        return (delta > 0 ? "+" : delta < 0 ? "−" : "±") + body;
    }

    private static DecimalFormat format(String pattern, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Translations.supported(locale));
        return new DecimalFormat(pattern, symbols);
    }
}
