/**
 * BIND zone files (RFC 1035 master file format) in and out of the editor's records. Reading
 * turns what a file says into records the shared DNS rules then check; every line that cannot
 * become a record is named with its number, so the person sees each issue before anything is
 * saved. Supported: $ORIGIN, $TTL, comments, ( … ) across lines, quoted strings, the owner
 * left blank for "as above", TTL units (1h, 2d…), class IN. SOA is the provider's and skipped.
 */
import { splitTxt } from './dns-rules';
import { DNS_RECORD_TYPES, TTL_DEFAULT, type DnsRecord, type DnsRecordType } from './types';

export type ZoneFileIssueCode =
  'syntax' | 'unsupported_type' | 'outside_zone' | 'unbalanced' | 'directive' | 'no_owner';

export interface ZoneFileIssue {
  /** the line the entry starts on, from 1 */
  line: number;
  code: ZoneFileIssueCode;
  /** the type or directive the line names, when it has one */
  detail?: string;
}

export type ZoneFileRecord = Omit<DnsRecord, 'id'> & { line: number };

export interface ParsedZoneFile {
  records: ZoneFileRecord[];
  issues: ZoneFileIssue[];
  /** SOA lines: the provider keeps the SOA, so they are read past, not imported */
  skipped: number;
}

interface Token {
  text: string;
  quoted: boolean;
}

interface Entry {
  line: number;
  /** the line began with blank space: the owner is the previous entry's */
  inherits: boolean;
  tokens: Token[];
}

/** Splits the file into entries: comments dropped, parentheses joined, quotes kept whole. */
function entries(text: string, issues: ZoneFileIssue[]): Entry[] {
  const out: Entry[] = [];
  let current: Entry | null = null;
  let depth = 0;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (depth === 0) {
      if (current && current.tokens.length > 0) out.push(current);
      current = { line, inherits: /^[ \t]/.test(raw), tokens: [] };
    }
    let i = 0;
    while (i < raw.length) {
      const c = raw[i]!;
      if (c === ';') break;
      if (c === ' ' || c === '\t') {
        i++;
      } else if (c === '(') {
        depth++;
        i++;
      } else if (c === ')') {
        depth = Math.max(0, depth - 1);
        i++;
      } else if (c === '"') {
        let value = '';
        i++;
        while (i < raw.length && raw[i] !== '"') {
          if (raw[i] === '\\' && i + 1 < raw.length) i++;
          value += raw[i];
          i++;
        }
        if (i >= raw.length) issues.push({ line, code: 'unbalanced' });
        i++;
        current!.tokens.push({ text: value, quoted: true });
      } else {
        let value = '';
        while (i < raw.length && !' \t;()"'.includes(raw[i]!)) value += raw[i++];
        current!.tokens.push({ text: value, quoted: false });
      }
    }
  });
  if (current && (current as Entry).tokens.length > 0) out.push(current);
  if (depth > 0) issues.push({ line: lines.length, code: 'unbalanced' });
  return out;
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** "3600", "1h", "1h30m" as seconds; null for anything else */
export function parseTtl(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const parts = text.toLowerCase().match(/\d+[smhdw]/g);
  if (!parts || parts.join('') !== text.toLowerCase()) return null;
  return parts.reduce((sum, p) => sum + Number(p.slice(0, -1)) * UNITS[p.slice(-1)]!, 0);
}

const isType = (text: string): text is DnsRecordType =>
  (DNS_RECORD_TYPES as readonly string[]).includes(text.toUpperCase());

/** a name of the file made absolute (without the trailing dot) against the origin */
function absolute(name: string, origin: string): string {
  if (name === '@') return origin;
  if (name.endsWith('.')) return name.slice(0, -1).toLowerCase();
  return `${name}.${origin}`.toLowerCase();
}

/** an absolute owner as the editor names it ("@", "www"); null outside the zone */
function relative(owner: string, domain: string): string | null {
  if (owner === domain) return '@';
  return owner.endsWith(`.${domain}`) ? owner.slice(0, -domain.length - 1) : null;
}

const int = (token: Token | undefined): number =>
  token && /^\d+$/.test(token.text) ? Number(token.text) : Number.NaN;

