/**
 * The limits and the issue codes of the DNS rules (dns-rules.ts), shared by every part of them.
 */
import { DNS_RECORD_TYPES } from './types';

/** the longest label and the longest name (without the trailing dot), RFC 1035 */
export const LABEL_MAX = 63;
export const NAME_MAX = 253;
/** the longest TXT text a record may hold, in UTF-8 bytes */
export const TXT_MAX_BYTES = 4000;
/** the longest character-string of a TXT record, in bytes */
export const TXT_CHUNK_BYTES = 255;
/** MX preference, SRV priority/weight/port */
export const UINT16_MAX = 65_535;
export const CAA_FLAGS_MAX = 255;
export const CAA_TAGS = ['issue', 'issuewild', 'iodef'] as const;

/**
 * Every issue code with the names of its params (for the messages
 * `domains.dns.errors.<code>`; a test checks each has a message in every language).
 */
export const DNS_ISSUE_CODES = {
  /** the field is empty (or a number is missing) */
  required: [],
  /** the type is not one of DNS_RECORD_TYPES */
  type_invalid: [],
  /** a label (part between dots) longer than 63 characters */
  label_too_long: ['label', 'max'],
  /** two dots in a row, or a dot at the start */
  label_empty: [],
  /** the name with the domain is longer than 253 characters */
  name_too_long: ['max'],
  /** characters other than letters, digits and hyphen; a hyphen at a label's start or end;
   *  `_` outside a label that starts with it */
  name_chars: ['label'],
  /** a name ending in a dot: names are relative to the zone */
  name_absolute: [],
  /** `*` other than as the whole leftmost label */
  wildcard_position: [],
  ttl_range: ['min', 'max'],
  ipv4_invalid: [],
  ipv6_invalid: [],
  cname_at_apex: [],
  /** a CNAME and another record (of any type) at the same name */
  cname_not_alone: ['name'],
  /** an NS record at "@": the apex's nameservers are set on the domain */
  ns_at_apex: [],
  /** an MX/NS/SRV/CNAME target that is an IP address */
  target_is_address: [],
  /** an MX/NS/SRV target that is a name with a CNAME in this zone */
  target_is_alias: ['target'],
  /** not a fully qualified hostname (at least two labels) */
  target_invalid: [],
  number_range: ['min', 'max'],
  txt_too_long: ['max'],
  /** control characters in a TXT text */
  txt_chars: [],
  /** a second (or further) SPF record at a name */
  spf_duplicate: ['name'],
  caa_flags: ['min', 'max'],
  caa_tag: ['allowed'],
  caa_value: [],
  /** the same name, type, value and numbers as an earlier record */
  duplicate_record: [],
  /** more records than a zone may hold */
  zone_too_large: ['max'],
} as const satisfies Record<string, readonly string[]>;

export type DnsIssueCode = keyof typeof DNS_ISSUE_CODES;

export const TYPES: ReadonlySet<string> = new Set(DNS_RECORD_TYPES);
export const TARGET_TYPES: ReadonlySet<string> = new Set(['MX', 'NS', 'SRV']);
