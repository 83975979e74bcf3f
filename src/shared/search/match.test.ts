import { describe, expect, it } from 'vitest';
import { best, normalize, prepare, prepareQuery, rank, RANK, type Query } from './match';

const q = (text: string): Query => {
  const query = prepareQuery(text);
  if (!query) throw new Error(`no query in "${text}"`);
  return query;
};

describe('normalize', () => {
  it('ignores case and diacritics, and reads ß as ss', () => {
    expect(normalize('Müller GROSSE Straße Élodie')).toBe('muller grosse strasse elodie');
  });

  it('finds nothing to search in blanks and punctuation', () => {
    expect(prepareQuery('   ')).toBeNull();
    expect(prepareQuery(' - / ')).toBeNull();
  });
});

describe('rank', () => {
  const invoice = prepare('RE-2026-004711', ['RE-2026-004711'], ['119,00 119.00', 'offen open']);

  it('puts the exact number first, however it is typed', () => {
    expect(rank(invoice, q('RE-2026-004711'))).toBe(RANK.exact);
    expect(rank(invoice, q('re 2026 004711'))).toBe(RANK.exact);
    expect(rank(invoice, q('re2026004711'))).toBe(RANK.exact);
  });

  it('ranks the start of the number before a word of it, and that before the other fields', () => {
    expect(rank(invoice, q('RE-2026'))).toBe(RANK.keyStart);
    expect(rank(invoice, q('0047'))).toBe(RANK.titleWordStart);
    expect(rank(invoice, q('119,00'))).toBe(RANK.otherWordStart);
    expect(rank(invoice, q('Offen'))).toBe(RANK.otherWordStart);
  });

  it('finds text inside a word, after every start', () => {
    expect(rank(invoice, q('4711'))).toBe(RANK.titleAnywhere);
    expect(rank(invoice, q('2026004711'))).toBe(RANK.titleAnywhere);
    expect(rank(invoice, q('pen'))).toBe(RANK.otherAnywhere);
  });

  it('needs every word of the query, the worst one deciding', () => {
    expect(rank(invoice, q('0047 offen'))).toBe(RANK.otherWordStart);
    expect(rank(invoice, q('0047 bezahlt'))).toBeNull();
    expect(rank(invoice, q('4712'))).toBeNull();
  });

  it('matches names without regard to case or accents', () => {
    const contact = prepare('Jürgen Weiß', ['Jürgen Weiß'], ['j.weiss@example.de', 'Bäckerei Süß']);
    expect(rank(contact, q('jurgen weiss'))).toBe(RANK.exact);
    expect(rank(contact, q('WEISS'))).toBe(RANK.titleWordStart);
    expect(rank(contact, q('backerei'))).toBe(RANK.otherWordStart);
    expect(rank(contact, q('süss'))).toBe(RANK.otherWordStart);
  });
});

describe('best', () => {
  const items = ['beta.de', 'alpha-beta.de', 'beta.com', 'mybeta.de', 'gamma.de'];
  const searchable = (name: string) => prepare(name, [name]);

  it('orders by rank, ties in list order, and stops at the limit', () => {
    expect(best(items, searchable, q('beta'), 10).map((r) => r.item)).toEqual([
      'beta.de',
      'beta.com',
      'alpha-beta.de',
      'mybeta.de',
    ]);
    expect(best(items, searchable, q('beta'), 2).map((r) => r.item)).toEqual([
      'beta.de',
      'beta.com',
    ]);
  });

  it('answers the exact match first even when it comes last in the list', () => {
    const found = best(['beta.de.example', 'beta.de'], searchable, q('beta.de'), 5);
    expect(found[0]).toEqual({ item: 'beta.de', rank: RANK.exact });
  });
});

describe('short words', () => {
  it('find only the start of a word, so a date does not match every number with "02" in it', () => {
    const other = prepare('RE-2025-000001', ['RE-2025-000001'], ['2025-03-01 01.03.2025']);
    const wanted = prepare('RE-2025-000002', ['RE-2025-000002'], ['2025-11-02 02.11.2025']);
    expect(rank(other, q('02.11.2025'))).toBeNull();
    expect(rank(wanted, q('02.11.2025'))).toBe(RANK.otherWordStart);
  });
});
