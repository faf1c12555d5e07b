package vn.cchc.security;

import java.time.LocalDateTime;

/**
 * An API token as an admin lists it: never the token itself (it is shown once, when made) nor its hash.
 *
 * @param shownPrefix the token's first characters, to tell tokens apart
 * @param lastUsedAt  the last request it authenticated; null if never used
 * @param revokedAt   null while the token works
 */
public record ApiToken(long id, String accountName, String label, String shownPrefix, LocalDateTime createdAt,
                       String createdBy, LocalDateTime lastUsedAt, LocalDateTime revokedAt, String revokedBy) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
