import { describe, expect, it } from 'vitest';
import { de, en } from '../../shared/locales';
import { ARTICLES, type ArticleId } from './articles';
import { normalise, searchArticles } from './help-search';

function texts(locale: typeof de) {
  return ARTICLES.map(({ id }) => {
    const t = locale.help.articles[id];
    return { id, text: { ...t, steps: Object.values(t.steps) } };
  });
}

const DE = texts(de);
const EN = texts(en);
const first = (query: string, all = DE): ArticleId | undefined => searchArticles(query, all)[0];

describe('help search', () => {
  it('normalises case, umlauts, e-mail and "nummer"', () => {
    expect(normalise('Kündigung')).toBe('kuendigung');
    expect(normalise('KUENDIGUNG')).toBe('kuendigung');
    expect(normalise('Rechnungs-E-Mail')).toBe('rechnungs email');
    expect(normalise('Straße')).toBe('strasse');
    expect(normalise('Kundennummer')).toBe(normalise('Kundennr.'));
  });

  it('finds the customer number however it is written', () => {
    for (const query of ['Kundennummer', 'kundennummer', 'KUNDENNR', 'kundennr', 'Kunden-Nr.']) {
      expect(searchArticles(query, DE), query).toContain('customerNumber');
    }
    expect(first('Kundennummer')).toBe('customerNumber');
  });

  it('treats ä and ae alike, and finds words inside compounds', () => {
    expect(searchArticles('kündigen', DE)).toContain('cancelContract');
    expect(searchArticles('kuendigen', DE)).toContain('cancelContract');
    expect(first('lastschrift')).toBe('sepaMandate');
    expect(first('rechnungsemail')).toBe('billingEmail');
  });

  it('needs every word, ranks title matches first', () => {
    expect(first('Passwort vergessen')).toBe('forgotPassword');
    expect(searchArticles('Passwort Zwiebelkuchen', DE)).toEqual([]);
    expect(searchArticles('   ', DE)).toEqual([]);
  });

  it('searches the English texts in English', () => {
    expect(first('customer number', EN)).toBe('customerNumber');
    expect(first('direct debit', EN)).toBe('sepaMandate');
    expect(searchArticles('Kundennummer', EN)).toEqual([]);
  });
});
