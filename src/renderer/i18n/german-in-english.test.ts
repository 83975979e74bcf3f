import { describe, expect, it } from 'vitest';
import { de, en } from './locales';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : flatten(value, path);
  });
}

// Words that occur in German UI text and never in English: function words, the polite
// address, and the product's German name (in English it is the "Customer Center").
const GERMAN_WORDS = [
  'der',
  'die',
  'das',
  'und',
  'oder',
  'nicht',
  'Sie',
  'Ihre',
  'Ihr',
  'Ihren',
  'Ihnen',
  'werden',
  'wird',
  'wurde',
  'ist',
  'sind',
  'mit',
  'für',
  'auf',
  'bei',
  'von',
  'zu',
  'zum',
  'zur',
  'ein',
  'eine',
  'einen',
  'dem',
  'den',
  'des',
  'als',
  'auch',
  'noch',
  'nur',
  'bitte',
  'hier',
  'kein',
  'keine',
  'jetzt',
  'wenn',
  'Kundencenter',
  'Rechnung',
  'Rechnungen',
  'Vertrag',
  'Zugangsdaten',
  'Einstellungen',
  'Abrechnung',
  'speichern',
  'löschen',
  'Jahre',
  'Seite',
  'Gerät',
];
const GERMAN = new RegExp(`[äöüÄÖÜß]|\\b(?:${GERMAN_WORDS.join('|')})\\b`, 'i');

/** The German word a UI text gives away, or null; placeholders and tags are not text. */
export function germanWordIn(text: string): string | null {
  const words = text.replace(/{{[^}]*}}/g, ' ').replace(/<\/?\w+>/g, ' ');
  return GERMAN.exec(words)?.[0] ?? null;
}

describe('the English locale has no German left', () => {
  it('finds no German word in any English text', () => {
    const found = flatten(en as Tree)
      .map(([key, text]) => ({ key, word: germanWordIn(text) }))
      .filter((hit) => hit.word !== null);
    expect(found).toEqual([]);
  });

  it('would notice German: nearly every German sentence is caught', () => {
    const sentences = flatten(de as Tree)
      .map(([, text]) => text)
      .filter((text) => text.split(/\s+/).length >= 6);
    const caught = sentences.filter((text) => germanWordIn(text) !== null);
    expect(sentences.length).toBeGreaterThan(200);
    expect(caught.length / sentences.length).toBeGreaterThan(0.97);
  });
});
