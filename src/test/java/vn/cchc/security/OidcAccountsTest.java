package vn.cchc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * How an OpenID Connect identity becomes a local account ({@link OidcAccounts#local}), on a real
 * account store (a DuckDB file): by user name, else by e-mail; never a disabled or missing account.
 */
class OidcAccountsTest {

    @TempDir
    Path dir;

    private AccountDatabase db;
    private AccountStore store;
    private OidcAccounts accounts;

    @BeforeEach
    void store() {
        db = AccountStore.open(dir.resolve("accounts.duckdb"));
        store = AccountStore.on(db);
        accounts = new OidcAccounts(store);
        store.add(new NewAccount("ana", null, Role.ANALYST, false, Set.of("tuyen-quang-2025")),
                "ana-password".toCharArray(), false, Actor.SYSTEM);
        store.add(new NewAccount("tran.binh", "Binh@Example.vn", Role.VIEWER, false, Set.of("lao-cai-2025")),
                "binh-password".toCharArray(), false, Actor.SYSTEM);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void byUserName() {
        OidcUser user = accounts.local(identity("sub-1", "ANA", "someone-else@example.vn"));

        assertThat(user.getName()).isEqualTo("ana");
        assertThat(authorities(user)).containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_ANALYST");
        assertThat(user.getEmail()).as("the provider's claims are kept").isEqualTo("someone-else@example.vn");
    }

    @Test
    void byEMailWhenTheNameIsUnknown() {
        OidcUser user = accounts.local(identity("sub-2", "binh", "binh@example.vn"));

        assertThat(user.getName()).isEqualTo("tran.binh");
        assertThat(authorities(user)).containsExactly("ROLE_VIEWER");
    }

    @Test
    void bySubjectWhenThereIsNoPreferredUserName() {
        assertThat(accounts.local(identity("ana", null, null)).getName()).isEqualTo("ana");
    }

    @Test
    void aDisabledAccountIsDenied() {
        store.setEnabled("ana", false, Actor.SYSTEM);

        assertThatThrownBy(() -> accounts.local(identity("sub-1", "ana", null)))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .satisfies(e -> assertThat(((OAuth2AuthenticationException) e).getError().getErrorCode())
                        .isEqualTo("access_denied"));
    }

    @Test
    void aDisabledAccountFoundByEMailIsDenied() {
        store.setEnabled("tran.binh", false, Actor.SYSTEM);

        assertThatThrownBy(() -> accounts.local(identity("sub-2", "binh", "binh@example.vn")))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void anUnknownIdentityIsDeniedAndNamed() {
        assertThatThrownBy(() -> accounts.local(identity("sub-3", "stranger", "stranger@example.vn")))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("stranger");
    }

    private static OidcUser identity(String subject, String preferredUsername, String email) {
        OidcIdToken.Builder token = OidcIdToken.withTokenValue("id-token").subject(subject)
                .issuer("http://localhost:9000").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        if (preferredUsername != null) {
            token.claim("preferred_username", preferredUsername);
        }
        if (email != null) {
            token.claim("email", email);
        }
        return new DefaultOidcUser(Set.of(), token.build());
    }

    private static java.util.List<String> authorities(OidcUser user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
