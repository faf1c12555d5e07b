package vn.cchc.brief;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The briefing's language: Vietnamese by default, English on request; numbers formatted accordingly. */
public enum BriefLanguage {
    VI(Locale.of("vi", "VN")), EN(Locale.UK);

    private final Locale locale;

    BriefLanguage(Locale locale) {
        this.locale = locale;
    }

    public static BriefLanguage of(String code) {
        return code != null && code.trim().equalsIgnoreCase("en") ? EN : VI;
    }

    public Locale locale() {
        return locale;
    }

    String pick(String vi, String en) {
        return this == VI ? vi : en;
    }

    /** "94,92 %" in Vietnamese, "94.92%" in English: two decimals, as the dashboard shows a rate. */
    public String percent(double value) {
        return format("#,##0.00", value) + (this == VI ? " %" : "%");
    }

    /** A change in points without its sign: "1,30". */
    public String points(double delta) {
        return format("#,##0.00", Math.abs(delta));
    }

    public String count(double value) {
        return format("#,##0", value);
    }

    private String format(String pattern, double value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator(this == VI ? ',' : '.');
        symbols.setGroupingSeparator(this == VI ? '.' : ',');
        DecimalFormat f = new DecimalFormat(pattern, symbols);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(value);
    }
}
