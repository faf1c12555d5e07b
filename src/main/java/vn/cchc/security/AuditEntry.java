package vn.cchc.security;

import java.time.LocalDateTime;

/**
 * One audit event.
 *
 * @param outcome ok, denied or failed
 */
public record AuditEntry(long id, LocalDateTime at, String account, String client, String action, String target,
                         String outcome, String detail) {
}
