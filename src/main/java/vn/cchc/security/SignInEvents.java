package vn.cchc.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.cchc.security.AuditLog.Outcome;

/**
 * Every sign-in, good or bad, reaches the audit log; a wrong password counts towards the lock
 * ({@link AccountStore#signInFailed}). Spring publishes these events for local and single sign-on.
 */
@Component
public class SignInEvents {

    private final AccountStore store;
    private final AuditLog audit;

    public SignInEvents(AccountStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        String name = AccountStore.normalise(auth.getName());
        store.signInSucceeded(name);
        audit.record(actor(name, auth), AuditAction.SIGN_IN, name, Outcome.OK, method(auth));
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof ProviderNotFoundException) {
            // The parent authentication manager's "not mine" after a single sign-on provider failed: that
            // failure has an event of its own, and this one would add a second, misleading row.
            return;
        }
        Authentication auth = event.getAuthentication();
        String name = AccountStore.normalise(event.getException() instanceof OidcAccounts.NoLocalAccount refused
                ? refused.identity() : auth.getName());
        Actor actor = actor(name, auth);
        switch (event.getException()) {
            case BadCredentialsException wrong -> {
                audit.record(actor, AuditAction.SIGN_IN_FAILED, name, Outcome.DENIED, "wrong name or password");
                store.signInFailed(name, actor);
            }
            case LockedException locked -> audit.record(actor, AuditAction.SIGN_IN_FAILED, name, Outcome.DENIED, "locked");
            case DisabledException disabled ->
                    audit.record(actor, AuditAction.SIGN_IN_FAILED, name, Outcome.DENIED, "disabled");
            case OAuth2AuthenticationException sso -> audit.record(actor, AuditAction.SIGN_IN_FAILED, name, Outcome.DENIED,
                    "single sign-on: " + sso.getError().getErrorCode() + " " + sso.getMessage());
            default -> audit.record(actor, AuditAction.SIGN_IN_FAILED, name, Outcome.FAILED,
                    event.getException().getClass().getSimpleName());
        }
    }

    private static Actor actor(String name, Authentication auth) {
        String client = auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        return new Actor(name, client);
    }

    private static String method(Authentication auth) {
        return auth.getPrincipal() instanceof org.springframework.security.oauth2.core.oidc.user.OidcUser
                ? "single sign-on" : "password";
    }
}
