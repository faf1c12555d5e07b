package vn.cchc.ui.i18n;

import java.util.Locale;
import vn.cchc.analytics.Measure;

/** Names of periods and measures in the user's language. */
public final class Labels {

    private Labels() {
    }

    /** 2025-Q3 → "Q3/2025" (vi) or "Q3 2025" (en); H1 → "6 tháng", 9M → "9 tháng", Y → "Năm". */
    public static String period(String code, Locale locale) {
        if (code == null) {
            return Numbers.MISSING;
        }
        int dash = code.indexOf('-');
        if (dash < 0) {
            return code;
        }
        String year = code.substring(0, dash);
        String kind = code.substring(dash + 1);
        boolean en = isEnglish(locale);
        return switch (kind) {
            case "H1" -> en ? "H1 " + year : "6 tháng/" + year;
            case "9M" -> en ? "9M " + year : "9 tháng/" + year;
            case "Y" -> en ? year : "Năm " + year;
            default -> en ? kind + " " + year : kind + "/" + year;
        };
    }

    public static String measure(Measure measure, Locale locale) {
        if (measure == null) {
            return Numbers.MISSING;
        }
        String name = isEnglish(locale) ? measure.nameEn() : measure.nameVi();
        return name == null || name.isBlank() ? measure.nameVi() : name;
    }

    /** Rates and percentages are drawn and written as percentages (99,62 %). */
    public static boolean isPercent(Measure measure) {
        return measure != null && (measure.isRatio() || "%".equals(measure.unit())
                || measure.kind() == vn.cchc.catalog.Indicator.Kind.PERCENT);
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
