/**
 * Names in a zone: hostnames, relative and absolute names, and the checks of a record's name
 * (a part of the DNS rules, dns-rules.ts).
 */
import { type DnsIssue, type DnsRecord } from './types';
import { type DnsIssueCode, LABEL_MAX, NAME_MAX } from './dns-codes';
import { isDigit, isLetter } from './dns-addresses';

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
export function normalizeTarget(value: string): string {
  const v = value.trim().toLowerCase();
  return v.endsWith('.') && v.length > 1 ? v.slice(0, -1) : v;
}

/** A record name as compared between records: lower case, "" and "@" the apex. */
export function normalizeName(name: string): string {
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

export function checkName(domain: string, record: DnsRecord, out: DnsIssue[]): void {
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
