package vn.cchc.security;

/** What an audit event records. */
public enum AuditAction {
    SIGN_IN, SIGN_IN_FAILED, ACCOUNT_LOCKED, SIGN_OUT, VIEW, EXPORT, LOAD, ACCESS_DENIED,
    ACCOUNT_ADDED, ACCOUNT_CHANGED, PASSWORD_RESET, PASSWORD_CHANGED, SETTING_CHANGED,
    /** A field of an uploaded report set by hand in the preview. */
    CORRECTION,
    /** A loaded report withdrawn. */
    RETRACT,
    /** An API token made (shown once) or revoked. */
    TOKEN_CREATED, TOKEN_REVOKED,
    /** A request to /api/** authenticated by a token (or refused: wrong, revoked, disabled). */
    API_SIGN_IN
}
