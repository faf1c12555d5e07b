package vn.cchc.ui.retract;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import vn.cchc.intake.IntakeService;

/**
 * "Rút báo cáo" for the report chosen ({@link #setReport}): opens the {@link RetractDialog}; once
 * confirmed, fires a {@link ReportRetractedEvent}. Not offered where the app does not load (a
 * read-only warehouse); enabled only while a report is chosen.
 */
public class RetractButton extends Button {

    private final transient IntakeService intake;
    private Long reportId;
    private String fileName;

    public RetractButton(IntakeService intake) {
        super(VaadinIcon.ARROW_BACKWARD.create());
        this.intake = intake;
        setText(getTranslation("retract.action"));
        addThemeVariants(ButtonVariant.LUMO_ERROR);
        addClassName("cchc-retract");
        setVisible(intake.enabled());
        setEnabled(false);
        addClickListener(e -> {
            if (reportId != null) {
                dialog().open();
            }
        });
    }

    /** The report the button withdraws, or null for none. */
    public void setReport(Long id, String name) {
        this.reportId = id;
        this.fileName = name;
        setEnabled(id != null);
    }

    /** The dialog for the chosen report (not yet open). */
    RetractDialog dialog() {
        long id = reportId;
        return new RetractDialog(intake, id, fileName == null ? "#" + id : fileName,
                result -> fireEvent(new ReportRetractedEvent(this, result)));
    }

    public Registration addRetractedListener(ComponentEventListener<ReportRetractedEvent> listener) {
        return addListener(ReportRetractedEvent.class, listener);
    }
}
