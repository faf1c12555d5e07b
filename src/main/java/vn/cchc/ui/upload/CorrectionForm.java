package vn.cchc.ui.upload;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.cchc.intake.Correction;
import vn.cchc.intake.CorrectionChoice;

/**
 * The fields a user may set by hand when the reader got them wrong: province, agency kind, agency
 * (a department by its type, another kind by name) and period. Empty fields keep what was read.
 */
class CorrectionForm extends FormLayout {

    /** Period codes as the warehouse keeps them: 2024-Q2, 2024-H1, 2024-9M, 2024-Y. */
    static final Pattern PERIOD = Pattern.compile("\\d{4}-(Q[1-4]|H1|9M|Y)");
    static final List<String> KINDS = List.of("province", "department", "district", "commune");

    final ComboBox<CorrectionChoice> province = new ComboBox<>();
    final Select<String> kind = new Select<>();
    final ComboBox<CorrectionChoice> department = new ComboBox<>();
    final TextField agency = new TextField();
    final TextField period = new TextField();
    final Button apply = new Button();

    CorrectionForm(List<CorrectionChoice> provinces, List<CorrectionChoice> departments, Consumer<Correction> onApply) {
        addClassName("cchc-correction");
        province.setLabel(getTranslation("upload.field.province"));
        province.setItems(provinces);
        province.setItemLabelGenerator(CorrectionChoice::name);
        province.setClearButtonVisible(true);
        province.addClassName("cchc-correct-province");
        kind.setLabel(getTranslation("upload.field.agency_kind"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("kind." + k));
        kind.setEmptySelectionAllowed(true);
        kind.addClassName("cchc-correct-kind");
        department.setLabel(getTranslation("upload.field.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(CorrectionChoice::name);
        department.setClearButtonVisible(true);
        department.addClassName("cchc-correct-department");
        agency.setLabel(getTranslation("upload.field.agency"));
        agency.addClassName("cchc-correct-agency");
        period.setLabel(getTranslation("upload.field.period"));
        period.setPlaceholder("2025-Q2");
        period.setHelperText(getTranslation("upload.period.help"));
        period.addClassName("cchc-correct-period");
        kind.addValueChangeListener(e -> showAgencyField());
        showAgencyField();
        apply.setText(getTranslation("upload.correct"));
        apply.addClassName("cchc-correct-apply");
        apply.addClickListener(e -> {
            String p = period.getValue().strip();
            if (!p.isEmpty() && !PERIOD.matcher(p).matches()) {
                period.setInvalid(true);
                period.setErrorMessage(getTranslation("upload.period.invalid"));
                return;
            }
            period.setInvalid(false);
            onApply.accept(correction());
        });
        add(province, kind, department, agency, period, apply);
    }

    Correction correction() {
        String k = kind.getValue();
        boolean isDepartment = "department".equals(k);
        return new Correction(province.getValue() == null ? null : province.getValue().slug(), k,
                isDepartment || agency.getValue().isBlank() ? null : agency.getValue().strip(),
                isDepartment && department.getValue() != null ? department.getValue().slug() : null,
                period.getValue().isBlank() ? null : period.getValue().strip());
    }

    private void showAgencyField() {
        boolean isDepartment = "department".equals(kind.getValue());
        department.setVisible(isDepartment);
        agency.setVisible(!isDepartment);
    }
}
