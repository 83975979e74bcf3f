-- "Produkte & Dienste": contracts, the logins of their products, and cancellations.
-- Calendar dates as `YYYY-MM-DD` text (Europe/Berlin), times in ms, money in euro cents.

-- A contract's status is not stored: `active` without end_date, `cancelled` until end_date,
-- `ended` after it. end_date is set by a confirmed cancellation (or staff) only.
CREATE TABLE contracts (
  id                    TEXT    PRIMARY KEY,
  customer_id           INTEGER NOT NULL REFERENCES customers (id),
  -- also what invoice_lines.contract_id names
  contract_number       TEXT    NOT NULL UNIQUE,
  product_type          TEXT    NOT NULL
    CHECK (product_type IN ('webhosting', 'managed_server', 'email', 'ssl', 'domain')),
  product_name          TEXT    NOT NULL,
  description           TEXT    NOT NULL,
  start_date            TEXT    NOT NULL,
  minimum_term_months   INTEGER NOT NULL CHECK (minimum_term_months >= 1),
  renewal_period_months INTEGER NOT NULL CHECK (renewal_period_months >= 1),
  notice_unit           TEXT    NOT NULL CHECK (notice_unit IN ('days', 'months')),
  notice_amount         INTEGER NOT NULL CHECK (notice_amount >= 0),
  price_cents           INTEGER NOT NULL,
  billing_cycle_months  INTEGER NOT NULL,
  end_date              TEXT,
  -- JSON array of domain names
  domains               TEXT    NOT NULL DEFAULT '[]',
  created_at            INTEGER NOT NULL,
  updated_at            INTEGER NOT NULL
) STRICT;
CREATE INDEX contracts_customer ON contracts (customer_id, contract_number);

-- The provider's systems must hand the password out again (control panel, FTP …), so the
-- sandbox keeps it retrievable; the API shows it only after a step-up, with no-store.
CREATE TABLE contract_credentials (
  id          TEXT    PRIMARY KEY,
  contract_id TEXT    NOT NULL REFERENCES contracts (id),
  position    INTEGER NOT NULL,
  kind        TEXT    NOT NULL
    CHECK (kind IN ('control_panel', 'ftp', 'ssh', 'database', 'mailbox')),
  label       TEXT    NOT NULL,
  host        TEXT    NOT NULL,
  port        INTEGER,
  username    TEXT    NOT NULL,
  password    TEXT    NOT NULL,
  url         TEXT,
  updated_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX contract_credentials_contract ON contract_credentials (contract_id, position);

CREATE TABLE cancellations (
  id                 TEXT    PRIMARY KEY,
  contract_id        TEXT    NOT NULL REFERENCES contracts (id),
  user_id            INTEGER REFERENCES users (id),
  kind               TEXT    NOT NULL CHECK (kind IN ('ordinary', 'extraordinary')),
  status             TEXT    NOT NULL CHECK (status IN ('confirmed', 'requested', 'revoked')),
  end_date           TEXT    NOT NULL,
  reason             TEXT,
  closing_company    INTEGER NOT NULL CHECK (closing_company IN (0, 1)),
  requested_by       TEXT    NOT NULL,
  confirmation_email TEXT    NOT NULL,
  created_at         INTEGER NOT NULL,
  revoked_at         INTEGER
) STRICT;
CREATE INDEX cancellations_contract ON cancellations (contract_id, created_at);
-- at most one cancellation in force per contract (also when two requests race)
CREATE UNIQUE INDEX cancellations_one_active ON cancellations (contract_id)
  WHERE status IN ('confirmed', 'requested');
