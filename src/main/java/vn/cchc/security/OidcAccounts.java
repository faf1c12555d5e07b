package vn.cchc.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Single sign-on gives an identity, never rights: a person signing in through OpenID Connect gets the
 * role and scope of the local account with the same user name ({@code preferred_username}) or e-mail,
 * and with no such enabled account is denied until an admin creates one.
 */
@Component
public class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final AccountStore store;

    public OidcAccounts(AccountStore store) {
        this.store = store;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser identity = provider.loadUser(request);
        return local(identity);
    }

    /** The identity as the local account it maps to; denied when there is none. */
    OidcUser local(OidcUser identity) {
        String name = identity.getPreferredUsername() != null ? identity.getPreferredUsername() : identity.getSubject();
        Optional<Account> account = store.findByNameOrEmail(name, identity.getEmail()).filter(Account::enabled);
        if (account.isEmpty()) {
            throw new NoLocalAccount(name, "no enabled local account for " + name
                    + (identity.getEmail() == null ? "" : " / " + identity.getEmail()));
        }
        Account a = account.get();
        List<SimpleGrantedAuthority> authorities = a.role().authorities().stream().map(SimpleGrantedAuthority::new).toList();
        return new AccountOidcUser(a.name(), authorities, identity);
    }

    /**
     * A refused single sign-on, naming the identity: at that moment nobody is signed in, so the audit
     * row takes its account name from here.
     */
    public static final class NoLocalAccount extends OAuth2AuthenticationException {

        private final String identity;

        NoLocalAccount(String identity, String description) {
            super(new OAuth2Error("access_denied", description, null), description);
            this.identity = identity;
        }

        public String identity() {
            return identity;
        }
    }

    /** An OpenID Connect user whose name is the local account's. */
    static final class AccountOidcUser extends DefaultOidcUser {

        private final String account;

        AccountOidcUser(String account, List<SimpleGrantedAuthority> authorities, OidcUser identity) {
            super(authorities, identity.getIdToken(), identity.getUserInfo(), "sub");
            this.account = account;
        }

        @Override
        public String getName() {
            return account;
        }
    }
}
