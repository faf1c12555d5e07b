package vn.cchc.api;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import vn.cchc.security.ApiTokens;
import vn.cchc.security.AuditLog;
import vn.cchc.security.Role;

/**
 * The API's own security chain, ahead of Vaadin's: /api/v1/** takes a bearer token only — no
 * session, no sign-in page, no CSRF token (nothing here is sent by a browser with a cookie) — and
 * answers a missing or refused token 401 and an account that may not load 403, both as JSON.
 * The description at /api/docs stays under the web app's chain.
 */
@Configuration
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token of an importer or admin account: java -jar cchc-analytics.jar user token NAME, "
                + "or the admin view. Shown once; send it as Authorization: Bearer TOKEN.")
public class ApiSecurityConfig {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, AuditLog audit) throws Exception {
        http.securityMatcher("/api/v1/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.Names.IMPORTER))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .addFilterBefore(new BearerTokenFilter(tokens, audit), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> ApiErrors.unauthorized(response,
                                "an API token is needed: Authorization: Bearer TOKEN (java -jar cchc-analytics.jar user token NAME)"))
                        .accessDeniedHandler((request, response, ex) -> ApiErrors.write(response, 403,
                                "the account " + (request.getUserPrincipal() == null ? "?" : request.getUserPrincipal().getName())
                                        + " may not use the API: it loads reports, which is for importer and admin accounts")));
        return http.build();
    }
}
