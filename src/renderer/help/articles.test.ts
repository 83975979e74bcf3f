import { describe, expect, it } from 'vitest';
import { ACCOUNT_ROUTES } from '../account/routes';
import { parseBillingPath } from '../billing/routes';
import { de, en } from '../../shared/locales';
import { parseProductsPath } from '../products/routes';
import { parseHash } from '../router/hash';
import { SIGNED_OUT_ROUTES } from '../router/routes';
import { MENU, menuEntryFor, type MenuId } from '../shell/menu';
import { SCREENS } from '../shell/screens';
import { parseSupportPath } from '../support/routes';
import {
  ARTICLE_GROUPS,
  ARTICLES,
  articleById,
  articleLink,
  articleRoute,
  parseHelpPath,
} from './articles';
import { HELP_PARAM } from './help-target';

// the screens' sources (not the tests), by folder: where a target must be written
const sources = import.meta.glob<string>(['../**/*.tsx', '!../**/*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The folder of each menu's screen; "shell" (menu, frame) is around every screen. */
const FOLDER: Record<MenuId, string> = {
  dashboard: 'dashboard',
  billing: 'billing',
  products: 'products',
  domains: 'domains',
  support: 'support',
  customerInformation: 'account',
  contacts: 'contacts',
  users: 'users',
  security: 'security',
  help: 'help',
};

function targetsIn(folders: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const [file, text] of Object.entries(sources)) {
    if (!folders.some((folder) => file.startsWith(`../${folder}/`))) continue;
    for (const m of text.matchAll(/data-help-target="([^"]+)"/g)) found.add(m[1]!);
  }
  return found;
}

/** Whether the menu's own screen shows a view for this path (rather than redirecting). */
const VIEW_FOR: Partial<Record<MenuId, (path: string) => boolean>> = {
  billing: (p) => parseBillingPath(p) !== null,
  products: (p) => parseProductsPath(p) !== null,
  support: (p) => parseSupportPath(p) !== null,
  customerInformation: (p) => Object.values<string>(ACCOUNT_ROUTES).includes(p),
};

describe('help articles', () => {
  it('are the 20 topics of the FAQ, each once, in known groups', () => {
    const ids = ARTICLES.map((a) => a.id);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    for (const group of ARTICLE_GROUPS) {
      expect(ARTICLES.some((a) => a.group === group)).toBe(true);
    }
  });

  it('each open a screen that exists: an available menu with a screen, or a signed-out page', () => {
    const broken = ARTICLES.filter((article) => {
      const { path } = parseHash(article.route);
      if (article.signedOut) return !SIGNED_OUT_ROUTES.includes(path);
      const entry = menuEntryFor(path);
      if (!entry || !MENU.includes(entry) || !SCREENS[entry.id]) return true;
      const view = VIEW_FOR[entry.id];
      return view ? !view(path) : path !== entry.route;
    }).map((a) => `${a.id} → ${a.route}`);
    expect(broken).toEqual([]);
  });

  it("each point to a place that the screen's source marks", () => {
    const shell = ['shell'];
    const missing = ARTICLES.filter((article) => {
      if (!article.target) return false;
      const { path } = parseHash(article.route);
      const folders = article.signedOut
        ? ['auth', ...shell]
        : [FOLDER[menuEntryFor(path)!.id], ...shell];
      return !targetsIn(folders).has(article.target);
    }).map((a) => `${a.id} → ${a.target}`);
    expect(missing).toEqual([]);
  });

  it('each have a title, a summary and 3 to 6 steps in German and in English', () => {
    for (const article of ARTICLES) {
      for (const locale of [de, en]) {
        const text = locale.help.articles[article.id];
        expect(text.title.trim(), article.id).not.toBe('');
        expect(text.summary.trim(), article.id).not.toBe('');
        const steps = Object.values(text.steps);
        expect(steps.length, article.id).toBeGreaterThanOrEqual(3);
        expect(steps.length, article.id).toBeLessThanOrEqual(6);
      }
      expect(Object.keys(en.help.articles[article.id].steps)).toEqual(
        Object.keys(de.help.articles[article.id].steps),
      );
    }
    // no text without its article
    expect(Object.keys(de.help.articles).sort()).toEqual(ARTICLES.map((a) => a.id).sort());
  });

  it('are written fresh in each language, not copied across', () => {
    const same = ARTICLES.filter(
      (a) => de.help.articles[a.id].title === en.help.articles[a.id].title,
    );
    expect(same).toEqual([]);
  });

  it("link to their screen with the place asked for, keeping the route's own query", () => {
    const customerNumber = articleById('customerNumber')!;
    expect(parseHash(articleLink(customerNumber)).params.get(HELP_PARAM)).toBe('customer-number');
    const link = parseHash(
      articleLink({ ...customerNumber, route: '/products/cancel?contract=c1' }),
    );
    expect(link.path).toBe('/products/cancel');
    expect(link.params.get('contract')).toBe('c1');
    expect(link.params.get(HELP_PARAM)).toBe('customer-number');
  });

  it('route the help screen: the list, an article, nothing for an unknown one', () => {
    expect(parseHelpPath('/help')).toBeNull();
    expect(parseHelpPath(articleRoute('sepaMandate'))).toBe('sepaMandate');
    expect(parseHelpPath('/help/nope')).toBeUndefined();
    expect(parseHelpPath('/help/sepaMandate/x')).toBeUndefined();
  });
});
