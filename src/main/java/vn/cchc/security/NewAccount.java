package vn.cchc.security;

import java.util.Set;

/**
 * What an admin gives for a new account.
 *
 * @param email       optional; single sign-on finds the account by it when the name differs
 * @param provinces   2025 province slugs; ignored when {@code countryWide}; none: the account sees nothing
 */
public record NewAccount(String name, String email, Role role, boolean countryWide, Set<String> provinces) {

    public NewAccount {
        provinces = provinces == null ? Set.of() : Set.copyOf(provinces);
    }
}
