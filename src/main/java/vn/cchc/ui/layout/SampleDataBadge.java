package vn.cchc.ui.layout;

import com.vaadin.flow.component.html.Span;
import vn.cchc.analytics.WarehouseSummaryService;

/**
 * Says, on every page, when the warehouse holds the bundled synthetic sample rather than real
 * reports — nobody must mistake sample figures for a province's.
 */
class SampleDataBadge extends Span {

    SampleDataBadge(WarehouseSummaryService summaries) {
        boolean sample = summaries.summary().createdFromSample();
        setVisible(sample);
        if (sample) {
            setText(getTranslation("app.sample"));
            setTitle(getTranslation("app.sample.tooltip"));
            getStyle().set("background", "var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("padding", "0.2em 0.6em").set("font-size", "var(--lumo-font-size-s)");
            addClassName("cchc-sample-badge");
        }
    }
}
