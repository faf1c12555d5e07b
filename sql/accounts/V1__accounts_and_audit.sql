-- The account store: who may sign in, with which role and province scope, and the audit log of
-- what they did. A database of its own, never the warehouse: analysts open the warehouse file with
-- their own tools, and it must hold no credentials. Plain SQL that DuckDB and PostgreSQL both run
-- (a small office keeps a DuckDB file, a larger deployment points CCHC_ACCOUNTS_URL at PostgreSQL).
--
-- No foreign keys: DuckDB refuses to delete a referenced row inside a transaction, and the store
-- (vn.cchc.security.AccountStore) is the only writer; it keeps the references itself.

-- name: the sign-in name, always stored in lower case (so ALICE finds alice on both databases).
-- password_hash: Spring's DelegatingPasswordEncoder format ({bcrypt}...).
-- role: viewer < analyst < importer < admin, each with what the lower ones have.
-- country_wide: sees every province; otherwise the provinces of account_province (none: nothing).
-- failed_sign_ins / locked_until: five failed sign-ins in a row lock the account for 15 minutes.
CREATE TABLE account (
    name                 VARCHAR(100)  NOT NULL PRIMARY KEY,
    email                VARCHAR(200),
    password_hash        VARCHAR(200)  NOT NULL,
    role                 VARCHAR(20)   NOT NULL CHECK (role IN ('viewer', 'analyst', 'importer', 'admin')),
    country_wide         BOOLEAN       NOT NULL DEFAULT FALSE,
    enabled              BOOLEAN       NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN       NOT NULL DEFAULT FALSE,
    failed_sign_ins      INTEGER       NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP,
    created_at           TIMESTAMP     NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    CHECK (name = lower(name))
);

CREATE UNIQUE INDEX account_email ON account (email);

-- The provinces an account sees, by the 34 provinces of 2025 (slugs of the reference data); a
-- province covers its 2008 predecessors' history.
CREATE TABLE account_province (
    account_name  VARCHAR(100) NOT NULL,
    province_slug VARCHAR(100) NOT NULL,
    PRIMARY KEY (account_name, province_slug)
);

-- Switches an admin sets, e.g. national_benchmark = true: scoped users see one national figure per
-- indicator beside their own (no per-province breakdown).
CREATE TABLE setting (
    name       VARCHAR(100)  NOT NULL PRIMARY KEY,
    value      VARCHAR(1000) NOT NULL,
    changed_at TIMESTAMP     NOT NULL,
    changed_by VARCHAR(100)  NOT NULL
);

-- Append-only: the application inserts and reads, never updates or deletes (vn.cchc.security.AuditLog).
CREATE SEQUENCE audit_event_id;

CREATE TABLE audit_event (
    id          BIGINT        NOT NULL PRIMARY KEY DEFAULT nextval('audit_event_id'),
    occurred_at TIMESTAMP     NOT NULL,
    account     VARCHAR(100),
    client      VARCHAR(100),
    action      VARCHAR(40)   NOT NULL,
    target      VARCHAR(2000),
    outcome     VARCHAR(20)   NOT NULL,
    detail      VARCHAR(4000)
);

CREATE INDEX audit_event_time ON audit_event (occurred_at);
