package vn.cchc.security;

import java.time.LocalDateTime;

/** Which audit events to list; null fields do not filter. */
public record AuditFilter(LocalDateTime from, LocalDateTime to, String account, AuditAction action) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }
}
