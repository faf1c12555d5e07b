package vn.cchc.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.cchc.analytics.AccessScope;
import vn.cchc.analytics.AccessScopeSource;

/**
 * The signed-in user as the services see them: the account's province scope, read on the server from
 * the account store — never from a view or URL. Not signed in, unknown or disabled: nothing. A scope
 * is reused for two seconds (a view asks for it many times per request), so an admin's change to it
 * applies within that time; a change of role applies at the next sign-in.
 */
@Component
public class CurrentUser implements AccessScopeSource {

    private static final Duration REUSE = Duration.ofSeconds(2);

    private final AccountStore store;
    private final Map<String, Cached> recent = new ConcurrentHashMap<>();

    public CurrentUser(AccountStore store) {
        this.store = store;
    }

    /** The signed-in account's name; empty when nobody is signed in. */
    public Optional<String> name() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(AccountStore.normalise(auth.getName()));
    }

    public Optional<Account> account() {
        return name().flatMap(store::find);
    }

    @Override
    public AccessScope current() {
        Optional<String> name = name();
        if (name.isEmpty()) {
            return AccessScope.none();
        }
        long now = System.nanoTime();
        Cached c = recent.get(name.get());
        if (c == null || now - c.at() > REUSE.toNanos()) {
            AccessScope scope = store.find(name.get()).map(Account::scope).orElse(AccessScope.none());
            c = new Cached(scope.withNationalBenchmark(!scope.isEmpty() && store.nationalBenchmark()), now);
            recent.put(name.get(), c);
        }
        return c.scope();
    }

    /** Forget cached scopes at once (after an admin's change in this process). */
    public void forget() {
        recent.clear();
    }

    private record Cached(AccessScope scope, long at) {
    }
}
