package vn.cchc.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import vn.cchc.security.Actor;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditLog;
import vn.cchc.security.AuditLog.Outcome;

/** Sign-out leaves a trace in the audit log. */
@Component
public class SignOutAudit implements LogoutHandler {

    private final AuditLog audit;

    public SignOutAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        if (auth != null) {
            audit.record(new Actor(auth.getName(), request.getRemoteAddr()), AuditAction.SIGN_OUT, auth.getName(),
                    Outcome.OK, null);
        }
    }
}
