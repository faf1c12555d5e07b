package vn.cchc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import vn.cchc.Application;
import vn.cchc.analytics.AccessScope;

/**
 * Single sign-on end to end: a real OpenID Connect provider ({@link OpenIdProvider}, Spring
 * Authorization Server) and the real dashboard, each on a random port, and the redirect flow walked
 * as a browser walks it ({@link SignInBrowser}): the dashboard sends the user to the provider, the
 * provider's login form takes the password, the code comes back to the dashboard, which asks the
 * provider for the tokens and the user info. The provider proves who someone is; what they may see
 * comes from the local account — by name, else by e-mail — and without an enabled one they are
 * refused.
 */
class SingleSignOnIT {

    private static final String ANA_SCOPE = "tuyen-quang-2025";
    private static final String BINH_SCOPE = "lao-cai-2025";

    @TempDir
    static Path dir;

    private static OpenIdProvider.Running provider;
    private static ConfigurableApplicationContext app;
    private static int appPort;
    private static final SuccessfulSignIns signIns = new SuccessfulSignIns();

    @BeforeAll
    static void startProviderThenDashboard() {
        // The provider first: the dashboard reads the provider's discovery document at start-up.
        provider = OpenIdProvider.start();
        String sso = "--spring.security.oauth2.client.";
        app = new SpringApplicationBuilder(Application.class).listeners(signIns).run(
                "--server.port=0",
                "--cchc.warehouse.path=" + dir.resolve("warehouse.duckdb"),
                "--cchc.sample.on-first-start=false",
                "--cchc.accounts.path=" + dir.resolve("accounts.duckdb"),
                "--cchc.admin.password=sso-test-admin-password",
                sso + "registration.test.client-id=" + OpenIdProvider.CLIENT_ID,
                sso + "registration.test.client-secret=" + OpenIdProvider.CLIENT_SECRET,
                sso + "registration.test.scope=openid,profile,email",
                sso + "registration.test.authorization-grant-type=authorization_code",
                sso + "registration.test.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
                sso + "provider.test.issuer-uri=" + provider.issuer());
        appPort = ((WebServerApplicationContext) app).getWebServer().getPort();

        AccountStore store = app.getBean(AccountStore.class);
        // ana: the same name as at the provider, no e-mail: found by name.
        store.add(new NewAccount("ana", null, Role.ANALYST, false, Set.of(ANA_SCOPE)),
                "ana-local-password".toCharArray(), false, Actor.SYSTEM);
        // binh is "tran.binh" here: found by the provider's e-mail (stored in another case).
        store.add(new NewAccount("tran.binh", "Binh@Example.vn", Role.VIEWER, false, Set.of(BINH_SCOPE)),
                "binh-local-password".toCharArray(), false, Actor.SYSTEM);
        // chi has an account, but it is disabled.
        store.add(new NewAccount("chi", "chi@example.vn", Role.ANALYST, true, Set.of()),
                "chi-local-password".toCharArray(), false, Actor.SYSTEM);
        store.setEnabled("chi", false, Actor.SYSTEM);
        // stranger has no local account at all.
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @AfterEach
    void noUserLeftOnTheTestThread() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theProviderIsNotPartOfTheDashboard() {
        // Guards the test itself: the provider's configuration sits on the dashboard's scan path.
        assertThat(app.getBeanNamesForType(RegisteredClientRepository.class)).isEmpty();
        assertThat(app.getBeanNamesForType(OpenIdProvider.class)).isEmpty();
    }

    @Test
    void aKnownUserSignsInWithTheLocalAccountsRoleAndScope() throws Exception {
        SignInBrowser browser = new SignInBrowser();

        HttpResponse<String> signedIn = signInThroughProvider(browser, "ana");

        assertThat(signedIn.statusCode()).as(hops(browser)).isEqualTo(200);
        assertThat(signedIn.uri()).as(hops(browser)).isEqualTo(app("/"));
        assertThat(browser.hops()).as("the code came back to the dashboard")
                .anyMatch(h -> h.startsWith("GET " + app("/login/oauth2/code/test?code=")));

        Authentication auth = signIns.of("ana");
        assertThat(auth.getPrincipal()).isInstanceOf(OidcUser.class);
        assertThat(((OidcUser) auth.getPrincipal()).getEmail()).isEqualTo("ana@example.vn");
        assertThat(authorities(auth)).containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_ANALYST");
        assertThat(scopeOf(auth)).isEqualTo(AccessScope.provinces(Set.of(ANA_SCOPE)));

        assertThat(lastSignIn("ana").outcome()).isEqualTo("ok");
        assertThat(lastSignIn("ana").detail()).isEqualTo("single sign-on");

        // The session holds the sign-in: the dashboard answers without sending ana to the login page.
        // (What it answers is Vaadin's bootstrap page in a production build; in development mode it is
        // whatever Vaadin's dev server makes of a machine without Node, so only the way there is checked.)
        HttpResponse<String> again = browser.open(app("/").toString());
        assertThat(again.uri()).as(hops(browser)).isEqualTo(app("/"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(browser.hops().getLast()).isEqualTo("GET " + app("/") + " -> 200");
    }

    @Test
    void aUserWithAnotherNameIsFoundByEMail() throws Exception {
        SignInBrowser browser = new SignInBrowser();

        HttpResponse<String> signedIn = signInThroughProvider(browser, "binh");

        assertThat(signedIn.uri()).as(hops(browser)).isEqualTo(app("/"));
        assertThat(signedIn.statusCode()).isEqualTo(200);
        Authentication auth = signIns.of("tran.binh");
        assertThat(authorities(auth)).containsExactly("ROLE_VIEWER");
        assertThat(scopeOf(auth)).isEqualTo(AccessScope.provinces(Set.of(BINH_SCOPE)));
        assertThat(lastSignIn("tran.binh").detail()).isEqualTo("single sign-on");
        assertThat(audit().search(new AuditFilter(null, null, "binh", AuditAction.SIGN_IN), 10))
                .as("signed in as the local account, never as the provider's name")
                .allMatch(e -> e.account().equals("tran.binh"));
    }

    @Test
    void aStrangerIsRefusedAndNotSignedIn() throws Exception {
        assertRefused("stranger");
    }

    @Test
    void aDisabledLocalAccountIsRefused() throws Exception {
        assertRefused("chi");
    }

    private void assertRefused(String user) throws Exception {
        SignInBrowser browser = new SignInBrowser();
        int failuresBefore = signInFailures().size();

        HttpResponse<String> refused = signInThroughProvider(browser, user);

        assertThat(refused.uri()).as(hops(browser)).isEqualTo(app("/login?sso-denied"));
        assertThat(signIns.names()).doesNotContain(user);
        HttpResponse<String> home = browser.open(app("/").toString());
        assertThat(home.uri()).as("not signed in: " + hops(browser)).isEqualTo(app("/login"));

        List<AuditEntry> failures = signInFailures();
        assertThat(failures).as("one SIGN_IN_FAILED event for the refusal").hasSize(failuresBefore + 1);
        AuditEntry failed = failures.getFirst();
        assertThat(failed.outcome()).isEqualTo("denied");
        assertThat(failed.detail()).as("it says single sign-on and names " + user)
                .startsWith("single sign-on: access_denied").contains(user);
        assertThat(failed.account()).as("the refused identity is the row's account").isEqualTo(user);
        assertThat(failed.target()).isEqualTo(user);
        assertThat(audit().search(new AuditFilter(null, null, user, AuditAction.SIGN_IN), 10)).isEmpty();
    }

    private static List<AuditEntry> signInFailures() {
        return audit().search(new AuditFilter(null, null, null, AuditAction.SIGN_IN_FAILED), 100);
    }

    /** From the dashboard's single sign-on link to the provider's login form, and on with the user's password. */
    private HttpResponse<String> signInThroughProvider(SignInBrowser browser, String user) throws Exception {
        HttpResponse<String> loginForm = browser.open(app("/oauth2/authorization/test").toString());
        assertThat(loginForm.uri()).as(hops(browser)).isEqualTo(URI.create(provider.issuer() + "/login"));
        assertThat(loginForm.statusCode()).isEqualTo(200);
        return browser.signIn(loginForm, user, OpenIdProvider.PASSWORD);
    }

    /** The scope the dashboard's services apply for this authentication. */
    private static AccessScope scopeOf(Authentication auth) {
        SecurityContextHolder.getContext().setAuthentication(auth);
        app.getBean(CurrentUser.class).forget();
        return app.getBean(CurrentUser.class).current();
    }

    private static AuditEntry lastSignIn(String account) {
        List<AuditEntry> entries = audit().search(new AuditFilter(null, null, account, AuditAction.SIGN_IN), 1);
        assertThat(entries).as("a SIGN_IN event for " + account).hasSize(1);
        assertThat(entries.getFirst().account()).isEqualTo(account);
        assertThat(entries.getFirst().target()).isEqualTo(account);
        return entries.getFirst();
    }

    private static AuditLog audit() {
        return app.getBean(AuditLog.class);
    }

    private static List<String> authorities(Authentication auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static URI app(String path) {
        return URI.create("http://127.0.0.1:" + appPort + path);
    }

    private static String hops(SignInBrowser browser) {
        return "hops:\n" + String.join("\n", browser.hops());
    }

    /** The dashboard's successful authentications, as Spring Security announced them, by account name. */
    static final class SuccessfulSignIns implements ApplicationListener<AuthenticationSuccessEvent> {

        private final Map<String, Authentication> byName = new ConcurrentHashMap<>();

        @Override
        public void onApplicationEvent(AuthenticationSuccessEvent event) {
            byName.put(event.getAuthentication().getName(), event.getAuthentication());
        }

        Authentication of(String name) {
            Authentication auth = byName.get(name);
            assertThat(auth).as("a successful sign-in of " + name + " (seen: " + byName.keySet() + ")").isNotNull();
            return auth;
        }

        Set<String> names() {
            return Set.copyOf(byName.keySet());
        }
    }
}
