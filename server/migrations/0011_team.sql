-- Account and team (issue 7): a user may belong to several customer accounts (memberships with
-- rights), a session works in one of them, registration with e-mail confirmation, invitations,
-- verification documents (the files lie in the data folder, not here), contacts and the
-- contacts domains use. Tokens are stored as sha256 hex only.

-- Rights: a JSON array of right names (see components.schemas.Right); an owner has all rights
-- whatever the array says.
CREATE TABLE memberships (
  user_id     INTEGER NOT NULL REFERENCES users (id),
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  owner       INTEGER NOT NULL CHECK (owner IN (0, 1)),
  rights      TEXT    NOT NULL DEFAULT '[]',
  created_at  INTEGER NOT NULL,
  PRIMARY KEY (user_id, customer_id)
) STRICT;
CREATE INDEX memberships_customer ON memberships (customer_id);

-- Existing users own their customer account; colleagues without a login (hash '!') do not.
INSERT INTO memberships (user_id, customer_id, owner, rights, created_at)
  SELECT id, customer_id, CASE WHEN password_hash = '!' THEN 0 ELSE 1 END, '[]', created_at
  FROM users;

-- Whoever creates a user row (demo data, seed-large, registration) gets the membership of the
-- user's home account with it; invitations then lower it to the invited rights.
CREATE TRIGGER users_home_membership AFTER INSERT ON users BEGIN
  INSERT OR IGNORE INTO memberships (user_id, customer_id, owner, rights, created_at)
  VALUES (NEW.id, NEW.customer_id, CASE WHEN NEW.password_hash = '!' THEN 0 ELSE 1 END, '[]',
          NEW.created_at);
END;

-- The customer account a session works in (login: the user's home account, users.customer_id).
ALTER TABLE sessions ADD COLUMN customer_id INTEGER REFERENCES customers (id);
UPDATE sessions SET customer_id = (SELECT customer_id FROM users WHERE users.id = sessions.user_id);

-- Set by registration until the address is confirmed (sign-in refused with email_unconfirmed);
-- NULL: confirmed, as for every user created otherwise (demo data, invitations).
ALTER TABLE users ADD COLUMN email_unconfirmed_since INTEGER;

CREATE TABLE email_confirmations (
  token_hash TEXT    PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users (id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at    INTEGER
) STRICT;

CREATE TABLE invitations (
  id          INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  email       TEXT    NOT NULL COLLATE NOCASE,
  rights      TEXT    NOT NULL,
  token_hash  TEXT    NOT NULL UNIQUE,
  invited_by  INTEGER REFERENCES users (id),
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL,
  accepted_at INTEGER,
  revoked_at  INTEGER
) STRICT;
CREATE INDEX invitations_customer ON invitations (customer_id);

-- The provider's reason when the verification was rejected.
ALTER TABLE customers ADD COLUMN verification_reason TEXT;

-- Uploaded identity or company documents; the bytes are in <data>/documents/<stored_name>.
CREATE TABLE verification_documents (
  id          INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  kind        TEXT    NOT NULL CHECK (kind IN ('identity', 'company')),
  file_name   TEXT    NOT NULL,
  mime_type   TEXT    NOT NULL,
  size_bytes  INTEGER NOT NULL,
  sha256      TEXT    NOT NULL,
  stored_name TEXT    NOT NULL UNIQUE,
  uploaded_at INTEGER NOT NULL
) STRICT;
CREATE INDEX verification_documents_customer ON verification_documents (customer_id);

CREATE TABLE contacts (
  id           INTEGER PRIMARY KEY,
  customer_id  INTEGER NOT NULL REFERENCES customers (id),
  kind         TEXT    NOT NULL CHECK (kind IN ('person', 'organization')),
  first_name   TEXT    NOT NULL,
  last_name    TEXT    NOT NULL,
  organization TEXT,
  email        TEXT    NOT NULL,
  phone        TEXT    NOT NULL,
  street       TEXT    NOT NULL,
  postal_code  TEXT    NOT NULL,
  city         TEXT    NOT NULL,
  country      TEXT    NOT NULL,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX contacts_customer ON contacts (customer_id, id);

-- Which contact a domain names in which role. Domains themselves are issue 5; this table makes
-- "the contact is still in use" real (deleting it is refused).
CREATE TABLE domain_contacts (
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  domain_name TEXT    NOT NULL,
  role        TEXT    NOT NULL CHECK (role IN ('owner', 'admin', 'tech', 'zone')),
  contact_id  INTEGER NOT NULL REFERENCES contacts (id),
  PRIMARY KEY (customer_id, domain_name, role)
) STRICT;
CREATE INDEX domain_contacts_contact ON domain_contacts (contact_id);
