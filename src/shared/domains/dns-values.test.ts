// Records' values by type: CNAME, MX/NS/SRV targets, TXT, CAA.
import { describe, expect, it } from 'vitest';
import { splitTxt, validateRecord, validateZone } from './dns-rules';
import { DOMAIN, rec, codes, zoneCodes, a } from './testing-dns';
import { type DnsIssue, type DnsRecord } from './types';

describe('CNAME records', () => {
  const cname = (name: string, value: string, id = 'c1'): DnsRecord =>
    rec({ id, name, type: 'CNAME', value });

  it.each([
    ['www', 'example.de'],
    ['www', 'example.de.'],
    ['shop', 'shops.myshopify.com'],
    ['s1._domainkey', 's1.domainkey.u123.wl.sendgrid.net.'],
    ['em', '_dkim.provider.example'],
  ])('accepts %s → %s', (name, value) => {
    expect(codes(cname(name, value))).toEqual([]);
  });

  it('never at the apex', () => {
    expect(codes(cname('@', 'other.example'))).toEqual(['name:cname_at_apex']);
  });

  it.each([
    ['192.0.2.1', 'value:target_is_address'],
    ['2001:db8::1', 'value:target_is_address'],
    ['www', 'value:target_invalid'],
    ['-bad.example', 'value:target_invalid'],
    ['.', 'value:target_invalid'],
    ['', 'value:required'],
  ])('refuses the target %j', (value, code) => {
    expect(codes(cname('www', value))).toEqual([code]);
  });

  it('stands alone at its name: another record of any type there is an issue on both', () => {
    expect(zoneCodes([cname('www', 'example.de.'), { ...a('www'), id: 'a1' }])).toEqual([
      'c1:name:cname_not_alone',
      'a1:name:cname_not_alone',
    ]);
    expect(zoneCodes([cname('www', 'one.example.'), cname('WWW', 'two.example.', 'c2')])).toEqual([
      'c1:name:cname_not_alone',
      'c2:name:cname_not_alone',
    ]);
    expect(
      zoneCodes([
        cname('www', 'example.de.'),
        rec({ id: 't1', name: 'www', type: 'TXT', value: 'hello' }),
      ]),
    ).toEqual(['c1:name:cname_not_alone', 't1:name:cname_not_alone']);
  });

  it('leaves records at other names alone', () => {
    expect(
      zoneCodes([
        cname('www', 'example.de.'),
        { ...a('@'), id: 'a1' },
        { ...a('www2'), id: 'a2' },
        { ...a('x.www'), id: 'a3' },
      ]),
    ).toEqual([]);
  });
});

