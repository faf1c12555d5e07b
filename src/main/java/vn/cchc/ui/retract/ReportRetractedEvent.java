package vn.cchc.ui.retract;

import com.vaadin.flow.component.ComponentEvent;
import vn.cchc.intake.Retracted;

/** A retraction was confirmed and done (or refused): the views showing the report refresh. */
public class ReportRetractedEvent extends ComponentEvent<RetractButton> {

    private final transient Retracted result;

    public ReportRetractedEvent(RetractButton source, Retracted result) {
        super(source, false);
        this.result = result;
    }

    public Retracted result() {
        return result;
    }
}
