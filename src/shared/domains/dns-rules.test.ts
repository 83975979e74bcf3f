// The zone as a whole, the issue codes, and normalizing a record for storage.
import { describe, expect, it } from 'vitest';
import { DNS_ISSUE_CODES, normalizeRecord, validateRecord, validateZone } from './dns-rules';
import { DOMAIN, rec, codes, zoneCodes, a } from './testing-dns';
import { ZONE_RECORDS_MAX, type DnsRecord } from './types';

describe('the zone as a whole', () => {
  it('finds exact duplicates, however the name and target are written, but not near ones', () => {
    const mx = (id: string, value: string, priority: number, name = '@'): DnsRecord =>
      rec({ id, name, type: 'MX', value, priority });
    expect(
      zoneCodes([
        mx('m1', 'mail.example.de', 10),
        mx('m2', 'MAIL.example.de.', 10),
        mx('m3', 'mail.example.de', 20),
        mx('m4', 'mail.example.de', 10, 'shop'),
        { ...a('www'), id: 'a1' },
        { ...a('WWW'), id: 'a2', ttl: 300 },
        rec({ id: 'x1', name: 'v6', type: 'AAAA', value: '2001:db8::1' }),
        rec({ id: 'x2', name: 'v6', type: 'AAAA', value: '2001:DB8:0:0:0:0:0:1' }),
        rec({ id: 't1', type: 'TXT', value: 'hello' }),
        rec({ id: 't2', type: 'TXT', value: 'Hello' }),
      ]),
    ).toEqual([
      'm2:value:duplicate_record',
      'a2:value:duplicate_record',
      'x2:value:duplicate_record',
    ]);
  });

  it('lists each record’s own issues first, then those between records', () => {
    const records = [
      rec({ id: 'c1', name: 'www', type: 'CNAME', value: 'example.de.' }),
      rec({ id: 'a1', name: 'www', type: 'A', value: '999.0.0.1' }),
    ];
    expect(zoneCodes(records)).toEqual([
      'a1:value:ipv4_invalid',
      'c1:name:cname_not_alone',
      'a1:name:cname_not_alone',
    ]);
  });

  it('refuses a zone with more records than allowed, at the first one too many', () => {
    const records = Array.from({ length: ZONE_RECORDS_MAX + 1 }, (_, i) =>
      rec({ id: `r${i}`, name: `h${i}`, type: 'A', value: '192.0.2.1' }),
    );
    expect(zoneCodes(records)).toEqual([`r${ZONE_RECORDS_MAX}:name:zone_too_large`]);
  });

  it('finds nothing in a typical zone: web, mail, SPF, DMARC, DKIM, SRV, CAA', () => {
    const zone: DnsRecord[] = [
      rec({ id: '1', type: 'A', value: '192.0.2.10' }),
      rec({ id: '2', type: 'AAAA', value: '2001:db8::10' }),
      rec({ id: '3', name: 'www', type: 'CNAME', value: 'example.de.' }),
      rec({ id: '4', type: 'MX', value: 'mx1.example.de', priority: 10 }),
      rec({ id: '5', type: 'MX', value: 'mx2.example.de', priority: 20 }),
      rec({ id: '6', name: 'mx1', type: 'A', value: '192.0.2.25' }),
      rec({ id: '7', name: 'mx2', type: 'A', value: '192.0.2.26' }),
      rec({ id: '8', type: 'TXT', value: 'v=spf1 mx -all' }),
      rec({ id: '9', name: '_dmarc', type: 'TXT', value: 'v=DMARC1; p=quarantine' }),
      rec({ id: '10', name: 'mail._domainkey', type: 'TXT', value: 'v=DKIM1; k=rsa; p=MIIB' }),
      rec({
        id: '11',
        name: '_sip._tcp',
        type: 'SRV',
        value: 'sip.example.de',
        priority: 10,
        weight: 60,
        port: 5060,
      }),
      rec({ id: '12', name: 'sip', type: 'A', value: '192.0.2.30' }),
      rec({ id: '13', type: 'CAA', value: 'letsencrypt.org', flags: 0, tag: 'issue' }),
      rec({ id: '14', name: 'dev', type: 'NS', value: 'ns1.other-dns.example' }),
      rec({ id: '15', name: '*.shop', type: 'A', value: '192.0.2.40' }),
    ];
    expect(validateZone(DOMAIN, zone)).toEqual([]);
  });

  it('validates a 5,000-record zone and finds the one bad record among them', () => {
    const records: DnsRecord[] = [];
    for (let i = 0; i < 1000; i++) {
      const host = `host${i}`;
      records.push(
        rec({ id: `a${i}`, name: host, type: 'A', value: `10.${i % 256}.${i >> 8}.1` }),
        rec({ id: `x${i}`, name: host, type: 'AAAA', value: `2001:db8::${i.toString(16)}` }),
        rec({ id: `t${i}`, name: host, type: 'TXT', value: `v=spf1 ip4:10.0.0.${i % 256} -all` }),
        rec({ id: `m${i}`, name: host, type: 'MX', value: `mx.${host}.example.de`, priority: 10 }),
        rec({ id: `c${i}`, name: `www.${host}`, type: 'CNAME', value: `${host}.example.de.` }),
      );
    }
    expect(records).toHaveLength(5000);
    expect(validateZone(DOMAIN, records)).toEqual([]);
    records[4321] = { ...(records[4321] as DnsRecord), type: 'A', value: '10.0.0.256' };
    expect(zoneCodes(records)).toEqual([`${records[4321]?.id}:value:ipv4_invalid`]);
  });
});

