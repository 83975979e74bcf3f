/**
 * The DNS rules of the provider, as pure functions shared by the server (which refuses a
 * zone that breaks one, as a whole) and the editor (which answers while typing). Each issue
 * names the record and the field, with a stable code (see DNS_ISSUE_CODES).
 *
 * Conventions: record names are relative to the zone ("@" is the apex, "www", "_dmarc",
 * "*.shop"), compared in lower case. Targets (CNAME, MX, NS, SRV values) are fully qualified
 * hostnames, with or without the trailing dot ("mail.example.de" or "mail.example.de.").
 * No regular expression runs over a whole value and nothing scans the zone once per record:
 * the editor validates a 5,000-record zone on every keystroke.
 *
 * Shared code runs in the renderer too, so the address parsers are written here rather than
 * taken from node:net.
 */
import {
  DNS_RECORD_TYPES,
  TTL_MAX,
  TTL_MIN,
  ZONE_RECORDS_MAX,
  type DnsField,
  type DnsIssue,
  type DnsRecord,
} from './types';

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

const TYPES: ReadonlySet<string> = new Set(DNS_RECORD_TYPES);
const TARGET_TYPES: ReadonlySet<string> = new Set(['MX', 'NS', 'SRV']);

// ---------------------------------------------------------------------------------------------
// addresses

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Dotted-quad IPv4, each part 0–255 in decimal without leading zeros. */
export function isIPv4(text: string): boolean {
  const parts = text.split('.');
  if (parts.length !== 4) return false;
  for (const part of parts) {
    if (part.length === 0 || part.length > 3) return false;
    for (let i = 0; i < part.length; i++) if (!isDigit(part.charCodeAt(i))) return false;
    if (part.length > 1 && part.charCodeAt(0) === 48) return false;
    if (Number(part) > 255) return false;
  }
  return true;
}

/**
 * The eight 16-bit groups of an IPv6 address (RFC 4291 text forms: full, `::` compressed,
 * an IPv4 tail), or null. No zone index (`%eth0`) and no prefix length.
 */
export function parseIPv6(text: string): number[] | null {
  if (text.length < 2 || text.length > 45) return null;
  const double = text.indexOf('::');
  if (double !== -1 && text.indexOf('::', double + 1) !== -1) return null;
  const head = double === -1 ? text : text.slice(0, double);
  const tail = double === -1 ? '' : text.slice(double + 2);
  const headGroups = parseGroups(head, double === -1);
  const tailGroups = parseGroups(tail, true);
  if (!headGroups || !tailGroups) return null;
  // an IPv4 tail belongs to the last part only
  if (double !== -1 && headGroups.ipv4) return null;
  const count = headGroups.groups.length + tailGroups.groups.length;
  if (double === -1) return count === 8 ? headGroups.groups : null;
  if (count > 7) return null;
  return [...headGroups.groups, ...new Array<number>(8 - count).fill(0), ...tailGroups.groups];
}

function parseGroups(
  text: string,
  mayEndInIPv4: boolean,
): { groups: number[]; ipv4: boolean } | null {
  if (text === '') return { groups: [], ipv4: false };
  const parts = text.split(':');
  const groups: number[] = [];
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] ?? '';
    if (p === parts.length - 1 && mayEndInIPv4 && part.includes('.')) {
      if (!isIPv4(part)) return null;
      const [a = 0, b = 0, c = 0, d = 0] = part.split('.').map(Number);
      groups.push(a * 256 + b, c * 256 + d);
      return { groups, ipv4: true };
    }
    if (part.length === 0 || part.length > 4) return null;
    for (let i = 0; i < part.length; i++) if (!isHex(part.charCodeAt(i))) return null;
    groups.push(parseInt(part, 16));
  }
  return { groups, ipv4: false };
}

export function isIPv6(text: string): boolean {
  return parseIPv6(text) !== null;
}

export function isIPAddress(text: string): boolean {
  // a hostname has neither a colon nor a digit at its end (its TLD is never all digits)
  if (text.includes(':')) return isIPv6(text);
  return text.length > 0 && isDigit(text.charCodeAt(text.length - 1)) && isIPv4(text);
}

