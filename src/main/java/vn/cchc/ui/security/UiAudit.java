package vn.cchc.ui.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.cchc.security.Actor;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditLog;
import vn.cchc.security.AuditLog.Outcome;
import vn.cchc.security.CurrentUser;

/** What the dashboard tells the audit log: views opened with their filters (the URL), exports, denied access. */
@Component
public class UiAudit {

    private static final Logger LOG = LoggerFactory.getLogger(UiAudit.class);

    private final AuditLog log;
    private final CurrentUser user;

    public UiAudit(AuditLog log, CurrentUser user) {
        this.log = log;
        this.user = user;
    }

    public void viewOpened(String location) {
        record(AuditAction.VIEW, "/" + location, Outcome.OK, null);
    }

    public void denied(String location, String reason) {
        record(AuditAction.ACCESS_DENIED, "/" + location, Outcome.DENIED, reason);
    }

    /** @param detail the title, filters, rows and format of the file */
    public void exported(String fileName, String detail) {
        record(AuditAction.EXPORT, fileName, Outcome.OK, detail);
    }

    private void record(AuditAction action, String target, Outcome outcome, String detail) {
        Actor actor = new Actor(user.name().orElse("(anonymous)"), client());
        try {
            log.record(actor, action, target, outcome, detail);
        } catch (RuntimeException e) {
            // The user's request goes on; the failure to keep its trace must not pass unseen.
            LOG.error("audit event not written: {} {} {} by {}: {}", action, target, outcome, actor.name(), e.toString());
        }
    }

    /** The client's address as the server sees it (the request's, else the session's); null when unknown. */
    public static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
    }
}
