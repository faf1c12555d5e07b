package vn.cchc.ui.layout;

import com.vaadin.flow.component.html.Span;
import vn.cchc.intake.IntakeService;

/**
 * Says, on every page, when the app shows its warehouse read-only (cchc.warehouse.read-only): the
 * figures are as they were when the file was last written, and nothing can be loaded here.
 */
public class ReadOnlyBadge extends Span {

    public ReadOnlyBadge(IntakeService intake) {
        boolean readOnly = !intake.enabled();
        setVisible(readOnly);
        if (readOnly) {
            setText(getTranslation("app.readOnly"));
            setTitle(getTranslation("app.readOnly.tooltip"));
            getStyle().set("background", "var(--lumo-warning-color-10pct, var(--lumo-contrast-10pct))")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "0.2em 0.6em")
                    .set("font-size", "var(--lumo-font-size-s)");
            addClassName("cchc-read-only-badge");
        }
    }
}