// ---------------------------------------------------------------------------------------------
// names

/** A letters/digits/hyphen label without a hyphen at either end (length not checked). */
function isLdhLabel(label: string): boolean {
  if (label.length === 0) return false;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (!(isLetter(c) || isDigit(c) || c === 45)) return false;
  }
  return label.charCodeAt(0) !== 45 && label.charCodeAt(label.length - 1) !== 45;
}

/** `_dmarc`, `_tcp`, `_acme-challenge`: an underscore, then letters, digits, `-` and `_`. */
function isServiceLabel(label: string): boolean {
  if (label.length < 2 || label.charCodeAt(0) !== 95) return false;
  for (let i = 1; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (!(isLetter(c) || isDigit(c) || c === 45 || c === 95)) return false;
  }
  return label.charCodeAt(label.length - 1) !== 45;
}

/**
 * A fully qualified hostname (at least two labels, a trailing dot allowed): letters, digits
 * and hyphens; with `underscores` also service labels (a CNAME to a DKIM key does that).
 */
export function isHostname(text: string, underscores = false): boolean {
  const name = text.endsWith('.') ? text.slice(0, -1) : text;
  if (name.length === 0 || name.length > NAME_MAX) return false;
  const labels = name.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length > LABEL_MAX) return false;
    if (!isLdhLabel(label) && !(underscores && isServiceLabel(label))) return false;
  }
  // a top-level domain is never all digits (that would be an address typed wrong)
  const tld = labels[labels.length - 1] ?? '';
  let digits = true;
  for (let i = 0; i < tld.length; i++) if (!isDigit(tld.charCodeAt(i))) digits = false;
  return !digits;
}

/** A target as compared between records: lower case, without the trailing dot. */
function normalizeTarget(value: string): string {
  const v = value.trim().toLowerCase();
  return v.endsWith('.') && v.length > 1 ? v.slice(0, -1) : v;
}

/** A record name as compared between records: lower case, "" and "@" the apex. */
function normalizeName(name: string): string {
  const n = name.trim().toLowerCase();
  return n === '' ? '@' : n;
}

/** The fully qualified name of a relative record name ("@" → the domain), lower case. */
export function absoluteName(domain: string, name: string): string {
  const zone = normalizeTarget(domain);
  const n = normalizeName(name);
  return n === '@' ? zone : `${n}.${zone}`;
}

/**
 * A record as it should be stored: name and value without the spaces around them (a TXT
 * text is kept as typed), the CAA tag in lower case. The rules accept the spaces, so the
 * server applies this before it saves.
 */
export function normalizeRecord(record: DnsRecord): DnsRecord {
  const normalized: DnsRecord = {
    ...record,
    name: record.name.trim(),
    value: record.type === 'TXT' ? record.value : record.value.trim(),
  };
  if (record.tag !== undefined) normalized.tag = record.tag.trim().toLowerCase();
  return normalized;
}

function checkName(domain: string, record: DnsRecord, out: DnsIssue[]): void {
  const issue = (code: DnsIssueCode, params?: DnsIssue['params']): void => {
    out.push(
      params
        ? { recordId: record.id, field: 'name', code, params }
        : { recordId: record.id, field: 'name', code },
    );
  };
  const name = record.name.trim();
  if (name === '') return issue('required');
  if (name === '@') return;
  if (name.endsWith('.')) return issue('name_absolute');
  const labels = name.split('.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] ?? '';
    if (label.length === 0) return issue('label_empty');
    if (label.length > LABEL_MAX) return issue('label_too_long', { label, max: LABEL_MAX });
    if (label.includes('*')) {
      if (i !== 0 || label !== '*') return issue('wildcard_position');
      continue;
    }
    if (!isLdhLabel(label) && !isServiceLabel(label)) return issue('name_chars', { label });
  }
  if (name.length + 1 + normalizeTarget(domain).length > NAME_MAX) {
    issue('name_too_long', { max: NAME_MAX });
  }
}

