-- "Support": tickets, their messages, attachments (the bytes are files in the data folder,
-- `attachments/<id>`, not in the database), and in-progress Idempotency-Keys.
-- Times in ms.

CREATE TABLE tickets (
  id               TEXT    PRIMARY KEY,
  customer_id      INTEGER NOT NULL REFERENCES customers (id),
  -- shown as `T-<number>`, running over all customers
  number           INTEGER NOT NULL UNIQUE,
  subject          TEXT    NOT NULL,
  department       TEXT    NOT NULL CHECK (department IN ('technik', 'buchhaltung')),
  priority         TEXT    NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  status           TEXT    NOT NULL
    CHECK (status IN ('open', 'answered', 'waiting_for_customer', 'closed')),
  -- JSON array of {kind, id, label}
  related          TEXT    NOT NULL DEFAULT '[]',
  created_by       INTEGER REFERENCES users (id),
  created_at       INTEGER NOT NULL,
  last_activity_at INTEGER NOT NULL,
  -- the customer has read every message up to this ticket_messages.seq (unread: a staff
  -- message after it)
  read_upto        INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX tickets_customer_activity ON tickets (customer_id, last_activity_at DESC, id DESC);

CREATE TABLE ticket_messages (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  id          TEXT    NOT NULL UNIQUE,
  ticket_id   TEXT    NOT NULL REFERENCES tickets (id),
  author      TEXT    NOT NULL CHECK (author IN ('customer', 'staff')),
  author_name TEXT    NOT NULL,
  user_id     INTEGER REFERENCES users (id),
  body        TEXT    NOT NULL,
  created_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX ticket_messages_ticket ON ticket_messages (ticket_id, seq);

CREATE TABLE attachments (
  id          TEXT    PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  user_id     INTEGER REFERENCES users (id),
  -- null until a message uses it; a message uses an attachment once
  message_seq INTEGER REFERENCES ticket_messages (seq),
  file_name   TEXT    NOT NULL,
  mime_type   TEXT    NOT NULL,
  size        INTEGER NOT NULL,
  sha256      TEXT    NOT NULL,
  created_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX attachments_message ON attachments (message_seq);

-- Idempotency-Key while the first request still runs (IETF draft: a second one gets 409):
-- such a row has status 0 and the run token of the process working on it. A row left by a
-- process that ended (another token) never did its write (the write and the answer are
-- stored in one transaction), so the next request with the key takes it over.
ALTER TABLE idempotent_responses ADD COLUMN owner TEXT;
