/**
 * One record's value, per record type: numbers, targets, CAA, TXT (a part of the DNS rules,
 * dns-rules.ts). No regular expression runs over a whole value.
 */
import { TTL_MAX, TTL_MIN, type DnsIssue, type DnsRecord } from './types';
import {
  CAA_FLAGS_MAX,
  CAA_TAGS,
  type DnsIssueCode,
  TXT_CHUNK_BYTES,
  TXT_MAX_BYTES,
  TYPES,
  UINT16_MAX,
} from './dns-codes';
import { checkName, isHostname, normalizeName } from './dns-names';
import { isDigit, isIPAddress, isIPv4, isIPv6, isLetter } from './dns-addresses';

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

export function checkRecord(domain: string, record: DnsRecord, out: DnsIssue[]): void {
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