describe('MX, NS and SRV targets', () => {
  const mx = (value: string, priority: number | null = 10, id = 'm1'): DnsRecord =>
    rec({ id, type: 'MX', value, priority: priority ?? undefined });
  const ns = (name: string, value: string): DnsRecord => rec({ id: 'n1', name, type: 'NS', value });
  const srv = (value: string, nums: Partial<DnsRecord> = {}): DnsRecord =>
    rec({
      id: 's1',
      name: '_sip._tcp',
      type: 'SRV',
      value,
      priority: 10,
      weight: 5,
      port: 5060,
      ...nums,
    });

  it.each([
    [mx('mail.example.de')],
    [mx('mx00.ionos.de.')],
    [mx('mail.example.de', 0)],
    [mx('mail.example.de', 65_535)],
    [ns('sub', 'ns1.other-dns.example')],
    [ns('sub.shop', 'ns2.other-dns.example.')],
    [srv('sip.example.de')],
    [srv('.')],
    [srv('sip.example.de', { priority: 0, weight: 0, port: 0 })],
    [srv('sip.example.de', { priority: 65_535, weight: 65_535, port: 65_535 })],
  ])('accepts %o', (record) => {
    expect(codes(record)).toEqual([]);
  });

  it.each([
    [mx('192.0.2.25'), 'value:target_is_address'],
    [mx('192.0.2.25.'), 'value:target_is_address'],
    [mx('2001:db8::25'), 'value:target_is_address'],
    [ns('sub', '192.0.2.53'), 'value:target_is_address'],
    [srv('192.0.2.5'), 'value:target_is_address'],
    [mx('mail'), 'value:target_invalid'],
    [mx('mail_server.example.de'), 'value:target_invalid'],
    [mx('_dmarc.example.de'), 'value:target_invalid'],
    [mx('.'), 'value:target_invalid'],
    [ns('sub', '.'), 'value:target_invalid'],
    [ns('sub', 'ns1.example.123'), 'value:target_invalid'],
    [srv('sip..example.de'), 'value:target_invalid'],
    [mx(''), 'value:required'],
  ])('refuses %o with %s', (record, code) => {
    expect(codes(record)).toEqual([code]);
  });

  it('refuses NS at the apex (the domain’s own nameservers are set on the domain)', () => {
    expect(codes(ns('@', 'ns1.other-dns.example'))).toEqual(['name:ns_at_apex']);
  });

  it.each([
    [mx('mail.example.de', null), 'priority:required'],
    [mx('mail.example.de', -1), 'priority:number_range'],
    [mx('mail.example.de', 65_536), 'priority:number_range'],
    [mx('mail.example.de', 1.5), 'priority:number_range'],
    [srv('sip.example.de', { priority: undefined }), 'priority:required'],
    [srv('sip.example.de', { weight: 70_000 }), 'weight:number_range'],
    [srv('sip.example.de', { port: -5 }), 'port:number_range'],
    [srv('sip.example.de', { port: NaN }), 'port:required'],
  ])('checks the numbers of %o: %s', (record, code) => {
    expect(codes(record)).toEqual([code]);
    const issue = validateRecord(DOMAIN, record)[0] as DnsIssue;
    if (issue.code === 'number_range') expect(issue.params).toEqual({ min: 0, max: 65_535 });
  });

  it('refuses a target that is an alias in this zone, however it is written', () => {
    const alias = rec({ id: 'c1', name: 'mail', type: 'CNAME', value: 'mailhost.example.net.' });
    const apexAlias = rec({ id: 'c2', name: 'www', type: 'CNAME', value: 'example.de.' });
    expect(zoneCodes([alias, mx('mail.example.de')])).toEqual(['m1:value:target_is_alias']);
    expect(zoneCodes([alias, mx('MAIL.Example.DE.')])).toEqual(['m1:value:target_is_alias']);
    expect(zoneCodes([alias, ns('sub', 'mail.example.de')])).toEqual(['n1:value:target_is_alias']);
    expect(zoneCodes([apexAlias, srv('www.example.de')])).toEqual(['s1:value:target_is_alias']);
    expect(validateZone(DOMAIN, [alias, mx('mail.example.de')])[0]?.params).toEqual({
      target: 'mail.example.de',
    });
  });

  it('lets a target of the same name in another zone or a non-alias name pass', () => {
    const alias = rec({ id: 'c1', name: 'mail', type: 'CNAME', value: 'mailhost.example.net.' });
    expect(zoneCodes([alias, mx('mail.example.com')])).toEqual([]);
    expect(zoneCodes([alias, mx('mail.notexample.de')])).toEqual([]);
    expect(zoneCodes([alias, { ...a('mx'), id: 'a1' }, mx('mx.example.de')])).toEqual([]);
  });
});

describe('TXT records', () => {
  const txt = (value: string, name = '@', id = 't1'): DnsRecord =>
    rec({ id, name, type: 'TXT', value });

  it.each([
    ['v=spf1 mx -all'],
    ['v=DMARC1; p=reject; rua=mailto:dmarc@example.de'],
    ['google-site-verification=abc123'],
    ['"quoted" text with spaces'],
    ['Grüße aus Köln ✓'],
    ['x'.repeat(4000)],
    ['ä'.repeat(2000)],
  ])('accepts %s', (value) => {
    expect(codes(txt(value))).toEqual([]);
  });

  it.each([
    ['', 'value:required'],
    ['  ', 'value:required'],
    ['x'.repeat(4001), 'value:txt_too_long'],
    ['ä'.repeat(2001), 'value:txt_too_long'],
    ['€'.repeat(1334), 'value:txt_too_long'],
    ['line one\nline two', 'value:txt_chars'],
    ['tab\there', 'value:txt_chars'],
    ['nul\u0000', 'value:txt_chars'],
  ])('refuses %j', (value, code) => {
    expect(codes(txt(value))).toEqual([code]);
  });

  it('allows one SPF record per name: the second and further get the issue', () => {
    expect(
      zoneCodes([
        txt('v=spf1 mx -all', '@', 't1'),
        txt('V=SPF1 include:_spf.example.net ~all', '@', 't2'),
        txt('v=spf1 -all', '@', 't3'),
        txt('v=spf1 -all', 'shop', 't4'),
        txt('v=spf10 is not spf', '@', 't5'),
        txt('verification=v=spf1', '@', 't6'),
        txt('v=spf1', 'news', 't7'),
      ]),
    ).toEqual(['t2:value:spf_duplicate', 't3:value:spf_duplicate']);
  });
});

