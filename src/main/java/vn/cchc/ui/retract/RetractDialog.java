package vn.cchc.ui.retract;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import vn.cchc.intake.IntakeRefused;
import vn.cchc.intake.IntakeService;
import vn.cchc.intake.Retracted;
import vn.cchc.ui.security.UiAudit;

/**
 * Asks before a report is withdrawn, with the reason (kept in the audit log). The intake checks the
 * account's role and provinces again: the dialog decides nothing.
 */
public class RetractDialog extends Dialog {

    private final TextArea reason = new TextArea();

    RetractDialog(IntakeService intake, long reportId, String fileName, Consumer<Retracted> done) {
        addClassName("cchc-retract-dialog");
        setHeaderTitle(getTranslation("retract.title", fileName));
        reason.setLabel(getTranslation("retract.reason"));
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.addClassName("cchc-retract-reason");
        add(new Paragraph(getTranslation("retract.explain")), reason);
        Button confirm = new Button(getTranslation("retract.confirm"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("retract.reason.required"));
                return;
            }
            Retracted result;
            try {
                result = intake.retract(intake.loader(UiAudit.client()), reportId, reason.getValue());
            } catch (IntakeRefused refused) {
                result = new Retracted(Retracted.Status.REFUSED, reportId, java.util.List.of());
            }
            Notification.show(getTranslation("retract.status." + result.status().name().toLowerCase(java.util.Locale.ROOT),
                    String.valueOf(reportId), result.restored().toString()));
            close();
            done.accept(result);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClassName("cchc-retract-confirm");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.addClassName("cchc-retract-cancel");
        com.vaadin.flow.component.orderedlayout.HorizontalLayout buttons =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(cancel, confirm);
        buttons.setWidthFull();
        buttons.setJustifyContentMode(com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode.END);
        add(buttons);
    }
}
