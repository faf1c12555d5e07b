package vn.cchc.ui.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vietnamese by default, whatever the browser asks for: the users are Vietnamese offices, and an
 * English browser must not switch the dashboard on its own. The language switch stores the choice
 * in the session ({@link #choose}).
 */
@Component
public class LanguageInitializer implements VaadinServiceInitListener {

    private static final String SESSION_KEY = "cchc.language";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(chosen(ui.getUI().getSession())));
    }

    public static Locale chosen(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : Translations.VIETNAMESE;
    }

    public static void choose(VaadinSession session, Locale locale) {
        Locale supported = Translations.supported(locale);
        session.setAttribute(SESSION_KEY, supported);
        session.setLocale(supported);
    }
}
