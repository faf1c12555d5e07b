-- API tokens (issue 11): scripts and `load --server` authenticate to /api/** with a bearer token
-- of an importer's or admin's account. Only the SHA-256 of the token is kept (the token is shown
-- once, when made); the token acts with its account's current role, province scope and state,
-- so a disabled account's tokens stop working at once. Plain SQL for DuckDB and PostgreSQL alike.
--
-- secret_sha256: lower-case hex of SHA-256 over the whole token text.
-- shown_prefix: the token's first characters, enough to tell tokens apart in a list, not to use one.
-- revoked_at / revoked_by: set once; a revoked token is kept as history, never reused.
CREATE SEQUENCE api_token_id;

CREATE TABLE api_token (
    id            BIGINT        NOT NULL PRIMARY KEY DEFAULT nextval('api_token_id'),
    account_name  VARCHAR(100)  NOT NULL,
    label         VARCHAR(100),
    secret_sha256 VARCHAR(64)   NOT NULL,
    shown_prefix  VARCHAR(20)   NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    last_used_at  TIMESTAMP,
    revoked_at    TIMESTAMP,
    revoked_by    VARCHAR(100)
);

CREATE UNIQUE INDEX api_token_secret ON api_token (secret_sha256);
CREATE INDEX api_token_account ON api_token (account_name);
