package vn.cchc.ui.security;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cchc.analytics.ReadAccess;
import vn.cchc.ui.state.ViewState;

/**
 * A URL that names a province, agency or report outside the reader's scope answers "no access"
 * (and is audited) instead of opening an empty view: a shared link from another province tells the
 * reader plainly that it is not theirs. The data is guarded anyway — the services read the scope
 * themselves — so this only decides what the reader is told.
 */
@Component
public class ScopeParameterChecker implements NavigationAccessChecker {

    private final transient ReadAccess access;

    public ScopeParameterChecker(ReadAccess access) {
        this.access = access;
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        if (context.isErrorHandling() || context.getPrincipal() == null) {
            return context.neutral();
        }
        return outOfScope(ViewState.of(context.getLocation().getQueryParameters()))
                .map(context::deny).orElseGet(context::neutral);
    }

    /** What in the state lies outside the scope, in words for the audit log; empty when nothing does. */
    Optional<String> outOfScope(ViewState s) {
        if (s.province() != null && !access.allowsProvince(s.province())) {
            return Optional.of("province " + s.province() + " outside the scope");
        }
        if (s.agency() != null && !access.allowsAgency(s.agency())) {
            return Optional.of("agency " + s.agency() + " outside the scope");
        }
        if (s.report() != null && !access.allowsReport(s.report())) {
            return Optional.of("report " + s.report() + " outside the scope");
        }
        for (String unit : s.units()) {
            boolean agency = unit.matches("a\\d+");
            boolean allowed = agency ? access.allowsAgency(Long.parseLong(unit.substring(1))) : access.allowsProvince(unit);
            if (!allowed) {
                return Optional.of("unit " + unit + " outside the scope");
            }
        }
        return Optional.empty();
    }
}
