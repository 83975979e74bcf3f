import { describe, expect, it } from 'vitest';
import { de as deRenderer, en as enRenderer, mergeLocales } from '../../shared/locales';
import deMain from '../../shared/locales/de.main.json';
import enMain from '../../shared/locales/en.main.json';

// main's own texts (tray, menu, notifications) are held to the same rules as the renderer's
const de = mergeLocales(deRenderer, deMain);
const en = mergeLocales(enRenderer, enMain);
import { MENU } from '../shell/menu';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const deKeys = flatten(de);
const enKeys = flatten(en);

/** A key exists as written or as i18next's plural forms (key_one, key_other). */
const hasKey = (keys: Map<string, string>, key: string) =>
  keys.has(key) || (keys.has(`${key}_one`) && keys.has(`${key}_other`));

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
const tags = (text: string) => [...text.matchAll(/<(\w+)>/g)].map((m) => m[1]).sort();

// every source file of the renderer except the tests, as text
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Keys used literally: t('…'), i18nKey="…", and template keys like t(`verification.status.${s}`) */
function usedKeys(): { exact: Set<string>; prefixes: Set<string> } {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const text of Object.values(sources)) {
    for (const m of text.matchAll(/\bt\(\s*(['"])([\w.]+)\1/g)) exact.add(m[2]!);
    for (const m of text.matchAll(/i18nKey=(['"])([^'"]+)\1/g)) exact.add(m[2]!);
    for (const m of text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) prefixes.add(m[1]!);
    // error keys named as data (validation results, field mapping)
    for (const m of text.matchAll(/(['"])(errors\.[\w.]+)\1/g)) exact.add(m[2]!);
  }
  return { exact, prefixes };
}

describe('locales', () => {
  it('scans the renderer sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10);
  });

  it('en has every key of de', () => {
    const missing = [...deKeys.keys()].filter((k) => !enKeys.has(k));
    expect(missing).toEqual([]);
  });

  it('en has no key that de lacks', () => {
    const extra = [...enKeys.keys()].filter((k) => !deKeys.has(k));
    expect(extra).toEqual([]);
  });

  it('no text is empty', () => {
    const empty = [...deKeys, ...enKeys].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('en uses the same placeholders and tags as de', () => {
    const differ = [...deKeys].filter(([key, text]) => {
      const other = enKeys.get(key) ?? '';
      return (
        placeholders(text).join() !== placeholders(other).join() ||
        tags(text).join() !== tags(other).join()
      );
    });
    expect(differ.map(([k]) => k)).toEqual([]);
  });

  it('every key used in the code exists in de', () => {
    const { exact, prefixes } = usedKeys();
    expect(exact.size).toBeGreaterThan(20);
    const missing = [...exact].filter((k) => !hasKey(deKeys, k));
    expect(missing).toEqual([]);
    for (const prefix of prefixes) {
      expect(
        [...deKeys.keys()].some((k) => k.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
  });

  it('names every menu entry', () => {
    expect(MENU.filter((entry) => !deKeys.has(entry.labelKey))).toEqual([]);
  });

  it('has a message for every error key main sends', () => {
    const sent = [
      'errors.wrong_password',
      'errors.account_locked',
      'errors.mfa_invalid_code',
      'errors.mfa_code_reused',
      'errors.mfa_token_invalid',
      'errors.offline',
      'errors.reset_token_invalid',
      'errors.weak_password',
      'errors.validation_failed',
      'errors.session_expired',
      'errors.forbidden',
      'errors.unknown',
      'errors.invalid_input',
      'errors.rate_limited',
      'errors.server_error',
      'errors.field.required',
      'errors.field.email_invalid',
      'errors.field.code_format',
      'errors.field.password_mismatch',
      'errors.field.weak_password',
      'errors.field.invalid',
      'errors.not_found',
      // billing
      'errors.mandate_required',
      'errors.mandate_exists',
      'errors.mandate_revoked',
      'errors.step_up_required',
      'errors.field.iban_invalid',
      'errors.field.bic_invalid',
      'errors.field.consent_required',
      'errors.field.account_holder_required',
      'errors.field.user_unknown',
    ];
    expect(sent.filter((k) => !deKeys.has(k))).toEqual([]);
    expect(placeholders(de.errors.account_locked)).toEqual(['minutes', 'seconds', 'time']);
  });

  it('has both plural forms wherever one is used', () => {
    for (const keys of [deKeys, enKeys]) {
      const plural = [...keys.keys()].filter((k) => /_(one|other)$/.test(k));
      const lonely = plural.filter((k) => !hasKey(keys, k.replace(/_(one|other)$/, '')));
      expect(lonely).toEqual([]);
    }
  });

  it('writes German with umlauts, not their stand-ins', () => {
    const suspicious = [...deKeys]
      .filter(([, text]) => /\b(fuer|ueber|koennen|muessen|Schluessel|pruefen)\b/i.test(text))
      .map(([k]) => k);
    expect(suspicious).toEqual([]);
  });
});
