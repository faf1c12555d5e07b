package vn.cchc.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/** Tiếng Việt / English: the choice is kept in the session and the page reloads in the new language. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(Translations.VIETNAMESE, Translations.ENGLISH);
        setItemLabelGenerator(l -> l.equals(Translations.ENGLISH) ? "English" : "Tiếng Việt");
        setValue(Translations.supported(getLocale()));
        setAriaLabel(getTranslation("app.language"));
        setWidth("9em");
        addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UI ui = UI.getCurrent();
                LanguageInitializer.choose(ui.getSession(), e.getValue());
                // Every text and number format changes: reload the same URL, so the view state stays.
                ui.getPage().reload();
            }
        });
    }
}