// ---------------------------------------------------------------------------------------------
// values

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const ch of text) bytes += utf8Length(ch.codePointAt(0) ?? 0);
  return bytes;
}

/**
 * A TXT text as the character-strings it is published as: chunks of at most 255 bytes of
 * UTF-8, never cutting a character in two. An empty text is one empty string.
 */
export function splitTxt(text: string): string[] {
  const chunks: string[] = [];
  let chunk = '';
  let bytes = 0;
  for (const ch of text) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    if (bytes + size > TXT_CHUNK_BYTES) {
      chunks.push(chunk);
      chunk = '';
      bytes = 0;
    }
    chunk += ch;
    bytes += size;
  }
  chunks.push(chunk);
  return chunks;
}

function isUint(value: number | undefined, max: number): boolean {
  return value !== undefined && Number.isInteger(value) && value >= 0 && value <= max;
}

function checkNumber(
  record: DnsRecord,
  field: 'priority' | 'weight' | 'port',
  out: DnsIssue[],
): void {
  const value = record[field];
  if (value === undefined || Number.isNaN(value)) {
    out.push({ recordId: record.id, field, code: 'required' });
  } else if (!isUint(value, UINT16_MAX)) {
    out.push({
      recordId: record.id,
      field,
      code: 'number_range',
      params: { min: 0, max: UINT16_MAX },
    });
  }
}

function checkTarget(record: DnsRecord, out: DnsIssue[]): void {
  const value = record.value.trim();
  const push = (code: DnsIssueCode): void => {
    out.push({ recordId: record.id, field: 'value', code });
  };
  if (value === '') return push('required');
  if (value === '.') {
    if (record.type !== 'SRV') push('target_invalid');
    return;
  }
  const bare = value.endsWith('.') ? value.slice(0, -1) : value;
  if (isIPAddress(bare)) return push('target_is_address');
  if (!isHostname(value, record.type === 'CNAME')) push('target_invalid');
}

/** `letsencrypt.org`, `;`, empty, or a domain with parameters `ca.example; account=123`. */
function isCaaIssuerValue(value: string): boolean {
  const semicolon = value.indexOf(';');
  const domain = (semicolon === -1 ? value : value.slice(0, semicolon)).trim();
  if (domain !== '' && !isHostname(domain)) return false;
  if (semicolon === -1) return true;
  const params = value.slice(semicolon + 1).trim();
  if (params === '') return true;
  for (const param of params.split(/[;\s]+/)) {
    if (param === '') continue;
    const eq = param.indexOf('=');
    if (eq <= 0) return false;
    const key = param.slice(0, eq);
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (!isLetter(c) && !isDigit(c)) return false;
    }
    for (let i = eq + 1; i < param.length; i++) {
      const c = param.charCodeAt(i);
      if (c < 0x21 || c > 0x7e) return false;
    }
  }
  return true;
}

/** `mailto:security@example.de` or an https URL. */
function isIodefValue(value: string): boolean {
  const lower = value.toLowerCase();
  if (lower.startsWith('mailto:')) {
    const address = value.slice(7);
    const at = address.lastIndexOf('@');
    if (at <= 0) return false;
    for (let i = 0; i < at; i++) {
      const c = address.charCodeAt(i);
      if (c <= 0x20 || c > 0x7e || c === 0x40) return false;
    }
    return isHostname(address.slice(at + 1));
  }
  if (!lower.startsWith('https://')) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && !/\s/.test(value);
  } catch {
    return false;
  }
}

