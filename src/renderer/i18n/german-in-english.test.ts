import { describe, expect, it } from 'vitest';
import { germanWordIn } from '../../shared/testing/german-text';
import { de as deRenderer, en as enRenderer, mergeLocales } from '../../shared/locales';
import deMain from '../../shared/locales/de.main.json';
import enMain from '../../shared/locales/en.main.json';

// main's own texts (tray, menu, notifications) are held to the same rules as the renderer's
const de = mergeLocales(deRenderer, deMain);
const en = mergeLocales(enRenderer, enMain);

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : flatten(value, path);
  });
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
