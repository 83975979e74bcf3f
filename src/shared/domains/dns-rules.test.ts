import { describe, expect, it } from 'vitest';
import {
  absoluteName,
  DNS_ISSUE_CODES,
  isIPv4,
  normalizeRecord,
  parseIPv6,
  splitTxt,
  validateRecord,
  validateZone,
} from './dns-rules';
import { TTL_MAX, TTL_MIN, ZONE_RECORDS_MAX, type DnsIssue, type DnsRecord } from './types';

const DOMAIN = 'example.de';

function rec(partial: Partial<DnsRecord> & Pick<DnsRecord, 'type' | 'value'>): DnsRecord {
  return { id: 'r1', name: '@', ttl: 3600, ...partial };
}

/** IPv6 as the WHATWG URL parser reads a bracketed host: an independent second opinion */
function urlIsIPv6(text: string): boolean {
  if (/[[\]/?#@%\s]/.test(text)) return false;
  try {
    return new URL(`http://[${text}]/`).hostname.startsWith('[');
  } catch {
    return false;
  }
}

const IPV4_PART = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const IPV4_PATTERN = new RegExp(`^${IPV4_PART}(\\.${IPV4_PART}){3}$`);

/** the codes of a record alone, as "field:code" */
function codes(record: DnsRecord): string[] {
  return validateRecord(DOMAIN, record).map((i) => `${i.field}:${i.code}`);
}

function zoneCodes(records: DnsRecord[]): string[] {
  return validateZone(DOMAIN, records).map((i) => `${i.recordId}:${i.field}:${i.code}`);
}

const a = (name: string, value = '192.0.2.1'): DnsRecord => rec({ name, type: 'A', value });

describe('record names', () => {
  it.each([
    ['@'],
    ['www'],
    ['WWW'],
    ['shop.eu-west'],
    ['a'],
    ['x1-2'],
    ['123'],
    ['*'],
    ['*.shop'],
    ['_dmarc'],
    ['_sip._tcp'],
    ['_sip._tcp.voice'],
    ['selector1._domainkey'],
    ['_acme-challenge.www'],
    ['_mta-sts'],
    ['l'.repeat(63)],
  ])('accepts %s', (name) => {
    expect(codes(a(name))).toEqual([]);
  });

  it.each([
    ['', 'name:required'],
    ['   ', 'name:required'],
    ['l'.repeat(64), 'name:label_too_long'],
    ['www.' + 'l'.repeat(64), 'name:label_too_long'],
    ['www..shop', 'name:label_empty'],
    ['.www', 'name:label_empty'],
    ['www.example.de.', 'name:name_absolute'],
    ['-www', 'name:name_chars'],
    ['www-', 'name:name_chars'],
    ['ww_w', 'name:name_chars'],
    ['www_', 'name:name_chars'],
    ['_', 'name:name_chars'],
    ['_dmarc-', 'name:name_chars'],
    ['wär', 'name:name_chars'],
    ['w w', 'name:name_chars'],
    ['mail@x', 'name:name_chars'],
    ['shop.*', 'name:wildcard_position'],
    ['*shop', 'name:wildcard_position'],
    ['a.*.b', 'name:wildcard_position'],
    ['**', 'name:wildcard_position'],
  ])('refuses %j with %s', (name, code) => {
    expect(codes(a(name))).toEqual([code]);
  });

  it('names the label that is too long or holds a wrong character', () => {
    const long = 'l'.repeat(64);
    expect(validateRecord(DOMAIN, a(`www.${long}`))[0]?.params).toEqual({ label: long, max: 63 });
    expect(validateRecord(DOMAIN, a('shop.ww_w'))[0]?.params).toEqual({ label: 'ww_w' });
  });

  it('counts the domain into the 253 characters of a name', () => {
    // 4 labels of 60 + 4 dots + "example.de" (10) = 254 → one too many
    const name = Array.from({ length: 4 }, () => 'n'.repeat(60)).join('.');
    expect(absoluteName(DOMAIN, name)).toHaveLength(254);
    expect(codes(a(name))).toEqual(['name:name_too_long']);
    const fits = name.slice(1);
    expect(absoluteName(DOMAIN, fits)).toHaveLength(253);
    expect(codes(a(fits))).toEqual([]);
  });

  it('makes relative names absolute, the apex being the domain, in lower case', () => {
    expect(absoluteName('example.de', '@')).toBe('example.de');
    expect(absoluteName('Example.DE', 'WWW')).toBe('www.example.de');
    expect(absoluteName('example.de.', '_sip._tcp')).toBe('_sip._tcp.example.de');
  });
});

describe('TTL', () => {
  it.each([[TTL_MIN], [3600], [86_400], [TTL_MAX]])('accepts %d', (ttl) => {
    expect(codes({ ...a('www'), ttl })).toEqual([]);
  });

  it.each([[TTL_MIN - 1], [0], [-3600], [TTL_MAX + 1], [3600.5], [Infinity]])(
    'refuses %d',
    (ttl) => {
      const issues = validateRecord(DOMAIN, { ...a('www'), ttl });
      expect(issues).toEqual([
        { recordId: 'r1', field: 'ttl', code: 'ttl_range', params: { min: 60, max: 604_800 } },
      ]);
    },
  );

  it('asks for a TTL that is missing', () => {
    expect(codes({ ...a('www'), ttl: NaN })).toEqual(['ttl:required']);
  });
});

describe('A records', () => {
  it.each([['192.0.2.1'], ['0.0.0.0'], ['255.255.255.255'], ['10.0.10.100'], [' 192.0.2.1 ']])(
    'accepts %s',
    (value) => {
      expect(codes(a('www', value))).toEqual([]);
    },
  );

  it.each([
    ['192.0.2'],
    ['192.0.2.1.5'],
    ['256.0.0.1'],
    ['192.0.2.01'],
    ['192.0.2.-1'],
    ['192.0.2.1a'],
    ['192.0..1'],
    ['2001:db8::1'],
    ['www.example.de'],
    ['0x7f.0.0.1'],
  ])('refuses %s', (value) => {
    expect(codes(a('www', value))).toEqual(['value:ipv4_invalid']);
  });

  it('asks for an address', () => {
    expect(codes(a('www', ''))).toEqual(['value:required']);
  });
});

describe('AAAA records', () => {
  const aaaa = (value: string): DnsRecord => rec({ name: 'www', type: 'AAAA', value });

  it.each([
    ['2001:db8:0:0:0:0:0:1', [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]],
    ['2001:db8::1', [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]],
    ['2001:DB8::1', [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]],
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['::', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['fe80::', [0xfe80, 0, 0, 0, 0, 0, 0, 0]],
    ['2001:db8::8:800:200c:417a', [0x2001, 0xdb8, 0, 0, 8, 0x800, 0x200c, 0x417a]],
    ['1:2:3:4:5:6:7::', [1, 2, 3, 4, 5, 6, 7, 0]],
    ['::2:3:4:5:6:7:8', [0, 2, 3, 4, 5, 6, 7, 8]],
    ['::ffff:192.0.2.1', [0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201]],
    ['64:ff9b::198.51.100.7', [0x64, 0xff9b, 0, 0, 0, 0, 0xc633, 0x6407]],
    ['1:2:3:4:5:6:1.2.3.4', [1, 2, 3, 4, 5, 6, 0x0102, 0x0304]],
  ])('reads %s', (value, groups) => {
    expect(parseIPv6(value)).toEqual(groups);
    expect(codes(aaaa(value))).toEqual([]);
  });

  it.each([
    ['2001:db8::1::2'],
    [':::'],
    ['2001:db8:0:0:0:0:0:0:1'],
    ['2001:db8:0:0:0:0:1'],
    ['1:2:3:4:5:6:7::8'],
    ['2001:db8:::1'],
    [':2001:db8::1'],
    ['2001:db8::1:'],
    ['2001:db8::g'],
    ['2001:db8::12345'],
    ['192.0.2.1'],
    ['::ffff:192.0.2.256'],
    ['::192.0.2.1:1'],
    ['1:2:3:4:5:6:7:1.2.3.4'],
    ['fe80::1%eth0'],
    ['2001:db8::/32'],
  ])('refuses %s', (value) => {
    expect(parseIPv6(value)).toBeNull();
    expect(codes(aaaa(value))).toEqual(['value:ipv6_invalid']);
  });

  it('agrees with independent parsers over 20,000 generated near-addresses', () => {
    let seed = 42;
    const next = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const pieces = [
      '0',
      '1',
      'ff',
      'FFFF',
      '0db8',
      '12345',
      'g',
      '',
      ':',
      '.',
      '1.2.3.4',
      '255',
      '256',
      '01',
    ];
    let valid = 0;
    const disagreements: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      const parts = Array.from({ length: 1 + next(10) }, () => pieces[next(pieces.length)]);
      const text = parts.join(next(2) === 0 ? ':' : '.');
      const v4 = isIPv4(text);
      const v6 = parseIPv6(text) !== null;
      if (v4 !== IPV4_PATTERN.test(text) || v6 !== urlIsIPv6(text)) disagreements.push(text);
      if (v4 || v6) valid++;
    }
    expect(disagreements).toEqual([]);
    // the generator must give enough real addresses for the comparison to mean something
    expect(valid).toBeGreaterThan(1000);
  });

  it('agrees with the IPv4 parser about the IPv4 tail', () => {
    expect(isIPv4('1.2.3.4')).toBe(true);
    expect(parseIPv6('::1.2.3.04')).toBeNull();
  });
});

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