describe('splitting TXT texts', () => {
  const bytes = (s: string): number => new TextEncoder().encode(s).length;

  it('keeps a short text whole and an empty one as one empty string', () => {
    expect(splitTxt('v=spf1 -all')).toEqual(['v=spf1 -all']);
    expect(splitTxt('')).toEqual(['']);
    expect(splitTxt('x'.repeat(255))).toEqual(['x'.repeat(255)]);
  });

  it('splits at 255 bytes', () => {
    const text = 'k'.repeat(600);
    expect(splitTxt(text).map((c) => c.length)).toEqual([255, 255, 90]);
    expect(splitTxt(text).join('')).toBe(text);
  });

  it('never cuts a multi-byte character in two', () => {
    for (const text of ['a' + 'ä'.repeat(300), 'ab' + '€'.repeat(200), 'a' + '😀'.repeat(100)]) {
      const chunks = splitTxt(text);
      expect(chunks.join('')).toBe(text);
      for (const chunk of chunks) {
        expect(bytes(chunk)).toBeLessThanOrEqual(255);
        expect(chunk).not.toMatch(/\uFFFD/);
        expect(new TextDecoder().decode(new TextEncoder().encode(chunk))).toBe(chunk);
      }
      // each chunk but the last is as full as a whole character allows
      for (const chunk of chunks.slice(0, -1)) expect(bytes(chunk)).toBeGreaterThan(251);
    }
    expect(splitTxt('a' + 'ä'.repeat(300)).map(bytes)).toEqual([255, 254, 92]);
  });
});

describe('CAA records', () => {
  const caa = (tag: string | undefined, value: string, flags: number | null = 0): DnsRecord =>
    rec({ type: 'CAA', value, tag, flags: flags ?? undefined });

  it.each([
    [caa('issue', 'letsencrypt.org')],
    [caa('issue', 'letsencrypt.org; validationmethods=dns-01')],
    [caa('issue', 'ca.example.net; account=230123; policy=ev')],
    [caa('issuewild', ';')],
    [caa('issue', '')],
    [caa('ISSUE', 'sectigo.com')],
    [caa('issue', 'letsencrypt.org', 128)],
    [caa('issue', 'letsencrypt.org', 255)],
    [caa('iodef', 'mailto:security@example.de')],
    [caa('iodef', 'https://iodef.example.de/report')],
  ])('accepts %o', (record) => {
    expect(codes(record)).toEqual([]);
  });

  it.each([
    [caa('issue', 'letsencrypt.org', 256), 'flags:caa_flags'],
    [caa('issue', 'letsencrypt.org', -1), 'flags:caa_flags'],
    [caa('issue', 'letsencrypt.org', null), 'flags:required'],
    [caa('issues', 'letsencrypt.org'), 'tag:caa_tag'],
    [caa('contactemail', 'a@example.de'), 'tag:caa_tag'],
    [caa(undefined, 'letsencrypt.org'), 'tag:required'],
    [caa('issue', 'lets encrypt'), 'value:caa_value'],
    [caa('issue', 'https://letsencrypt.org'), 'value:caa_value'],
    [caa('issue', 'letsencrypt.org; =x'), 'value:caa_value'],
    [caa('iodef', 'security@example.de'), 'value:caa_value'],
    [caa('iodef', 'http://iodef.example.de/'), 'value:caa_value'],
    [caa('iodef', 'mailto:nobody'), 'value:caa_value'],
    [caa('iodef', 'https://'), 'value:caa_value'],
    [caa('iodef', ''), 'value:required'],
  ])('refuses %o with %s', (record, code) => {
    expect(codes(record)).toEqual([code]);
  });

  it('names the allowed tags and the flag range', () => {
    expect(validateRecord(DOMAIN, caa('issues', 'x.org'))[0]?.params).toEqual({
      allowed: 'issue, issuewild, iodef',
    });
    expect(validateRecord(DOMAIN, caa('issue', 'x.org', 300))[0]?.params).toEqual({
      min: 0,
      max: 255,
    });
  });
});
