package vn.cchc.ui.upload;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import vn.cchc.intake.CorrectionChoice;
import vn.cchc.intake.FilePreview;
import vn.cchc.intake.IntakeOutcome;
import vn.cchc.ui.i18n.Numbers;

/**
 * One file of an upload as read: whether to load it, what was detected (each field with the text
 * it was read from), its values (raw text beside the parsed number, the source line) and its
 * findings; the correction form. A file that cannot be loaded says why and cannot be chosen.
 */
class FilePreviewCard extends Details {

    private final Checkbox chosen = new Checkbox();
    private final Span outcome = new Span();
    private final Paragraph error = new Paragraph();
    private final Grid<FilePreview.Field> fields = new Grid<>();
    private final Grid<FilePreview.Value> values = new Grid<>();
    private final Grid<IntakeOutcome.FindingLine> findings = new Grid<>();
    private final H4 valuesTitle = new H4();
    private final H4 findingsTitle = new H4();
    private final CorrectionForm correction;
    private FilePreview preview;

    FilePreviewCard(FilePreview preview, List<CorrectionChoice> provinces, List<CorrectionChoice> departments) {
        addClassName("cchc-preview");
        Locale locale = getLocale();
        chosen.setLabel(preview.summary().name());
        chosen.addClassName("cchc-preview-choose");
        outcome.addClassName("cchc-preview-outcome");
        HorizontalLayout summary = new HorizontalLayout(chosen, outcome);
        summary.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        setSummary(summary);
        error.addClassName("cchc-preview-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");

        fields.addClassName("cchc-preview-fields");
        fields.addColumn(f -> getTranslation("upload.field." + f.field())).setHeader(getTranslation("upload.col.field")).setAutoWidth(true);
        fields.addColumn(f -> f.shown() == null ? Numbers.MISSING
                : "agency_kind".equals(f.field()) ? getTranslation("kind." + f.shown()) : f.shown()).setHeader(getTranslation("upload.col.value")).setFlexGrow(2);
        fields.addColumn(f -> f.evidence() == null ? "" : f.evidence()).setHeader(getTranslation("upload.col.evidence")).setFlexGrow(3);
        fields.addColumn(f -> f.line() > 0 ? String.valueOf(f.line()) : "").setHeader(getTranslation("drill.col.line")).setAutoWidth(true);
        fields.setAllRowsVisible(true);

        values.addClassName("cchc-preview-values");
        values.addColumn(v -> v.label() == null ? v.indicator() : v.label()).setHeader(getTranslation("drill.col.indicator")).setFlexGrow(3);
        values.addColumn(FilePreview.Value::raw).setHeader(getTranslation("drill.col.raw")).setFlexGrow(1);
        values.addColumn(v -> Numbers.value(v.number(), "%".equals(v.unit()), locale)).setHeader(getTranslation("upload.col.parsed")).setAutoWidth(true);
        values.addColumn(v -> v.unit() == null ? "" : v.unit()).setHeader(getTranslation("upload.col.unit")).setAutoWidth(true);
        values.addColumn(v -> v.note() == null ? "" : v.note()).setHeader(getTranslation("upload.col.note")).setFlexGrow(1);
        values.addColumn(v -> String.valueOf(v.line())).setHeader(getTranslation("drill.col.line")).setAutoWidth(true);
        values.setHeight("22em");

        findings.addClassName("cchc-preview-findings");
        findings.addColumn(f -> getTranslation("severity." + f.severity())).setHeader(getTranslation("quality.col.severity")).setAutoWidth(true);
        findings.addColumn(f -> getTranslation("rule." + f.rule())).setHeader(getTranslation("drill.col.rule")).setAutoWidth(true);
        findings.addColumn(f -> f.line() == null ? "" : String.valueOf(f.line())).setHeader(getTranslation("drill.col.line")).setAutoWidth(true);
        findings.addColumn(IntakeOutcome.FindingLine::message).setHeader(getTranslation("drill.col.message")).setFlexGrow(3);
        findings.setAllRowsVisible(true);

        correction = new CorrectionForm(provinces, departments, c -> fireEvent(new CorrectionRequestedEvent(this, c)));
        VerticalLayout content = new VerticalLayout(error, fields, correction, valuesTitle, values, findingsTitle, findings);
        content.setPadding(false);
        add(content);
        show(preview);
    }

    /** Shows the file as now read (after a correction, the same file with its fields set). */
    void show(FilePreview shown) {
        boolean wasChosen = preview == null ? shown.loadable() : chosen.getValue() && shown.loadable();
        this.preview = shown;
        IntakeOutcome s = shown.summary();
        outcome.setText(getTranslation("upload.outcome." + s.outcome().name().toLowerCase(Locale.ROOT))
                + (s.period() == null ? "" : " · " + s.province() + " · " + s.agency() + " · " + s.period()));
        chosen.setEnabled(shown.loadable());
        chosen.setValue(wasChosen);
        error.setText(s.error() == null ? "" : s.error());
        error.setVisible(s.error() != null);
        fields.setItems(shown.fields());
        values.setItems(shown.values());
        valuesTitle.setText(getTranslation("drill.values") + " (" + shown.values().size() + ")");
        findings.setItems(s.findings());
        findingsTitle.setText(getTranslation("drill.findings") + " (" + s.findings().size() + ")");
        correction.setVisible(!shown.fields().isEmpty());
        setOpened(getElement().getProperty("opened", false) || !shown.loadable() && !shown.fields().isEmpty());
    }

    int index() {
        return preview.index();
    }

    FilePreview preview() {
        return preview;
    }

    boolean isChosen() {
        return chosen.getValue() && preview.loadable();
    }

    CorrectionForm correctionForm() {
        return correction;
    }

    Registration addCorrectionRequestedListener(ComponentEventListener<CorrectionRequestedEvent> listener) {
        return addListener(CorrectionRequestedEvent.class, listener);
    }
}