function checkCaa(record: DnsRecord, out: DnsIssue[]): void {
  const id = record.id;
  if (record.flags === undefined || Number.isNaN(record.flags)) {
    out.push({ recordId: id, field: 'flags', code: 'required' });
  } else if (!isUint(record.flags, CAA_FLAGS_MAX)) {
    out.push({
      recordId: id,
      field: 'flags',
      code: 'caa_flags',
      params: { min: 0, max: CAA_FLAGS_MAX },
    });
  }
  const tag = (record.tag ?? '').trim().toLowerCase();
  if (tag === '') {
    out.push({ recordId: id, field: 'tag', code: 'required' });
    return;
  }
  if (!(CAA_TAGS as readonly string[]).includes(tag)) {
    out.push({
      recordId: id,
      field: 'tag',
      code: 'caa_tag',
      params: { allowed: CAA_TAGS.join(', ') },
    });
    return;
  }
  const value = record.value.trim();
  if (tag === 'iodef') {
    if (value === '') out.push({ recordId: id, field: 'value', code: 'required' });
    else if (!isIodefValue(value)) out.push({ recordId: id, field: 'value', code: 'caa_value' });
  } else if (!isCaaIssuerValue(value)) {
    out.push({ recordId: id, field: 'value', code: 'caa_value' });
  }
}

function checkTxt(record: DnsRecord, out: DnsIssue[]): void {
  const value = record.value;
  if (value.trim() === '') {
    out.push({ recordId: record.id, field: 'value', code: 'required' });
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) {
      out.push({ recordId: record.id, field: 'value', code: 'txt_chars' });
      return;
    }
  }
  // a UTF-16 unit is at most 3 bytes of UTF-8: short texts need no counting
  if (value.length * 3 > TXT_MAX_BYTES && utf8ByteLength(value) > TXT_MAX_BYTES) {
    out.push({
      recordId: record.id,
      field: 'value',
      code: 'txt_too_long',
      params: { max: TXT_MAX_BYTES },
    });
  }
}

/** The issues of one record alone (name, TTL, value by type), without the zone-wide rules. */
export function validateRecord(domain: string, record: DnsRecord): DnsIssue[] {
  const out: DnsIssue[] = [];
  checkRecord(domain, record, out);
  return out;
}

function checkRecord(domain: string, record: DnsRecord, out: DnsIssue[]): void {
  checkName(domain, record, out);
  if (!TYPES.has(record.type)) {
    out.push({ recordId: record.id, field: 'type', code: 'type_invalid' });
    return;
  }
  const ttl = record.ttl;
  if (typeof ttl !== 'number' || Number.isNaN(ttl)) {
    out.push({ recordId: record.id, field: 'ttl', code: 'required' });
  } else if (!Number.isInteger(ttl) || ttl < TTL_MIN || ttl > TTL_MAX) {
    out.push({
      recordId: record.id,
      field: 'ttl',
      code: 'ttl_range',
      params: { min: TTL_MIN, max: TTL_MAX },
    });
  }
  const value = record.value.trim();
  const name = normalizeName(record.name);
  switch (record.type) {
    case 'A':
      if (value === '') out.push({ recordId: record.id, field: 'value', code: 'required' });
      else if (!isIPv4(value)) {
        out.push({ recordId: record.id, field: 'value', code: 'ipv4_invalid' });
      }
      break;
    case 'AAAA':
      if (value === '') out.push({ recordId: record.id, field: 'value', code: 'required' });
      else if (!isIPv6(value)) {
        out.push({ recordId: record.id, field: 'value', code: 'ipv6_invalid' });
      }
      break;
    case 'CNAME':
      if (name === '@') out.push({ recordId: record.id, field: 'name', code: 'cname_at_apex' });
      checkTarget(record, out);
      break;
    case 'NS':
      if (name === '@') out.push({ recordId: record.id, field: 'name', code: 'ns_at_apex' });
      checkTarget(record, out);
      break;
    case 'MX':
      checkNumber(record, 'priority', out);
      checkTarget(record, out);
      break;
    case 'SRV':
      checkNumber(record, 'priority', out);
      checkNumber(record, 'weight', out);
      checkNumber(record, 'port', out);
      checkTarget(record, out);
      break;
    case 'TXT':
      checkTxt(record, out);
      break;
    case 'CAA':
      checkCaa(record, out);
      break;
  }
}

// ---------------------------------------------------------------------------------------------
// the zone

