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
 * The parts: limits and issue codes (dns-codes.ts), addresses (dns-addresses.ts), names
 * (dns-names.ts), one record's value by type (dns-values.ts); the zone as a whole is here, and
 * this module is what callers import.
 */
import { ZONE_RECORDS_MAX, type DnsField, type DnsIssue, type DnsRecord } from './types';
import { type DnsIssueCode, TARGET_TYPES } from './dns-codes';
import { checkRecord } from './dns-values';
import { normalizeName, normalizeTarget } from './dns-names';
import { parseIPv6 } from './dns-addresses';

export {
  CAA_FLAGS_MAX,
  CAA_TAGS,
  DNS_ISSUE_CODES,
  LABEL_MAX,
  NAME_MAX,
  TXT_CHUNK_BYTES,
  TXT_MAX_BYTES,
  UINT16_MAX,
  type DnsIssueCode,
} from './dns-codes';
export { isIPAddress, isIPv4, isIPv6, parseIPv6 } from './dns-addresses';
export { absoluteName, isHostname, normalizeRecord } from './dns-names';
export { splitTxt, validateRecord } from './dns-values';

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
