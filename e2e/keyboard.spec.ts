/**
 * Keyboard only: sign in, reach every menu screen with Tab and Enter, open a dialog and close
 * it with Escape; wherever focus lands it is visible (an outline), and after a menu entry
 * focus moves to the new screen's heading.
 */
import type { Page } from '@playwright/test';
import { DEMO, expect, test } from './support/fixtures';

interface Focused {
  tag: string;
  type: string;
  name: string;
  outlined: boolean;
  inMain: boolean;
}

/** What has focus now, and whether it shows it (outline or a focus ring by box-shadow). */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) {
      return { tag: 'body', type: '', name: '', outlined: false, inMain: false };
    }
    const style = getComputedStyle(element);
    const outlined =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
      style.boxShadow !== 'none';
    return {
      tag: element.tagName.toLowerCase(),
      type: element.getAttribute('type') ?? '',
      name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(),
      outlined,
      inMain: element.closest('main') !== null,
    };
  });
}

/** Presses Tab until the focused element fits, checking every stop on the way is visible. */
async function tabTo(page: Page, fits: (f: Focused) => boolean, limit = 60): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.tag !== 'body')
      expect(now.outlined, `focus visible on ${now.tag} "${now.name}"`).toBe(true);
    if (fits(now)) return now;
  }
  throw new Error('not reached with Tab');
}

const MENU = [
  ['Abrechnung', '#/billing'],
  ['Produkte & Dienste', '#/products'],
  ['Domains', '#/domains'],
  ['Support', '#/support'],
  ['Kundeninformationen', '#/customer-information'],
  ['Kontakte', '#/contacts'],
  ['Benutzerverwaltung', '#/users'],
  ['Hilfe', '#/help'],
  ['Übersicht', '#/'],
] as const;

test('sign in, every menu screen, a dialog: keyboard only, focus always visible', async ({
  app,
}) => {
  await expect(app.getByLabel('E-Mail-Adresse')).toBeVisible();
  await tabTo(app, (f) => f.type === 'email', 20);
  await expect(app.getByLabel('E-Mail-Adresse')).toBeFocused();
  await app.keyboard.type(DEMO.email);
  await app.keyboard.press('Tab');
  await expect(app.getByLabel('Passwort', { exact: true })).toBeFocused();
  await app.keyboard.type(DEMO.password);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Übersicht', level: 1 })).toBeVisible();

  const nav = app.getByRole('navigation', { name: 'Kundencenter' });
  for (const [label, hash] of MENU) {
    await tabTo(app, (f) => f.tag === 'a' && f.name === label && !f.inMain);
    await expect(nav.getByRole('link', { name: label })).toBeFocused();
    await app.keyboard.press('Enter');
    await expect.poll(() => new URL(app.url()).hash || '#/').toBe(hash);
    // focus moved to the new screen's heading, so reading starts where the page changed
    const heading = app.getByRole('main').getByRole('heading', { level: 1 });
    await expect(heading).toBeFocused();
  }

  // a dialog: the search opens with Ctrl+K, Escape closes it and focus comes back
  await tabTo(app, (f) => f.tag === 'a' && f.name === 'Hilfe' && !f.inMain);
  await app.keyboard.press('Control+k');
  const dialog = app.getByRole('dialog', { name: 'Suche' });
  await expect(dialog).toBeVisible();
  expect((await focused(app)).outlined).toBe(true);
  await app.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Hilfe' })).toBeFocused();
});

test('the skip link leads past header and menu to the screen', async ({ app }) => {
  await app.getByLabel('E-Mail-Adresse').fill(DEMO.email);
  await app.getByLabel('Passwort', { exact: true }).fill(DEMO.password);
  await app.getByLabel('Passwort', { exact: true }).press('Enter');
  await expect(app.getByRole('heading', { name: 'Übersicht', level: 1 })).toBeVisible();
  // from the top of the window, as after a fresh start (still signed in)
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Übersicht', level: 1 })).toBeVisible();
  await app.keyboard.press('Tab');
  const skip = app.getByRole('button', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('main').getByRole('heading', { level: 1 })).toBeFocused();
  expect((await focused(app)).outlined).toBe(true);
});
