package vn.cchc.ui.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.cchc.security.AccountException;
import vn.cchc.security.AccountStore;
import vn.cchc.security.Actor;
import vn.cchc.security.CurrentUser;
import vn.cchc.ui.layout.MainLayout;

/** Đổi mật khẩu: any signed-in user's own password; the first sign-in with a temporary one lands here. */
@Route(value = "password", layout = MainLayout.class)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField chosen = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button save = new Button();
    final Paragraph message = new Paragraph();

    public ChangePasswordView(AccountStore store, CurrentUser user) {
        current.setLabel(getTranslation("password.current"));
        chosen.setLabel(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("password.rule", AccountStore.MIN_PASSWORD_CHARS));
        repeated.setLabel(getTranslation("password.repeat"));
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!chosen.getValue().equals(repeated.getValue())) {
                message.setText(getTranslation("password.mismatch"));
                return;
            }
            String name = user.name().orElseThrow();
            try {
                store.changeOwnPassword(name, current.getValue().toCharArray(), chosen.getValue().toCharArray(),
                        new Actor(name, UiAudit.client()));
                UI.getCurrent().navigate("");
            } catch (AccountException ex) {
                message.setText(ex.getMessage());
            } finally {
                current.clear();
                chosen.clear();
                repeated.clear();
            }
        });
        boolean forced = user.account().map(vn.cchc.security.Account::mustChangePassword).orElse(false);
        add(new H2(getTranslation("password.title")));
        if (forced) {
            add(new Paragraph(getTranslation("password.forced")));
        }
        add(current, chosen, repeated, save, message);
        setMaxWidth("30em");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " — " + getTranslation("app.title");
    }
}
