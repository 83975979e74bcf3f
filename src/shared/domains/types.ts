/**
 * "Domains": the shapes shared by the server, the core and the renderer. The DNS rules
 * (dns-rules.ts), the auth-code rules (auth-code.ts) and the nameserver rules
 * (nameservers.ts) beside this file are pure functions used by both sides.
 */

export const DNS_RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'CAA', 'NS'] as const;
export type DnsRecordType = (typeof DNS_RECORD_TYPES)[number];

export const DOMAIN_STATUSES = ['active', 'transfer_pending', 'expired', 'redemption'] as const;
export type DomainStatus = (typeof DOMAIN_STATUSES)[number];

export const DOMAIN_CONTACT_ROLES = ['owner', 'admin', 'tech', 'zone'] as const;
export type DomainContactRole = (typeof DOMAIN_CONTACT_ROLES)[number];

/** TTL bounds in seconds (the provider's): 60 s to 1 week */
export const TTL_MIN = 60;
export const TTL_MAX = 604_800;
export const TTL_DEFAULT = 3600;
/** at most this many records in one zone */
export const ZONE_RECORDS_MAX = 10_000;
/** nameservers a domain must have */
export const NAMESERVERS_MIN = 2;
export const NAMESERVERS_MAX = 13;
/** how long a generated auth code is valid */
export const AUTH_CODE_VALID_DAYS = 30;
/** a domain expiring within this many days stands out in the list */
export const EXPIRING_SOON_DAYS = 30;

/** A domain as the list shows it. */
export interface DomainSummary {
  /** the domain in lower case, ASCII (punycode for IDNs) – also its id */
  name: string;
  /** its top-level domain without the dot: "de", "com", "eu" */
  tld: string;
  status: DomainStatus;
  /** YYYY-MM-DD: the end of the current registration period */
  expiresAt: string;
  autoRenew: boolean;
  transferLock: boolean;
  /** the contract the domain belongs to, if any */
  contractId: string | null;
  /** how many DNS records its zone holds (0 when the zone is elsewhere) */
  recordCount: number;
}

/** A contact named by a domain in a role: the account contact's id with its display name. */
export interface DomainContactRef {
  contactId: string;
  /** "Erika Mustermann" or the organisation */
  name: string;
}

/** A domain with everything its detail screen shows. */
export interface DomainDetail extends DomainSummary {
  /** YYYY-MM-DD the domain was registered with us */
  registeredAt: string;
  /** 2–13 hostnames, lower case, without trailing dot */
  nameservers: string[];
  /** true when the nameservers are the provider's (the DNS editor applies) */
  usesOurNameservers: boolean;
  contacts: Record<DomainContactRole, DomainContactRef | null>;
  /** the validity of the last generated auth code; the code itself is shown only once */
  authCode: { validUntil: string } | null;
  /** the ETag of this document, for If-Match on PATCH and PUT contacts */
  etag: string;
}

/**
 * One DNS record. `name` is relative to the zone: "@" is the apex, "www", "_dmarc",
 * "_sip._tcp". What `value` holds depends on the type: the address (A, AAAA), the target
 * hostname (CNAME, MX, NS, SRV), the text (TXT, unsplit: dns-rules.splitTxt splits it at
 * 255), the CAA value. MX uses `priority` (preference); SRV `priority`, `weight`, `port`; CAA
 * `flags` and `tag`.
 */
export interface DnsRecord {
  /** the server's id; a record added in the editor has a client id starting with "new-" */
  id: string;
  name: string;
  type: DnsRecordType;
  ttl: number;
  value: string;
  priority?: number;
  weight?: number;
  port?: number;
  flags?: number;
  tag?: string;
}

/** A zone: all records of one domain, with the version a save must name in If-Match. */
export interface DnsZone {
  domain: string;
  /** the ETag (quoted, as in the header) of this version of the zone */
  etag: string;
  /** YYYY-MM-DDTHH:mm:ss.sssZ of the last change */
  updatedAt: string;
  records: DnsRecord[];
}

export const DNS_FIELDS = [
  'name',
  'type',
  'ttl',
  'value',
  'priority',
  'weight',
  'port',
  'flags',
  'tag',
] as const;
export type DnsField = (typeof DNS_FIELDS)[number];

/**
 * A rule a record breaks: which record, at which field, and why. `code` is stable: the
 * renderer shows `domains.dns.errors.<code>` with `params`, the server sends the same list
 * in its 422 problem (`issues`).
 */
export interface DnsIssue {
  recordId: string;
  field: DnsField;
  code: string;
  params?: Record<string, string | number>;
}

/** A freshly generated auth code, shown once. */
export interface AuthCode {
  domain: string;
  code: string;
  /** ISO time it stops being valid (30 days) */
  validUntil: string;
}
