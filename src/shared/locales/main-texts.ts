/**
 * The words main shows itself, outside the window (tray, application menu, start-up errors,
 * notifications, the OS's Touch ID prompt), in the settings' language. They live beside the
 * renderer's texts (`<lang>.main.json`), so one parity test and one review cover both; main
 * reads only these two small files, not the renderer's bundles. Placeholders and plurals
 * follow i18next's notation (`{{name}}`, `key_one` / `key_other`), so the same checks apply.
 */
import deMain from './de.main.json';
import enMain from './en.main.json';
import type { Language } from '../domain';

type Tree = typeof deMain.main;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
/** a plural's base name (`tray.tooltipUnread` for `_one` / `_other`); other keys as they are */
type Named<K> = K extends `${infer Base}_one` ? Base : K extends `${string}_other` ? never : K;

export type MainTextKey = Named<Leaves<Tree>>;

type Flat = { [key: string]: string | Flat };
const TREES: Readonly<Record<Language, Flat>> = { de: deMain.main, en: enMain.main };

/** German for anything but English (the app's default language). */
export function mainLanguage(language: string | undefined): Language {
  return language === 'en' ? 'en' : 'de';
}

function lookup(tree: Flat, key: string): string | undefined {
  let node: string | Flat | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The text of `key`; `values.count` picks the plural form, `{{name}}` takes `values.name`. */
export function mainText(
  language: string | undefined,
  key: MainTextKey,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const lang = mainLanguage(language);
  const tree = TREES[lang];
  const count = values.count;
  const form =
    typeof count === 'number' ? `${key}_${new Intl.PluralRules(lang).select(count)}` : undefined;
  const text =
    (form !== undefined ? (lookup(tree, form) ?? lookup(tree, `${key}_other`)) : undefined) ??
    lookup(tree, key);
  if (text === undefined) throw new Error(`main text ${key} is missing in ${lang}`);
  return text.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