describe('issue codes', () => {
  it('lists every code the rules can give, with the params each carries', () => {
    const seen = new Map<string, string[]>();
    const zones: DnsRecord[][] = [
      [
        rec({ id: '1', name: '', type: 'A', value: '' }),
        rec({ id: '2', name: 'l'.repeat(64), type: 'AAAA', value: 'x', ttl: 1 }),
        rec({ id: '3', name: 'a..b', type: 'CNAME', value: '192.0.2.1' }),
        rec({ id: '4', name: 'a_b', type: 'MX', value: 'mail', priority: -1 }),
        rec({ id: '5', name: 'x.', type: 'NS', value: 'alias.example.de' }),
        rec({ id: '6', name: 'a.*', type: 'TXT', value: 'x'.repeat(4001) }),
        rec({ id: '7', type: 'TXT', value: 'bad\n' }),
        rec({ id: '8', type: 'CAA', value: 'bad value', flags: 999, tag: 'issue' }),
        rec({ id: '9', type: 'CAA', value: 'x', flags: 0, tag: 'nope' }),
        rec({ id: '10', type: 'CNAME', value: 'example.net' }),
        rec({ id: '11', type: 'NS', value: 'ns.example.net' }),
        rec({ id: '12', name: 'alias', type: 'CNAME', value: 'example.net.' }),
        rec({ id: '13', name: 'alias', type: 'A', value: '192.0.2.1' }),
        rec({ id: '14', type: 'TXT', value: 'v=spf1 -all' }),
        rec({ id: '15', type: 'TXT', value: 'v=spf1 -all' }),
        rec({ id: '18', name: 'v4', type: 'A', value: '1.2.3' }),
        rec({ id: '16', type: 'PTR' as DnsRecord['type'], value: 'x' }),
        rec({
          id: '17',
          name: `${'n'.repeat(60)}.`.repeat(4).slice(0, -1),
          type: 'A',
          value: '192.0.2.1',
        }),
      ],
      Array.from({ length: ZONE_RECORDS_MAX + 1 }, (_, i) =>
        rec({ id: `z${i}`, name: `h${i}`, type: 'A', value: '192.0.2.1' }),
      ),
    ];
    for (const zone of zones) {
      for (const issue of validateZone(DOMAIN, zone)) {
        seen.set(issue.code, Object.keys(issue.params ?? {}).sort());
      }
    }
    const expected = Object.fromEntries(
      Object.entries(DNS_ISSUE_CODES).map(([code, params]) => [code, [...params].sort()]),
    );
    expect(Object.fromEntries(seen)).toEqual(expected);
  });
});

describe('normalizing a record for storage', () => {
  it('drops the spaces around name and value, keeps a TXT text as typed, lowers the CAA tag', () => {
    expect(normalizeRecord(rec({ name: ' www ', type: 'A', value: ' 192.0.2.1 ' }))).toEqual(
      rec({ name: 'www', type: 'A', value: '192.0.2.1' }),
    );
    expect(normalizeRecord(rec({ type: 'TXT', value: ' spaced text ' })).value).toBe(
      ' spaced text ',
    );
    const caa = normalizeRecord(
      rec({ type: 'CAA', value: 'letsencrypt.org', flags: 0, tag: ' Issue ' }),
    );
    expect(caa.tag).toBe('issue');
    expect(validateRecord(DOMAIN, caa)).toEqual([]);
  });

  it('leaves an empty name empty, for the rules to ask for it', () => {
    const record = normalizeRecord(rec({ name: '  ', type: 'A', value: '192.0.2.1' }));
    expect(record.name).toBe('');
    expect(codes(record)).toEqual(['name:required']);
  });
});
