// Record names, TTLs and address records (A, AAAA).
import { describe, expect, it } from 'vitest';
import { absoluteName, isIPv4, parseIPv6, validateRecord } from './dns-rules';
import { DOMAIN, rec, urlIsIPv6, IPV4_PATTERN, codes, a } from './testing-dns';
import { TTL_MAX, TTL_MIN, type DnsRecord } from './types';

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