function isSpf(record: DnsRecord): boolean {
  if (record.type !== 'TXT') return false;
  const v = record.value.trimStart();
  if (v.length < 6 || v.slice(0, 6).toLowerCase() !== 'v=spf1') return false;
  return v.length === 6 || v.charCodeAt(6) === 32;
}

/** What makes two records at one name the same record: type, value and the numbers. */
function identity(record: DnsRecord): string {
  let value: string;
  switch (record.type) {
    case 'CNAME':
    case 'MX':
    case 'NS':
    case 'SRV':
      value = normalizeTarget(record.value);
      break;
    case 'AAAA': {
      const groups = parseIPv6(record.value.trim());
      value = groups ? groups.join(':') : record.value.trim();
      break;
    }
    case 'TXT':
      value = record.value;
      break;
    case 'CAA':
      value = `${(record.tag ?? '').trim().toLowerCase()} ${record.value.trim()}`;
      break;
    default:
      value = record.value.trim();
  }
  return `${record.type} ${record.priority ?? ''} ${record.weight ?? ''} ${record.port ?? ''} ${record.flags ?? ''} ${value}`;
}

function pushIssue(
  out: DnsIssue[],
  record: DnsRecord,
  field: DnsField,
  code: DnsIssueCode,
  params?: DnsIssue['params'],
): void {
  out.push(
    params ? { recordId: record.id, field, code, params } : { recordId: record.id, field, code },
  );
}

/** The records at one name, as far as the rules between records need them. */
interface NameGroup {
  count: number;
  cname: boolean;
  spf: boolean;
  /** identities of the records seen so far, made only for names with more than one record */
  seen: Set<string> | null;
}

/**
 * Every issue of a whole zone: each record alone, then the rules between records (CNAME alone
 * at its name, targets not aliases, one SPF record per name, no duplicates). One pass groups
 * the records by name, a second applies the rules with one lookup per record; no rule scans
 * the zone per record (the editor runs this on every keystroke in zones of 5,000 records).
 */
export function validateZone(domain: string, records: readonly DnsRecord[]): DnsIssue[] {
  const issues: DnsIssue[] = [];
  const groups = new Map<string, NameGroup>();
  const names: string[] = [];
  let cnames = 0;
  for (const record of records) {
    checkRecord(domain, record, issues);
    const name = normalizeName(record.name);
    names.push(name);
    let group = groups.get(name);
    if (!group) {
      group = { count: 0, cname: false, spf: false, seen: null };
      groups.set(name, group);
    }
    group.count++;
    if (record.type === 'CNAME') {
      group.cname = true;
      cnames++;
    }
  }

  const zone = normalizeTarget(domain);
  const zoneSuffix = `.${zone}`;
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as DnsRecord;
    const group = groups.get(names[i] as string) as NameGroup;
    if (group.cname && group.count > 1) {
      pushIssue(issues, record, 'name', 'cname_not_alone', { name: record.name.trim() || '@' });
    }
    if (cnames > 0 && TARGET_TYPES.has(record.type)) {
      const target = normalizeTarget(record.value);
      let relative: string | null = null;
      if (target === zone) relative = '@';
      else if (target.endsWith(zoneSuffix)) relative = target.slice(0, -zoneSuffix.length);
      if (relative !== null && groups.get(relative)?.cname === true) {
        pushIssue(issues, record, 'value', 'target_is_alias', { target });
      }
    }
    if (group.count === 1) continue;
    if (isSpf(record)) {
      if (group.spf) {
        pushIssue(issues, record, 'value', 'spf_duplicate', { name: record.name.trim() || '@' });
      }
      group.spf = true;
    }
    const key = identity(record);
    group.seen ??= new Set();
    if (group.seen.has(key)) pushIssue(issues, record, 'value', 'duplicate_record');
    else group.seen.add(key);
  }

  if (records.length > ZONE_RECORDS_MAX) {
    const first = records[ZONE_RECORDS_MAX] as DnsRecord;
    pushIssue(issues, first, 'name', 'zone_too_large', { max: ZONE_RECORDS_MAX });
  }
  return issues;
}
