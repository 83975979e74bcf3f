-- Online payments (issue 15): a payment page at the payment provider for what is open on an
-- invoice. Only the sha256 of the page's token is kept; a page works once, for 30 minutes.
CREATE TABLE payment_pages (
  token_hash   TEXT    PRIMARY KEY,
  customer_id  INTEGER NOT NULL REFERENCES customers (id),
  invoice_id   TEXT    NOT NULL REFERENCES invoices (id),
  method       TEXT    NOT NULL CHECK (method IN ('paypal', 'credit_card')),
  amount_cents INTEGER NOT NULL,
  created_at   INTEGER NOT NULL,
  expires_at   INTEGER NOT NULL,
  paid_at      INTEGER
) STRICT;
