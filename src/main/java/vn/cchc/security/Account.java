package vn.cchc.security;

import java.time.LocalDateTime;
import java.util.Set;
import vn.cchc.analytics.AccessScope;

/**
 * An account as the admin sees it (never its password hash).
 *
 * @param provinces   2025 province slugs; empty when country-wide
 * @param lockedUntil set after five failed sign-ins in a row; null when not locked
 */
public record Account(String name, String email, Role role, boolean countryWide, Set<String> provinces,
                      boolean enabled, boolean mustChangePassword, int failedSignIns, LocalDateTime lockedUntil,
                      LocalDateTime createdAt, String createdBy) {

    public Account {
        provinces = Set.copyOf(provinces);
    }

    /** What the account may read; nothing when disabled. */
    public AccessScope scope() {
        if (!enabled) {
            return AccessScope.none();
        }
        return countryWide ? AccessScope.country() : AccessScope.provinces(provinces);
    }

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
