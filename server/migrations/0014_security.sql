-- "Sicherheit" (issue 13 §3) and the sign-in rule (issue 14 defect 9): devices a session was
-- started on, the sign-in history, two-factor setup and recovery codes, and the failed-attempt
-- counter per address for addresses without an account. Times in ms since the epoch.

-- The device name the app sends at sign-in ("Kundencenter Desktop · Linux"), and when the
-- session was last used (refreshed at most once a minute).
ALTER TABLE sessions ADD COLUMN device_name TEXT;
ALTER TABLE sessions ADD COLUMN last_used_at INTEGER;
UPDATE sessions SET last_used_at = created_at;

-- The second step carries the device name from the first to the session it creates.
ALTER TABLE mfa_challenges ADD COLUMN device_name TEXT;

-- A secret issued by the setup but not yet confirmed with a code; the active one stays in
-- users.totp_secret. A new setup replaces the pending one.
ALTER TABLE users ADD COLUMN totp_pending_secret TEXT;
ALTER TABLE users ADD COLUMN totp_pending_until INTEGER;
ALTER TABLE users ADD COLUMN password_changed_at INTEGER;
-- Counts every change of the security state (2FA, recovery codes, password): the ETag of
-- GET /v1/security.
ALTER TABLE users ADD COLUMN security_version INTEGER NOT NULL DEFAULT 0;

-- Single-use recovery codes, stored as scrypt hashes (low cost: they are long and random).
CREATE TABLE recovery_codes (
  id         INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users (id),
  code_hash  TEXT    NOT NULL,
  created_at INTEGER NOT NULL,
  used_at    INTEGER
) STRICT;
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

-- Sign-in attempts of an account (the last 50 are shown; older ones are pruned).
CREATE TABLE sign_in_attempts (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id     INTEGER NOT NULL REFERENCES users (id),
  at          INTEGER NOT NULL,
  outcome     TEXT    NOT NULL CHECK (outcome IN ('success', 'failure', 'locked')),
  -- the step that decided: the password, the TOTP code or a recovery code
  method      TEXT    NOT NULL CHECK (method IN ('password', 'totp', 'recovery_code')),
  device_name TEXT
) STRICT;
CREATE INDEX sign_in_attempts_user ON sign_in_attempts (user_id, id);

-- Failed sign-ins of addresses that have no account, counted like an account's
-- (users.failed_attempts / locked_until), so the lockout does not tell the two apart.
-- The address is kept only as sha256 of its normalised form.
CREATE TABLE sign_in_throttle (
  address_hash    TEXT    PRIMARY KEY,
  failed_attempts INTEGER NOT NULL,
  locked_until    INTEGER,
  updated_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX sign_in_throttle_updated ON sign_in_throttle (updated_at);