/** Reads a zone file for `domain`: the records it holds and an issue for each line it cannot. */
export function parseZoneFile(domain: string, text: string): ParsedZoneFile {
  const zone = domain.toLowerCase();
  const issues: ZoneFileIssue[] = [];
  const records: ZoneFileRecord[] = [];
  let origin = zone;
  let defaultTtl = TTL_DEFAULT;
  let owner: string | null = null;
  let skipped = 0;
  for (const entry of entries(text, issues)) {
    const tokens = [...entry.tokens];
    const first = tokens[0]!;
    if (!first.quoted && first.text.startsWith('$')) {
      const directive = first.text.toUpperCase();
      if (directive === '$ORIGIN' && tokens[1]) origin = absolute(tokens[1].text, origin);
      else if (directive === '$TTL' && tokens[1] && parseTtl(tokens[1].text) !== null) {
        defaultTtl = parseTtl(tokens[1].text)!;
      } else issues.push({ line: entry.line, code: 'directive', detail: first.text });
      continue;
    }
    if (!entry.inherits) owner = absolute(tokens.shift()!.text, origin);
    if (owner === null) {
      issues.push({ line: entry.line, code: 'no_owner' });
      continue;
    }
    let ttl = defaultTtl;
    // TTL and class come in either order before the type
    for (let k = 0; k < 2 && tokens[0] && !isType(tokens[0].text); k++) {
      const word = tokens[0].text;
      if (word.toUpperCase() === 'IN') tokens.shift();
      else if (parseTtl(word) !== null) ttl = parseTtl(tokens.shift()!.text)!;
    }
    const typeToken = tokens.shift();
    if (!typeToken) {
      issues.push({ line: entry.line, code: 'syntax' });
      continue;
    }
    const typeText = typeToken.text.toUpperCase();
    if (typeText === 'SOA') {
      skipped++;
      continue;
    }
    if (!isType(typeText)) {
      issues.push({ line: entry.line, code: 'unsupported_type', detail: typeToken.text });
      continue;
    }
    const name = relative(owner, zone);
    if (name === null) {
      issues.push({ line: entry.line, code: 'outside_zone', detail: owner });
      continue;
    }
    const record = rdata(typeText, tokens, origin);
    if (!record) {
      issues.push({ line: entry.line, code: 'syntax', detail: typeText });
      continue;
    }
    records.push({ line: entry.line, name, type: typeText, ttl, ...record });
  }
  return { records, issues, skipped };
}

type Rdata = Omit<DnsRecord, 'id' | 'name' | 'type' | 'ttl'>;

/** the fields after the type, as the editor keeps them; null when their number is wrong */
function rdata(type: DnsRecordType, tokens: Token[], origin: string): Rdata | null {
  const host = (token: Token) => absolute(token.text, origin);
  switch (type) {
    case 'A':
    case 'AAAA':
      return tokens.length === 1 ? { value: tokens[0]!.text } : null;
    case 'CNAME':
    case 'NS':
      return tokens.length === 1 ? { value: host(tokens[0]!) } : null;
    case 'MX':
      return tokens.length === 2 ? { priority: int(tokens[0]), value: host(tokens[1]!) } : null;
    case 'SRV':
      return tokens.length === 4
        ? {
            priority: int(tokens[0]),
            weight: int(tokens[1]),
            port: int(tokens[2]),
            value: host(tokens[3]!),
          }
        : null;
    case 'CAA':
      return tokens.length === 3
        ? { flags: int(tokens[0]), tag: tokens[1]!.text, value: tokens[2]!.text }
        : null;
    case 'TXT':
      // several strings of one record are one value (a DKIM key split at 255 bytes)
      return tokens.length > 0 ? { value: tokens.map((t) => t.text).join('') } : null;
  }
}

/** a TXT value as the strings of at most 255 bytes DNS carries (the shared rule's split) */
function txtStrings(value: string): string[] {
  try {
    return splitTxt(value);
  } catch {
    // a value the rules refuse is written whole; reading it back shows the same issue
    return [value];
  }
}

const quote = (text: string) => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
const fqdn = (host: string) => (host.endsWith('.') ? host : `${host}.`);

/** Writes the records as a zone file for `domain` that parseZoneFile reads back the same. */
export function formatZoneFile(domain: string, records: readonly DnsRecord[]): string {
  const lines = [`$ORIGIN ${fqdn(domain)}`, `$TTL ${TTL_DEFAULT}`];
  for (const r of records) {
    const head = `${r.name}\t${r.ttl}\tIN\t${r.type}\t`;
    let data: string;
    switch (r.type) {
      case 'MX':
        data = `${r.priority ?? 0} ${fqdn(r.value)}`;
        break;
      case 'SRV':
        data = `${r.priority ?? 0} ${r.weight ?? 0} ${r.port ?? 0} ${fqdn(r.value)}`;
        break;
      case 'CAA':
        data = `${r.flags ?? 0} ${r.tag ?? ''} ${quote(r.value)}`;
        break;
      case 'TXT':
        data = txtStrings(r.value).map(quote).join(' ');
        break;
      case 'CNAME':
      case 'NS':
        data = fqdn(r.value);
        break;
      default:
        data = r.value;
    }
    lines.push(head + data);
  }
  return `${lines.join('\n')}\n`;
}
