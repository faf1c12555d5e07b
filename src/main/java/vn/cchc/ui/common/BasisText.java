package vn.cchc.ui.common;

import com.vaadin.flow.component.Component;
import vn.cchc.analytics.Figure;

/** Says how a figure was obtained — ratio of sums, a sum, as reported, or an unweighted mean — in words. */
public final class BasisText {

    private BasisText() {
    }

    public static String describe(Component c, Figure f) {
        if (f == null) {
            return c.getTranslation("basis.NOT_REPORTED");
        }
        String text = c.getTranslation("basis." + f.basis().name(), f.units(), f.reports());
        if (f.rateOnlyReports() > 0 && f.basis() == vn.cchc.analytics.Basis.RATIO_OF_SUMS) {
            text += ". " + c.getTranslation("basis.rateOnly", f.rateOnlyReports());
        }
        return text;
    }

    public static boolean isUnweighted(Figure f) {
        return f != null && f.basis() == vn.cchc.analytics.Basis.MEAN_OF_REPORTED_RATES;
    }
}
