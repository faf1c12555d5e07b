package vn.cchc.ui.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.security.Principal;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whether the signed-in user may open a view, by the same annotations navigation checks: menu items
 * and drill clicks a role cannot follow are not offered.
 */
@org.springframework.stereotype.Component
public class ViewAccess {

    private final AccessAnnotationChecker annotations = new AccessAnnotationChecker();
    private final AuthenticationContext authentication;

    public ViewAccess(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public boolean canOpen(Class<? extends Component> view) {
        Principal principal = authentication.isAuthenticated() ? SecurityContextHolder.getContext().getAuthentication() : null;
        return annotations.hasAccess(view, principal, authentication::hasRole);
    }
}
