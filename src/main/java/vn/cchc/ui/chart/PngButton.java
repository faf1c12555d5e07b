package vn.cchc.ui.chart;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** "Lưu ảnh PNG": the chart saves itself in the browser, as drawn, for a slide or a report. */
public class PngButton extends Button {

    public PngButton(Chart chart, String fileName) {
        super(VaadinIcon.PICTURE.create());
        setText(getTranslation("common.exportPng"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("cchc-export-png");
        addClickListener(e -> chart.downloadPng(fileName));
    }
}
