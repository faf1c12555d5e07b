package vn.cchc.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import java.util.function.Function;

/**
 * Everything a page would put in front of a user, as one text: every element's text, attributes and
 * properties (a chart's option JSON among them), every grid's rows as its columns render them, and
 * every drop-down's items as labelled — what the browser could show, whether visible yet or not.
 */
public final class PageText {

    private PageText() {
    }

    /** @param gridText a grid's rows as the browserless grid tester reads them (cell texts) */
    public static String of(UI ui, Function<Grid<?>, String> gridText) {
        StringBuilder b = new StringBuilder();
        ui.getChildren().forEach(c -> components(c, gridText, b));
        return b.toString();
    }

    /** An element's own text, attributes and properties, and those of its children that are no component of their own. */
    private static void element(Element e, StringBuilder b) {
        b.append(e.getText()).append('\n');
        e.getAttributeNames().forEach(a -> b.append(e.getAttribute(a)).append('\n'));
        e.getPropertyNames().forEach(p -> b.append(e.getProperty(p, "")).append('\n'));
        e.getChildren().filter(c -> c.getComponent().isEmpty()).forEach(c -> element(c, b));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void components(Component c, Function<Grid<?>, String> gridText, StringBuilder b) {
        element(c.getElement(), b);
        if (c instanceof Grid<?> grid) {
            b.append(gridText.apply(grid)).append('\n');
        } else if (c instanceof ComboBox<?> box) {
            labels(box.getListDataView().getItems(), (Function) box.getItemLabelGenerator(), b);
        } else if (c instanceof MultiSelectComboBox<?> box) {
            labels(box.getListDataView().getItems(), (Function) box.getItemLabelGenerator(), b);
        } else if (c instanceof Select<?> select) {
            labels(select.getListDataView().getItems(), (Function) select.getItemLabelGenerator(), b);
        }
        c.getChildren().forEach(child -> components(child, gridText, b));
    }

    private static void labels(java.util.stream.Stream<?> items, Function<Object, String> label, StringBuilder b) {
        items.forEach(i -> b.append(label == null ? String.valueOf(i) : label.apply(i)).append('\n'));
    }
}
