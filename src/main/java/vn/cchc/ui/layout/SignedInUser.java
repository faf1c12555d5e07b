package vn.cchc.ui.layout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.cchc.security.CurrentUser;

/** Who is signed in, and the way out. */
class SignedInUser extends HorizontalLayout {

    SignedInUser(CurrentUser user, AuthenticationContext authentication) {
        setAlignItems(Alignment.CENTER);
        setSpacing(false);
        Span name = new Span(VaadinIcon.USER.create(), new Span(" " + user.name().orElse("")));
        name.addClassName("cchc-user");
        Button signOut = new Button(getTranslation("app.sign.out"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("cchc-sign-out");
        // On a phone only the icon is shown (cchc-layout.css); the label stays for assistive technology.
        signOut.setIcon(VaadinIcon.SIGN_OUT.create());
        signOut.setAriaLabel(getTranslation("app.sign.out"));
        add(name, signOut);
    }
}
