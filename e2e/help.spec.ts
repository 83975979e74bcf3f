import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { expect, signIn, test } from './support/fixtures';
import { LIMITED } from './support/team';
import { switchToEnglish } from './support/language';

interface Texts {
  help: { articles: Record<string, { title: string }> };
}
const read = (lang: string) =>
  JSON.parse(
    readFileSync(join(__dirname, '..', 'src/shared/locales', `${lang}.help.json`), 'utf8'),
  ) as Texts;
const DE = read('de').help.articles;
const EN = read('en').help.articles;

/** Each article and the place its button must land on (signed in as the demo owner). */
const SIGNED_IN: readonly [id: string, target: string][] = [
  ['customerCenter', 'main-menu'],
  ['customerNumber', 'customer-number'],
  ['customerInformation', 'customer-data'],
  ['verification', 'verification'],
  ['inviteUsers', 'invite-user'],
  ['contacts', 'contacts-list'],
  ['billingMenu', 'billing-nav'],
  ['billingEmail', 'billing-email'],
  ['paymentMethods', 'payment-methods'],
  ['sepaMandate', 'sepa-mandate'],
  ['contracts', 'contract-list'],
  ['productCredentials', 'contract-list'],
  ['cancelContract', 'cancel-contract'],
  ['closingCompany', 'cancel-contract'],
  ['domainsMenu', 'domains-list'],
  ['domainContacts', 'domains-list'],
  ['supportMenu', 'support-nav'],
  ['openTicket', 'new-ticket'],
];

async function openHelp(app: Page): Promise<void> {
  await app.getByTestId('menu-help').getByRole('link').click();
  await expect(app.getByRole('heading', { name: 'Hilfe', level: 1 })).toBeVisible();
}

async function openArticle(app: Page, id: string): Promise<void> {
  await openHelp(app);
  await app.getByRole('main').getByRole('link', { name: DE[id]!.title, exact: true }).click();
  await expect(app.getByRole('heading', { name: DE[id]!.title, level: 2 })).toBeVisible();
}

/** Soft: one article landing wrong does not hide how the others land. */
async function expectHighlighted(app: Page, target: string): Promise<void> {
  const place = app.locator(`[data-help-target="${target}"]`);
  await expect.soft(place, target).toBeFocused();
  await expect.soft(place, target).toBeInViewport();
  await expect
    .soft(app.getByTestId('help-highlight-status'), target)
    .toHaveText('Die Stelle aus der Hilfe ist markiert und hat den Fokus.');
}

test('every help article opens its screen with the place it explains highlighted', async ({
  app,
}) => {
  // 20 articles, each a screen to load: longer than most
  test.setTimeout(300_000);
  await signIn(app);
  await expect(app.getByTestId('customer-number')).toBeVisible();

  expect(Object.keys(DE)).toHaveLength(20);
  for (const [id, target] of SIGNED_IN) {
    await openArticle(app, id);
    await app
      .getByRole('main')
      .getByRole('link', { name: /^Zum Bildschirm/ })
      .click();
    await expectHighlighted(app, target);
    // the parameter is dropped once done, so the same link works again
    await expect(app).not.toHaveURL(/help=/);
  }

  // the sign-in pages show only signed out: the article says so and signs out on request
  await openArticle(app, 'forgotPassword');
  await expect(app.getByRole('main')).toContainText('nur, wenn Sie abgemeldet sind');
  await app.getByRole('button', { name: 'Abmelden und Anmeldeseite zeigen' }).click();
  await expect(app.getByRole('heading', { name: 'Anmelden', level: 1 })).toBeVisible();
  await expectHighlighted(app, 'forgot-password');

  await signIn(app);
  await openArticle(app, 'signIn');
  await app.getByRole('button', { name: 'Abmelden und Anmeldeseite zeigen' }).click();
  await expectHighlighted(app, 'sign-in');
});

test('help search in German and English; axe on the list and an article', async ({ app }) => {
  await signIn(app);
  await openHelp(app);
  const main = app.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Abrechnung', level: 3 })).toBeVisible();
  await expectAccessible(app);

  const search = main.getByLabel('Hilfe durchsuchen');
  await search.fill('kundennr');
  const results = app.getByTestId('help-results');
  await expect(results.getByRole('link').first()).toHaveText(DE.customerNumber!.title);
  await search.fill('KÜNDIGUNG');
  await expect(results).toContainText(DE.cancelContract!.title);
  await search.fill('Zwiebelkuchen');
  await expect(app.getByTestId('help-search-status')).toContainText('Kein Artikel passt');
  await expectAccessible(app);

  await search.fill('lastschrift');
  await results.getByRole('link', { name: DE.sepaMandate!.title }).click();
  await expect(app.getByTestId('help-steps').getByRole('listitem')).toHaveCount(5);
  await expectAccessible(app);

  await switchToEnglish(app);
  await main.getByRole('link', { name: 'All help topics' }).click();
  const searchEn = main.getByLabel('Search help');
  await searchEn.fill('customer number');
  await expect(results.getByRole('link').first()).toHaveText(EN.customerNumber!.title);
  await searchEn.fill('Kundennummer');
  await expect(app.getByTestId('help-search-status')).toContainText('No article matches');
});

test('an article for a screen the user has no right for says so instead of a button', async ({
  app,
}) => {
  await signIn(app, LIMITED);
  await openArticle(app, 'billingEmail');
  await expect(app.getByTestId('help-no-right')).toContainText(
    'Ihnen fehlt das Recht „Rechnungen“',
  );
  await expect(app.getByRole('main').getByRole('link', { name: /^Zum Bildschirm/ })).toHaveCount(0);
});
