package vn.cchc.ui.security;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.cchc.security.OidcAccounts;

/**
 * Deny by default: every view needs an access annotation (Vaadin's rule) and every other request is
 * refused unless Vaadin's own resources; {@code /login} and static resources are open. Single sign-on
 * (OpenID Connect) is on when Spring Boot's {@code spring.security.oauth2.client.registration.*}
 * properties name a provider.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    /**
     * What Vaadin's client needs ('unsafe-inline' and 'unsafe-eval' for its bootstrap and executeJs,
     * a websocket for push), and nothing from elsewhere; the page may not be framed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The app's own stylesheets (src/main/resources/META-INF/resources/styles/*.css), public like Vaadin's. */
    static final String LAYOUT_STYLESHEETS = "/styles/*.css";

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> sso,
                                    OidcAccounts oidcAccounts, SignOutAudit signOutAudit) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // Written before the request is served, not at commit: Vaadin's page handler commits its
                // response in a way the lazy writer missed (the page went out with Vaadin's own
                // X-Frame-Options SAMEORIGIN and no policy at all).
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // The login page is named here as well as by Vaadin's configurer below: form login configured
        // without it would also switch on Spring's generated default login page.
        http.formLogin(f -> f.loginPage(LoginView.PATH).failureHandler(failures()));
        if (sso.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage(LoginView.PATH).failureUrl(LoginView.PATH + "?sso-denied")
                    .userInfoEndpoint(u -> u.oidcUserService(oidcAccounts)));
        }
        // The layout stylesheet (@StyleSheet on Application, META-INF/resources/styles/) is linked from every
        // page, the sign-in page included: without this, the deny-by-default rule answered it 403 (signed in)
        // or with a redirect to /login, so the browser dropped it and the phone layout never applied. It holds
        // layout rules only, and only .css files directly under /styles/ are opened.
        http.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, LAYOUT_STYLESHEETS).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, LoginView.PATH + "?signed-out")
                .addLogoutHandler(signOutAudit));
        return http.build();
    }

    /** A locked or disabled account is told so; anything else is "wrong name or password". */
    private static ExceptionMappingAuthenticationFailureHandler failures() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setExceptionMappings(Map.of(LockedException.class.getName(), LoginView.PATH + "?locked",
                DisabledException.class.getName(), LoginView.PATH + "?disabled"));
        handler.setDefaultFailureUrl(LoginView.PATH + "?error");
        return handler;
    }

    /**
     * Views by their annotations, and the URL's province, agency and report within the reader's scope
     * ({@link ScopeParameterChecker}). Any denial wins; nothing allowed by no one is denied.
     */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer(ScopeParameterChecker scopeChecker) {
        return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker()
                .withNavigationAccessChecker(scopeChecker)
                .withDecisionResolver((results, context) -> {
                    for (AccessCheckResult r : results) {
                        if (r.decision() == AccessCheckDecision.DENY || r.decision() == AccessCheckDecision.REJECT) {
                            return AccessCheckResult.deny(r.reason());
                        }
                    }
                    return results.stream().anyMatch(r -> r.decision() == AccessCheckDecision.ALLOW)
                            ? AccessCheckResult.allow() : AccessCheckResult.deny("no checker allowed the navigation");
                });
    }
}
