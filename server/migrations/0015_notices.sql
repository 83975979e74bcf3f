-- Provider notices (issue 13): maintenance windows and incidents, and the contracts and domains
-- each one touches. A notice naming neither is general (every customer sees it). Times in ms.
CREATE TABLE notices (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  kind       TEXT    NOT NULL CHECK (kind IN ('maintenance', 'incident')),
  state      TEXT    NOT NULL CHECK (state IN ('planned', 'active', 'resolved')),
  title_de   TEXT    NOT NULL,
  title_en   TEXT    NOT NULL,
  body_de    TEXT    NOT NULL,
  body_en    TEXT    NOT NULL,
  starts_at  INTEGER NOT NULL,
  ends_at    INTEGER,
  general    INTEGER NOT NULL CHECK (general IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE notice_contracts (
  notice_id   INTEGER NOT NULL REFERENCES notices (id),
  contract_id TEXT    NOT NULL REFERENCES contracts (id),
  PRIMARY KEY (notice_id, contract_id)
) STRICT;
CREATE INDEX notice_contracts_contract ON notice_contracts (contract_id);

CREATE TABLE notice_domains (
  notice_id   INTEGER NOT NULL REFERENCES notices (id),
  domain_name TEXT    NOT NULL REFERENCES domains (name),
  PRIMARY KEY (notice_id, domain_name)
) STRICT;
CREATE INDEX notice_domains_domain ON notice_domains (domain_name);
