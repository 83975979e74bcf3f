import { describe, expect, it } from 'vitest';
import { normalizeNameserver, validateNameservers } from './nameservers';

const codes = (list: string[]): string[] =>
  validateNameservers(list).map((i) => `${i.index}:${i.code}`);

describe('nameservers', () => {
  it('normalises what people paste: spaces, capitals, the trailing dot', () => {
    expect(normalizeNameserver('  NS1.Example-DNS.de. ')).toBe('ns1.example-dns.de');
    expect(normalizeNameserver('ns1.example.de')).toBe('ns1.example.de');
  });

  it.each([
    [['ns1.example-dns.de', 'ns2.example-dns.de']],
    [['NS1.example-dns.de.', 'ns2.example-dns.net']],
    [['a.ns.se', 'b.ns.se', 'c.ns.se']],
    [Array.from({ length: 13 }, (_, i) => `ns${i}.example.de`)],
  ])('accepts %j', (list) => {
    expect(validateNameservers(list)).toEqual([]);
  });

  it('wants between 2 and 13, said once for the list', () => {
    expect(validateNameservers(['ns1.example.de'])).toEqual([
      { index: -1, code: 'nameserver_count', params: { min: 2, max: 13 } },
    ]);
    expect(codes([])).toEqual(['-1:nameserver_count']);
    expect(codes(Array.from({ length: 14 }, (_, i) => `ns${i}.example.de`))).toEqual([
      '-1:nameserver_count',
    ]);
  });

  it.each([
    ['ns1', '1:hostname_invalid'],
    ['ns1..example.de', '1:hostname_invalid'],
    ['-ns1.example.de', '1:hostname_invalid'],
    ['ns_1.example.de', '1:hostname_invalid'],
    ['ns1.example.de/', '1:hostname_invalid'],
    ['n'.repeat(64) + '.example.de', '1:hostname_invalid'],
    ['ns1.example.123', '1:hostname_invalid'],
    ['192.0.2.53', '1:nameserver_is_address'],
    ['2001:db8::53', '1:nameserver_is_address'],
    ['', '1:required'],
    ['   ', '1:required'],
  ])('refuses %j', (entry, code) => {
    expect(codes(['ns1.example.de', entry])).toEqual([code]);
  });

  it('marks each repeat, however it is written, with the entry it repeats', () => {
    expect(
      validateNameservers([
        'ns1.example.de',
        'ns2.example.de',
        'NS1.example.de.',
        'ns1.example.de',
      ]),
    ).toEqual([
      { index: 2, code: 'nameserver_duplicate', params: { first: 1 } },
      { index: 3, code: 'nameserver_duplicate', params: { first: 1 } },
    ]);
  });

  it('reports the count and the entries together', () => {
    expect(codes(['192.0.2.1'])).toEqual(['-1:nameserver_count', '0:nameserver_is_address']);
  });
});
