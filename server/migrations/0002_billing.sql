-- Billing ("Abrechnung"): invoices with their lines, the bookings of the account statement,
-- SEPA mandates, the payment method and billing e-mail per customer, and idempotent writes.
-- Money in euro cents; calendar dates as `YYYY-MM-DD` text (Europe/Berlin), times in ms.

-- Account users are shown by name (billing e-mail recipients). Users added as colleagues
-- without a login get a password hash that never verifies ('!').
ALTER TABLE users ADD COLUMN name TEXT;

CREATE TABLE billing_settings (
  customer_id    INTEGER PRIMARY KEY REFERENCES customers (id),
  billing_email  TEXT    NOT NULL,
  payment_method TEXT    NOT NULL
    CHECK (payment_method IN ('sepa_direct_debit', 'bank_transfer', 'paypal', 'credit_card')),
  updated_at     INTEGER NOT NULL
) STRICT;

-- Account users who get invoice mails besides the billing address.
CREATE TABLE invoice_recipients (
  user_id INTEGER PRIMARY KEY REFERENCES users (id)
) STRICT;

-- The running number of each year: RE-<year>-<number, six digits>.
CREATE TABLE invoice_numbers (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
) STRICT;

CREATE TABLE invoices (
  id            TEXT    PRIMARY KEY,
  customer_id   INTEGER NOT NULL REFERENCES customers (id),
  number        TEXT    NOT NULL UNIQUE,
  issue_date    TEXT    NOT NULL,
  due_date      TEXT    NOT NULL,
  service_start TEXT    NOT NULL,
  service_end   TEXT    NOT NULL,
  net_cents     INTEGER NOT NULL,
  vat_cents     INTEGER NOT NULL,
  gross_cents   INTEGER NOT NULL,
  -- what is still to pay; kept with every booking that touches the invoice
  open_cents    INTEGER NOT NULL,
  -- the date of the credit that reversed it, or NULL
  cancelled_on  TEXT,
  -- JSON: recipient address, customer number and payment terms as at issue. An invoice is
  -- a document: a later change of address does not change it (nor its PDF).
  snapshot      TEXT    NOT NULL,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX invoices_customer_order ON invoices (customer_id, issue_date DESC, number DESC);

CREATE TABLE invoice_lines (
  invoice_id     TEXT    NOT NULL REFERENCES invoices (id),
  position       INTEGER NOT NULL,
  description    TEXT    NOT NULL,
  contract_id    TEXT,
  period_start   TEXT    NOT NULL,
  period_end     TEXT    NOT NULL,
  quantity       INTEGER NOT NULL,
  unit_net_cents INTEGER NOT NULL,
  net_cents      INTEGER NOT NULL,
  vat_rate       REAL    NOT NULL,
  vat_cents      INTEGER NOT NULL,
  gross_cents    INTEGER NOT NULL,
  PRIMARY KEY (invoice_id, position)
) STRICT, WITHOUT ROWID;

-- The account statement. Same-day bookings keep the order they were booked in (seq).
CREATE TABLE bookings (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  id           TEXT    NOT NULL UNIQUE,
  customer_id  INTEGER NOT NULL REFERENCES customers (id),
  date         TEXT    NOT NULL,
  kind         TEXT    NOT NULL
    CHECK (kind IN ('invoice', 'payment', 'credit', 'return_debit', 'return_debit_fee')),
  reference    TEXT    NOT NULL,
  amount_cents INTEGER NOT NULL,
  invoice_id   TEXT    REFERENCES invoices (id)
) STRICT;
CREATE INDEX bookings_customer_date ON bookings (customer_id, date, seq);

CREATE TABLE sepa_mandates (
  id             TEXT    PRIMARY KEY,
  customer_id    INTEGER NOT NULL REFERENCES customers (id),
  reference      TEXT    NOT NULL UNIQUE,
  account_holder TEXT    NOT NULL,
  -- electronic format; never answered again, only masked
  iban           TEXT    NOT NULL,
  bic            TEXT,
  signed_by      INTEGER REFERENCES users (id),
  signed_at      INTEGER NOT NULL,
  revoked_at     INTEGER
) STRICT;
-- one active mandate per customer, enforced by the database as well
CREATE UNIQUE INDEX sepa_mandates_one_active ON sepa_mandates (customer_id)
  WHERE revoked_at IS NULL;

-- The first successful answer to a write, replayed when the same Idempotency-Key comes again.
CREATE TABLE idempotent_responses (
  user_id    INTEGER NOT NULL REFERENCES users (id),
  operation  TEXT    NOT NULL,
  key        TEXT    NOT NULL,
  -- sha256 of the request (path and body): the same key with another request is refused
  fingerprint TEXT   NOT NULL,
  status     INTEGER NOT NULL,
  body       TEXT,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, operation, key)
) STRICT;

-- A counter per customer and table that every write to their invoices or bookings raises (by
-- trigger, so no writer can forget it). Readers cache what they computed from the rows (the
-- invoice list digest, the statement) until the counter moves.
CREATE TABLE billing_revisions (
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  source      TEXT    NOT NULL CHECK (source IN ('invoices', 'bookings')),
  rev         INTEGER NOT NULL,
  PRIMARY KEY (customer_id, source)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER invoices_insert_rev AFTER INSERT ON invoices BEGIN
  INSERT INTO billing_revisions (customer_id, source, rev) VALUES (NEW.customer_id, 'invoices', 1)
  ON CONFLICT (customer_id, source) DO UPDATE SET rev = rev + 1;
END;
CREATE TRIGGER invoices_update_rev AFTER UPDATE ON invoices BEGIN
  INSERT INTO billing_revisions (customer_id, source, rev) VALUES (NEW.customer_id, 'invoices', 1)
  ON CONFLICT (customer_id, source) DO UPDATE SET rev = rev + 1;
  INSERT INTO billing_revisions (customer_id, source, rev) VALUES (OLD.customer_id, 'invoices', 1)
  ON CONFLICT (customer_id, source) DO UPDATE SET rev = rev + 1;
END;
CREATE TRIGGER invoices_delete_rev AFTER DELETE ON invoices BEGIN
  INSERT INTO billing_revisions (customer_id, source, rev) VALUES (OLD.customer_id, 'invoices', 1)
  ON CONFLICT (customer_id, source) DO UPDATE SET rev = rev + 1;
END;
CREATE TRIGGER bookings_insert_rev AFTER INSERT ON bookings BEGIN
  INSERT INTO billing_revisions (customer_id, source, rev) VALUES (NEW.customer_id, 'bookings', 1)
  ON CONFLICT (customer_id, source) DO UPDATE SET rev = rev + 1;
END;
CREATE TRIGGER bookings_update_rev AFTER UPDATE ON bookings BEGIN
  INSERT INTO billing_revisions (customer_id, source, rev) VALUES (NEW.customer_id, 'bookings', 1)
  ON CONFLICT (customer_id, source) DO UPDATE SET rev = rev + 1;
  INSERT INTO billing_revisions (customer_id, source, rev) VALUES (OLD.customer_id, 'bookings', 1)
  ON CONFLICT (customer_id, source) DO UPDATE SET rev = rev + 1;
END;
CREATE TRIGGER bookings_delete_rev AFTER DELETE ON bookings BEGIN
  INSERT INTO billing_revisions (customer_id, source, rev) VALUES (OLD.customer_id, 'bookings', 1)
  ON CONFLICT (customer_id, source) DO UPDATE SET rev = rev + 1;
END;
