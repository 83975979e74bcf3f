/**
 * Layout (issue 15): every screen at 1024 and 1280 px, light and dark, and at 1024 in English.
 * The header stays one row, no table (nor its rows) is wider than its box, the page never
 * scrolls sideways, and axe finds nothing serious in dark. One sign-in; the screens are opened
 * by their routes. A second test proves a list's sort survives a restart.
 */
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { DEMO, expect, signIn, test } from './support/fixtures';
import { switchToEnglish } from './support/language';
import { startWebHost } from './support/processes';

/** each screen with what must be on it once loaded (so an empty screen cannot pass) */
const SCREENS: readonly { route: string; shows: string }[] = [
  { route: '/', shows: '[data-testid="customer-number"]' },
  { route: '/billing', shows: '.billing-summary' },
  { route: '/billing/invoices', shows: '[data-testid="invoice-row"]' },
  { route: '/billing/statement', shows: '.data-table' },
  { route: '/billing/payment-methods', shows: '.billing-methods' },
  { route: '/billing/sepa-mandate', shows: 'form, .card' },
  { route: '/billing/email', shows: 'form' },
  { route: '/products', shows: '[data-testid="contract-row"]' },
  { route: '/products/V-100234-03', shows: '[data-testid="contract-terms"]' },
  { route: '/products/V-100234-01/credentials', shows: 'form' },
  { route: '/products/cancel', shows: 'main select' },
  { route: '/domains', shows: '[data-testid="domain-row"]' },
  { route: '/domains/muster-webdesign.de', shows: '.domain-facts' },
  { route: '/domains/muster-webdesign.de/dns', shows: '[data-testid="dns-row"]' },
  { route: '/support', shows: '[data-testid="ticket-row"]' },
  { route: '/support/tickets/tkt_demo_100234_1', shows: '.thread' },
  { route: '/support/new', shows: 'form' },
  { route: '/customer-information', shows: '[data-testid="account-facts"]' },
  { route: '/contacts', shows: '[data-testid="contacts-table"]' },
  { route: '/users', shows: '[data-testid="users-table"]' },
  { route: '/security', shows: '[data-testid="history-row"]' },
  { route: '/help', shows: 'main a[href^="#/help/"]' },
  { route: '/settings', shows: 'main form, main fieldset' },
];

/** Every box that must not be wider than itself: the header's row, tables, their rows. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = document.querySelectorAll<HTMLElement>(
      '.app-header__bar, .app-header__tools, .table-wrap, table, [role="table"], [role="table"] [role="row"]',
    );
    const out: string[] = [];
    for (const box of Array.from(boxes)) {
      if (box.scrollWidth > box.clientWidth + 1) {
        out.push(
          `${box.tagName.toLowerCase()}.${box.className} ${box.scrollWidth}>${box.clientWidth}`,
        );
      }
    }
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      out.push(`page ${root.scrollWidth}>${root.clientWidth}`);
    const header = document.querySelector('.app-header__bar')!.getBoundingClientRect();
    if (header.height > 64) out.push(`header is ${header.height}px high: more than one row`);
    return out;
  });
}

/** The cancellation's kinds: each radio button right beside its label, on its line. */
async function expectRadiosBesideLabels(page: Page): Promise<void> {
  await page.getByLabel('Welcher Vertrag?').selectOption({ index: 1 });
  const radios = page.getByRole('radio');
  await expect(radios.first()).toBeVisible();
  for (const radio of await radios.all()) {
    const id = await radio.getAttribute('id');
    const button = (await radio.boundingBox())!;
    const label = (await page.locator(`label[for="${id}"]`).boundingBox())!;
    expect(label.x - (button.x + button.width)).toBeLessThan(16);
    expect(Math.abs(label.y + label.height / 2 - (button.y + button.height / 2))).toBeLessThan(8);
  }
}

async function visit(page: Page, route: string, shows: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#${route}`);
  await expect(page.locator(shows).first()).toBeVisible();
  await expect(page.getByRole('main').getByText('Wird geladen …')).toHaveCount(0);
}

test('every screen fits 1024 and 1280 px in light and dark, axe clean', async ({ app }) => {
  test.setTimeout(180_000);
  await signIn(app, DEMO);
  await expect(app.getByTestId('customer-number')).toBeVisible({ timeout: 15_000 });
  // the menu's counts: the demo's one unread reply and one overdue invoice, as the cards say
  await expect(app.getByTestId('menu-support-count')).toHaveText('11 ungelesene Antwort');
  await expect(app.getByTestId('menu-billing-count')).toHaveText('11 überfällige Rechnung');
  await expect(app.getByTestId('card-open-amount')).toContainText('1 Rechnung');
  // axe once, where these screens are new: dark and narrow (every menu's own spec scans its
  // screens in light); each scan costs about a second and a half
  const runs = [
    { width: 1024, scheme: 'dark', axe: true },
    { width: 1280, scheme: 'light', axe: false },
    { width: 1280, scheme: 'dark', axe: false },
  ] as const;
  for (const run of runs) {
    await app.setViewportSize({ width: run.width, height: 800 });
    // the theme follows the system by default: the scheme decides light or dark
    await app.emulateMedia({ colorScheme: run.scheme });
    for (const { route, shows } of SCREENS) {
      await visit(app, route, shows);
      expect(await overflowing(app), `${route} at ${run.width} px, ${run.scheme}`).toEqual([]);
      if (run.axe) await expectAccessible(app);
      if (route === '/products/cancel') await expectRadiosBesideLabels(app);
    }
  }
  // English words are longer in places ("Customer Center", the menu): 1024 px in light again
  await app.setViewportSize({ width: 1024, height: 800 });
  await app.emulateMedia({ colorScheme: 'light' });
  await switchToEnglish(app);
  await expect(app.getByRole('banner')).toContainText('Customer Center');
  for (const { route, shows } of SCREENS) {
    await visit(app, route, shows);
    expect(await overflowing(app), `${route} at 1024 px in English`).toEqual([]);
  }
});

test('a list sorted by a column opens sorted so after a restart', async ({
  app,
  sandbox,
  appDir,
  host,
}) => {
  await signIn(app, DEMO);
  await expect(app.getByTestId('customer-number')).toBeVisible({ timeout: 15_000 });
  await visit(app, '/products', '[data-testid="contract-row"]');
  const price = app.getByRole('columnheader', { name: 'Preis' });
  await price.getByRole('button').click();
  await price.getByRole('button').click();
  await expect(price).toHaveAttribute('aria-sort', 'descending');
  // the dearest per month first: Managed Server M (49,00 € a month)
  await expect(app.getByTestId('contract-row').first()).toContainText('Managed Server M');
  await host.stop();

  const again = await startWebHost(sandbox.url, appDir);
  try {
    await app.goto(again.url);
    await expect(app.getByTestId('customer-number')).toBeVisible({ timeout: 15_000 });
    await visit(app, '/products', '[data-testid="contract-row"]');
    await expect(app.getByRole('columnheader', { name: 'Preis' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(app.getByTestId('contract-row').first()).toContainText('Managed Server M');
  } finally {
    await again.stop();
  }
});
