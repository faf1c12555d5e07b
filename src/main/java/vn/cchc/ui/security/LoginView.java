package vn.cchc.ui.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import vn.cchc.ui.i18n.LanguageSwitch;

/**
 * Đăng nhập: name and password posted to Spring Security's form login ({@code username},
 * {@code password}), in Vietnamese unless the switch says English; a link per single sign-on
 * provider when one is configured. Says why a sign-in failed as far as is safe: wrong name or
 * password (never which), locked for a while, disabled, or no local account for a single sign-on.
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "login";
    static final String PATH = "/" + ROUTE;
    /** Query parameter → message key: what the last attempt ended in. */
    private static final Map<String, String> OUTCOMES = Map.of("error", "login.error", "locked", "login.locked",
            "disabled", "login.disabled", "sso-denied", "login.sso.denied", "signed-out", "login.signed.out");

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView(ObjectProvider<ClientRegistrationRepository> sso) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction(ROUTE);
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        notice.addClassName("cchc-login-notice");
        add(new H1(getTranslation("app.title")), new LanguageSwitch(), notice, form);
        for (ClientRegistration r : registrations(sso.getIfAvailable())) {
            Anchor link = new Anchor("/oauth2/authorization/" + r.getRegistrationId(),
                    getTranslation("login.sso", r.getClientName()));
            link.setRouterIgnore(true);
            add(link);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        notice.setVisible(false);
        form.setError(false);
        OUTCOMES.forEach((parameter, key) -> {
            if (query.containsKey(parameter)) {
                notice.setText(getTranslation(key));
                notice.setVisible(true);
                form.setError(!"signed-out".equals(parameter));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " — " + getTranslation("app.title");
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    private static List<ClientRegistration> registrations(ClientRegistrationRepository repository) {
        if (repository instanceof Iterable<?> all) {
            return StreamSupport.stream(all.spliterator(), false).filter(ClientRegistration.class::isInstance)
                    .map(ClientRegistration.class::cast).toList();
        }
        return List.of();
    }
}
