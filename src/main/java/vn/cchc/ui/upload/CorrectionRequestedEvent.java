package vn.cchc.ui.upload;

import com.vaadin.flow.component.ComponentEvent;
import vn.cchc.intake.Correction;

/** The user set fields of one file in its preview: the page has the intake apply them. */
class CorrectionRequestedEvent extends ComponentEvent<FilePreviewCard> {

    private final transient Correction correction;

    CorrectionRequestedEvent(FilePreviewCard source, Correction correction) {
        super(source, true);
        this.correction = correction;
    }

    Correction correction() {
        return correction;
    }

    int index() {
        return getSource().index();
    }
}
