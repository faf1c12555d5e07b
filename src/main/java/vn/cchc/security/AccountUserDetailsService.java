package vn.cchc.security;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Local sign-in: the account's password hash, its cumulative role authorities, and whether it is locked or disabled. */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountStore store;
    private final Clock clock;

    public AccountUserDetailsService(AccountStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountStore.Credentials c = store.credentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        Account a = c.account();
        return User.withUsername(a.name()).password(c.passwordHash())
                .authorities(a.role().authorities().toArray(String[]::new))
                .disabled(!a.enabled()).accountLocked(a.lockedAt(LocalDateTime.now(clock))).build();
    }
}
