import { describe, expect, it } from 'vitest';
import { validateZone } from './dns-rules';
import type { DnsRecord } from './types';
import { formatZoneFile, parseTtl, parseZoneFile } from './zone-file';

const ZONE = `; exported by another provider
$ORIGIN muster-webdesign.de.
$TTL 1h
@       IN SOA ns1.example.net. hostmaster.example.net. ( 2026120301 ; serial
                7200 3600 1209600 300 )
@       3600 IN A     203.0.113.10
        IN      AAAA  2001:db8::10
www     IN 300  CNAME muster-webdesign.de.
@       MX    10 mx1.kundencenter.example.
mail._domainkey TXT ( "v=DKIM1; k=rsa; "
                      "p=MIIBIjAN" )
_sip._tcp SRV 10 60 5060 sip
@       CAA 0 issue "letsencrypt.org"
shop.muster-webdesign.de. A 203.0.113.20
`;

describe('reading a BIND zone file', () => {
  it('reads owners, TTLs, classes, parentheses and split strings as the editor keeps them', () => {
    const { records, issues, skipped } = parseZoneFile('muster-webdesign.de', ZONE);
    expect(issues).toEqual([]);
    expect(skipped).toBe(1);
    expect(records.map(({ line, ...r }) => [line, r])).toEqual([
      [6, { name: '@', type: 'A', ttl: 3600, value: '203.0.113.10' }],
      [7, { name: '@', type: 'AAAA', ttl: 3600, value: '2001:db8::10' }],
      [8, { name: 'www', type: 'CNAME', ttl: 300, value: 'muster-webdesign.de' }],
      [9, { name: '@', type: 'MX', ttl: 3600, priority: 10, value: 'mx1.kundencenter.example' }],
      [
        10,
        { name: 'mail._domainkey', type: 'TXT', ttl: 3600, value: 'v=DKIM1; k=rsa; p=MIIBIjAN' },
      ],
      [
        12,
        {
          name: '_sip._tcp',
          type: 'SRV',
          ttl: 3600,
          priority: 10,
          weight: 60,
          port: 5060,
          value: 'sip.muster-webdesign.de',
        },
      ],
      [13, { name: '@', type: 'CAA', ttl: 3600, flags: 0, tag: 'issue', value: 'letsencrypt.org' }],
      [14, { name: 'shop', type: 'A', ttl: 3600, value: '203.0.113.20' }],
    ]);
  });

  it('names each line it cannot read, with its number, and keeps the rest', () => {
    const text = [
      'www A 192.0.2.1',
      'other.example.org. A 192.0.2.2',
      '@ HINFO "pc" "linux"',
      '@ MX mail.example.de.',
      '$INCLUDE other.zone',
      '@ TXT "unterminated',
    ].join('\n');
    const { records, issues } = parseZoneFile('muster-webdesign.de', text);
    expect(records.map((r) => r.line)).toEqual([1, 6]);
    expect(issues).toEqual([
      { line: 6, code: 'unbalanced' },
      { line: 2, code: 'outside_zone', detail: 'other.example.org' },
      { line: 3, code: 'unsupported_type', detail: 'HINFO' },
      { line: 4, code: 'syntax', detail: 'MX' },
      { line: 5, code: 'directive', detail: '$INCLUDE' },
    ]);
  });

  it('leaves the DNS rules to the shared checks (an A record with a bad address is read)', () => {
    const { records } = parseZoneFile('muster-webdesign.de', 'www A 300.1.1.1\n');
    const withIds: DnsRecord[] = records.map(({ line, ...r }) => ({ id: `l${line}`, ...r }));
    expect(validateZone('muster-webdesign.de', withIds).map((i) => i.code)).toContain(
      'ipv4_invalid',
    );
  });

  it('reads TTLs with units', () => {
    expect([parseTtl('3600'), parseTtl('1h30m'), parseTtl('2d'), parseTtl('1x')]).toEqual([
      3600,
      5400,
      172_800,
      null,
    ]);
  });
});

describe('writing a zone file', () => {
  it('reads back as the same records, long TXT values split into 255-byte strings', () => {
    const records: DnsRecord[] = parseZoneFile('muster-webdesign.de', ZONE).records.map(
      ({ line, ...r }) => ({ id: `r${line}`, ...r }),
    );
    records.push({ id: 'long', name: '@', type: 'TXT', ttl: 600, value: 'x'.repeat(600) });
    const text = formatZoneFile('muster-webdesign.de', records);
    expect(text).toContain('"' + 'x'.repeat(255) + '" "');
    const again = parseZoneFile('muster-webdesign.de', text);
    expect(again.issues).toEqual([]);
    expect(again.records.map(({ line: _line, ...r }) => r)).toEqual(
      records.map(({ id: _id, ...r }) => r),
    );
  });
});
