package vn.cchc.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cchc.security.Actor;
import vn.cchc.security.ApiTokens;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditLog;

/**
 * {@code Authorization: Bearer TOKEN} on /api/**: a valid token signs the request in as its account
 * (its role's authorities; the scope is read from the account store by the services, as for a
 * browser); a wrong, revoked or disabled account's token is answered 401 with the reason and
 * audited. No header: the request goes on unauthenticated, and the chain answers 401. Nothing
 * is kept between requests.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final AuditLog audit;

    BearerTokenFilter(ApiTokens tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            ApiErrors.unauthorized(response, "the API takes a bearer token: Authorization: Bearer TOKEN");
            return;
        }
        String client = request.getRemoteAddr();
        switch (tokens.check(header.substring(BEARER.length()).strip())) {
            case ApiTokens.Refused r -> {
                // The token itself is never logged: its account (when known) and the reason are enough.
                audit.record(new Actor(r.accountName() == null ? "?" : r.accountName(), client), AuditAction.API_SIGN_IN,
                        request.getMethod() + " " + request.getRequestURI(), AuditLog.Outcome.DENIED,
                        (r.tokenId() == null ? "" : "token #" + r.tokenId() + ": ") + r.reason());
                ApiErrors.unauthorized(response, r.reason());
            }
            case ApiTokens.Valid v -> {
                audit.record(new Actor(v.account().name(), client), AuditAction.API_SIGN_IN,
                        request.getMethod() + " " + request.getRequestURI(), AuditLog.Outcome.OK, "token #" + v.token().id());
                // Read per request, not kept: Vaadin installs its own strategy while the app starts,
                // after this filter is made, and the chain's filters read the installed one.
                SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(v.account().name(), null,
                        AuthorityUtils.createAuthorityList(v.account().role().authorities())));
                contexts.setContext(context);
                try {
                    chain.doFilter(request, response);
                } finally {
                    contexts.clearContext();
                }
            }
        }
    }
}
