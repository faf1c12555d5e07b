package vn.cchc.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID Connect provider for the single sign-on test: Spring Authorization Server in a Spring
 * Boot context of its own, on a random port, with one registered client (the dashboard) and users
 * who sign in with Spring Security's own login form.
 *
 * <p>Deliberately not {@code @Configuration} (nor any other stereotype): this class sits in the test
 * classes under vn.cchc, which the dashboard's {@code @SpringBootApplication} scans, and must never
 * become part of the dashboard's context. It is only ever a primary source of
 * {@link #start()}'s own application, which processes its {@code @Bean} methods all the same.
 * Only a web server and the dispatcher servlet are auto-configured; everything else (DuckDB, jOOQ,
 * Vaadin ...) on the test classpath is left out, and so is the app's application.properties.
 */
@EnableWebSecurity
@ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class})
class OpenIdProvider {

    static final String CLIENT_ID = "cchc-analytics";
    static final String CLIENT_SECRET = "sso-test-client-secret";
    /** Every user's password at the provider. */
    static final String PASSWORD = "provider-password";
    /**
     * The provider's users and their e-mail. The dashboard sees the user name as
     * {@code preferred_username} and the e-mail as {@code email}.
     */
    static final Map<String, String> USERS = Map.of(
            "ana", "ana@example.vn",
            "binh", "binh@example.vn",
            "chi", "chi@example.vn",
            "stranger", "stranger@example.vn");

    /**
     * Where the dashboard's code comes back. The dashboard runs on a random port of the loopback
     * address, and an authorization server must accept any port on a loopback redirect URI (RFC 8252
     * §7.3; Spring Authorization Server does), so the client can be registered before the dashboard
     * has a port. 127.0.0.1, not localhost: Spring Authorization Server refuses "localhost" redirects,
     * and a different host name also keeps the two servers' session cookies apart, as in a browser.
     */
    static final String REDIRECT_URI = "http://127.0.0.1/login/oauth2/code/test";

    /** A running provider; close it to stop it. */
    record Running(ConfigurableApplicationContext context, int port) implements AutoCloseable {

        /** The issuer, as the dashboard's {@code issuer-uri} names it. */
        String issuer() {
            return "http://localhost:" + port;
        }

        @Override
        public void close() {
            context.close();
        }
    }

    static Running start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(OpenIdProvider.class)
                .web(WebApplicationType.SERVLET)
                // In-process arguments, not a command line: a random port, and no application.properties
                // (the dashboard's) read by this context.
                .run("--server.port=0", "--spring.config.name=sso-test-openid-provider",
                        "--spring.main.banner-mode=off", "--spring.application.name=openid-provider");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Running(context, port);
    }

    /** The provider's endpoints (authorize, token, JWKs, user info, discovery); sign-in goes to the login form. */
    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                // The user info endpoint takes the access token the provider issued.
                .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        return http.build();
    }

    /** Everything else: Spring Security's generated login form (with its CSRF token). */
    @Bean
    @Order(2)
    SecurityFilterChain loginChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService providerUsers() {
        return new InMemoryUserDetailsManager(USERS.keySet().stream().map(OpenIdProvider::user).toList());
    }

    private static UserDetails user(String name) {
        return User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build();
    }

    @Bean
    RegisteredClientRepository registeredClients() {
        RegisteredClient dashboard = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(REDIRECT_URI)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build();
        return new InMemoryRegisteredClientRepository(dashboard);
    }

    /**
     * The ID token (and so the user info, which the provider derives from it by scope) carries the
     * user name and e-mail, as a directory-backed provider's would; the dashboard maps on them.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> identityClaims() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                String name = context.getPrincipal().getName();
                context.getClaims().claim("preferred_username", name)
                        .claim("email", USERS.get(name)).claim("email_verified", true);
            }
        };
    }

    @Bean
    KeyPair signingKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    @Bean
    JWKSource<com.nimbusds.jose.proc.SecurityContext> jwkSource(KeyPair signingKeys) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) signingKeys.getPublic())
                .privateKey((RSAPrivateKey) signingKeys.getPrivate()).keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(KeyPair signingKeys) {
        return NimbusJwtDecoder.withPublicKey((RSAPublicKey) signingKeys.getPublic()).build();
    }

    /**
     * The provider's filters see the same security context as Spring Authorization Server's request
     * converter, which reads the static {@link SecurityContextHolder}. Both run in one JVM with the
     * dashboard, and Vaadin's auto-configuration replaces the JVM-wide strategy when the dashboard
     * starts — after this context captured the old one. Without this, the provider stores the
     * signed-in user where its authorization endpoint never looks, and answers "invalid_request:
     * principal" after a good password.
     */
    @Bean
    SecurityContextHolderStrategy currentJvmWideStrategy() {
        return new CurrentJvmWideStrategy();
    }

    /** Issuer left unset: taken from the request, i.e. http://localhost:PORT, the dashboard's issuer-uri. */
    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    /** Whatever strategy {@link SecurityContextHolder} holds at the moment of each call. */
    static final class CurrentJvmWideStrategy implements SecurityContextHolderStrategy {

        private static SecurityContextHolderStrategy current() {
            return SecurityContextHolder.getContextHolderStrategy();
        }

        @Override
        public void clearContext() {
            current().clearContext();
        }

        @Override
        public SecurityContext getContext() {
            return current().getContext();
        }

        @Override
        public Supplier<SecurityContext> getDeferredContext() {
            return current().getDeferredContext();
        }

        @Override
        public void setContext(SecurityContext context) {
            current().setContext(context);
        }

        @Override
        public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
            current().setDeferredContext(deferredContext);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return current().createEmptyContext();
        }
    }
}
