-- "Domains" (issue 5): the customer's domains, their DNS zones (records) and the versions the
-- lists' ETags are derived from. The contacts a domain names stay in domain_contacts (0011).
-- Times in ms, dates YYYY-MM-DD.

-- A domain name is unique in the world, so it is the key; (customer_id, name) pages the list.
CREATE TABLE domains (
  name                  TEXT    PRIMARY KEY,
  customer_id           INTEGER NOT NULL REFERENCES customers (id),
  tld                   TEXT    NOT NULL,
  status                TEXT    NOT NULL
    CHECK (status IN ('active', 'transfer_pending', 'expired', 'redemption')),
  registered_at         TEXT    NOT NULL,
  expires_at            TEXT    NOT NULL,
  auto_renew            INTEGER NOT NULL CHECK (auto_renew IN (0, 1)),
  transfer_lock         INTEGER NOT NULL CHECK (transfer_lock IN (0, 1)),
  -- the contract it belongs to (contracts.id), if any
  contract_id           TEXT,
  -- JSON array of lower-case hostnames without trailing dot
  nameservers           TEXT    NOT NULL,
  -- 1 when every nameserver is the provider's: the zone below is served and editable
  own_zone              INTEGER NOT NULL CHECK (own_zone IN (0, 1)),
  -- sha256 hex of the last generated auth code; the code itself is never stored
  auth_code_hash        TEXT,
  auth_code_valid_until INTEGER,
  -- counts the changes of the domain itself (detail) and of its zone (records)
  version               INTEGER NOT NULL DEFAULT 1,
  updated_at            INTEGER NOT NULL,
  zone_version          INTEGER NOT NULL DEFAULT 1,
  zone_updated_at       INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX domains_customer_name ON domains (customer_id, name);
CREATE INDEX domains_customer_zone ON domains (customer_id, own_zone, name);

-- The records of a zone in the order the customer keeps them (position). Ids are the
-- server's; the editor names records it adds "new-…" until the save gives them one.
CREATE TABLE dns_records (
  id          TEXT    PRIMARY KEY,
  domain      TEXT    NOT NULL REFERENCES domains (name),
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  name        TEXT    NOT NULL,
  type        TEXT    NOT NULL CHECK (type IN ('A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'CAA', 'NS')),
  ttl         INTEGER NOT NULL,
  value       TEXT    NOT NULL,
  priority    INTEGER,
  weight      INTEGER,
  port        INTEGER,
  flags       INTEGER,
  tag         TEXT,
  position    INTEGER NOT NULL
) STRICT;
CREATE INDEX dns_records_zone ON dns_records (customer_id, domain, position);
CREATE INDEX dns_records_domain ON dns_records (domain);

-- Per customer: a number that grows with every change to any of its domains (`domains`) or
-- zones (`zones`). The first page's ETag of GET /v1/domains and /v1/dns-zones is derived from
-- it and the count, so a sync with nothing changed costs one row read, not 40,000.
CREATE TABLE domain_versions (
  customer_id INTEGER PRIMARY KEY REFERENCES customers (id),
  domains     INTEGER NOT NULL DEFAULT 0,
  zones       INTEGER NOT NULL DEFAULT 0
) STRICT;
