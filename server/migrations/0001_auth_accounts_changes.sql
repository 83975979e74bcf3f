-- Customers, their users, sessions and tokens, the mail outbox and the change log.
-- Times are milliseconds since the epoch (UTC). Tokens are stored as sha256 hex only.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE customers (
  id                  INTEGER PRIMARY KEY,
  customer_number     TEXT    NOT NULL UNIQUE,
  kind                TEXT    NOT NULL CHECK (kind IN ('person', 'company')),
  first_name          TEXT    NOT NULL,
  last_name           TEXT    NOT NULL,
  company             TEXT,
  email               TEXT    NOT NULL,
  phone               TEXT,
  street              TEXT    NOT NULL,
  postal_code         TEXT    NOT NULL,
  city                TEXT    NOT NULL,
  country             TEXT    NOT NULL,
  vat_id              TEXT,
  verification_status TEXT    NOT NULL
    CHECK (verification_status IN ('unverified', 'pending', 'verified', 'rejected')),
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL
) STRICT;

CREATE TABLE users (
  id              INTEGER PRIMARY KEY,
  customer_id     INTEGER NOT NULL REFERENCES customers (id),
  email           TEXT    NOT NULL UNIQUE COLLATE NOCASE,
  password_hash   TEXT    NOT NULL,
  -- base32; NULL when two-factor authentication is off
  totp_secret     TEXT,
  -- the last accepted TOTP time step: a code is never accepted twice
  totp_last_step  INTEGER,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until    INTEGER,
  created_at      INTEGER NOT NULL
) STRICT;

-- A session is one sign-in: the family of all refresh and access tokens rotated from it.
CREATE TABLE sessions (
  id             TEXT    PRIMARY KEY,
  user_id        INTEGER NOT NULL REFERENCES users (id),
  created_at     INTEGER NOT NULL,
  revoked_at     INTEGER,
  revoked_reason TEXT,
  step_up_until  INTEGER
) STRICT;
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE refresh_tokens (
  token_hash TEXT    PRIMARY KEY,
  session_id TEXT    NOT NULL REFERENCES sessions (id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at    INTEGER
) STRICT;
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

CREATE TABLE access_tokens (
  token_hash TEXT    PRIMARY KEY,
  session_id TEXT    NOT NULL REFERENCES sessions (id),
  expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX access_tokens_session ON access_tokens (session_id);

CREATE TABLE mfa_challenges (
  token_hash TEXT    PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users (id),
  expires_at INTEGER NOT NULL,
  used_at    INTEGER
) STRICT;

CREATE TABLE password_resets (
  token_hash TEXT    PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users (id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at    INTEGER
) STRICT;

CREATE TABLE outbox (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  to_address TEXT    NOT NULL,
  subject    TEXT    NOT NULL,
  body       TEXT    NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX outbox_to ON outbox (to_address COLLATE NOCASE);

CREATE TABLE changes (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  resource    TEXT    NOT NULL,
  resource_id TEXT    NOT NULL,
  op          TEXT    NOT NULL CHECK (op IN ('upsert', 'delete')),
  at          INTEGER NOT NULL
) STRICT;
CREATE INDEX changes_customer_seq ON changes (customer_id, seq);
