/**
 * Figures a person reads must be true (issue 15): one English sign-in walks the screens whose
 * numbers, dates and texts were wrong, so each stays caught.
 */
import type { Page } from '@playwright/test';
import { germanWordIn } from '../src/shared/testing/german-text';
import { expectAccessible } from './support/a11y';
import { DEMO, expect, test } from './support/fixtures';

const EN_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** "17/12/2026" → "2026-12-17"; fails on anything else (a US date would fail here too). */
function isoOfEnglishDate(text: string | null): string {
  const m = EN_DATE.exec((text ?? '').trim());
  expect(m, `an en-GB date, got ${text}`).not.toBeNull();
  const [, day, month, year] = m!;
  expect(Number(month)).toBeLessThanOrEqual(12);
  return `${year}-${month}-${day}`;
}

async function signInEnglish(app: Page): Promise<void> {
  await app.getByLabel('Sprache').selectOption('en');
  await app.getByLabel('Email address').fill(DEMO.email);
  await app.getByLabel('Password', { exact: true }).fill(DEMO.password);
  await app.getByRole('button', { name: 'Sign in' }).click();
  await expect(app.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
}

async function open(app: Page, link: string, heading: string): Promise<void> {
  await app
    .getByRole('navigation', { name: 'Customer Center' })
    .getByRole('link', { name: link })
    .click();
  await expect(app.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

/** The German words left in what the main area shows (its own texts, not the customer's data). */
async function germanIn(app: Page): Promise<string[]> {
  const lines = (await app.getByRole('main').innerText()).split('\n');
  return lines.filter((line) => germanWordIn(line) !== null);
}

test('in English: overdue and next due apart, dates day-month-year, no German left', async ({
  app,
}) => {
  await signInEnglish(app);
  const today = new Date().toISOString().slice(0, 10);

  await open(app, 'Billing', 'Billing');
  const nextDue = isoOfEnglishDate(await app.getByTestId('overview-next-due').textContent());
  const since = (await app.getByTestId('overview-overdue-since').textContent()) ?? '';
  const overdueSince = isoOfEnglishDate(/Overdue since (\S+)\./.exec(since)?.[1] ?? since);
  expect(overdueSince < today).toBe(true);
  expect(nextDue >= today).toBe(true);
  await expect(app.getByText(/^Last updated: \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}$/)).toBeVisible();
  expect(await germanIn(app)).toEqual([]);

  // two contacts of one organisation never read alike in the domain's contact lists
  await open(app, 'Domains', 'Domains');
  await expect(app.getByTestId('domain-row').first()).toBeVisible();
  const domainNames = (await app.locator('.domain-table__name').allTextContents()).sort();
  await app
    .getByRole('main')
    .getByRole('link', { name: 'muster-webdesign.de', exact: true })
    .click();
  const owner = app.getByRole('main').getByLabel('Owner', { exact: true });
  await expect.poll(() => owner.locator('option').count()).toBeGreaterThan(2);
  const labels = await owner.locator('option').allTextContents();
  expect(new Set(labels).size).toBe(labels.length);

  // phone numbers as people write them, countries by name in the UI language
  await open(app, 'Customer information', 'Customer information');
  await expect(
    app.getByRole('main').getByText('Musterstraße 12, 10115 Berlin, Germany'),
  ).toBeVisible();
  await open(app, 'Contacts', 'Contacts');
  const lena = app.getByRole('row', { name: /Lena Schmidt/ });
  await expect(lena).toContainText('+49 40 555123');
  // a postal code is checked for the country of the address, at its field
  await app.getByRole('button', { name: 'New contact' }).click();
  const postal = app.getByLabel('Postal code');
  await postal.fill('1011');
  await app.getByRole('button', { name: 'Save contact' }).click();
  await expect(postal).toHaveAttribute('aria-invalid', 'true');
  await expect(
    app.getByText('This postal code does not have the format of the chosen country.'),
  ).toBeVisible();
  await expect(postal).toHaveValue('1011');
  await app.getByRole('button', { name: 'Cancel' }).click();

  // a pasted subject past its limit stays whole, is counted and refused, never cut
  await open(app, 'Support', 'Support');
  await app.getByRole('link', { name: 'Open a ticket' }).first().click();
  // "Concerns" offers exactly the domains of the Domains screen
  const concerns = app.getByLabel('Concerns (optional)');
  await expect
    .poll(() => concerns.locator('optgroup[label="Domains"] option').count())
    .toBeGreaterThan(0);
  const offered = await concerns.locator('optgroup[label="Domains"] option').allTextContents();
  expect(offered.sort()).toEqual(domainNames);
  const subject = app.getByLabel('Subject');
  await subject.fill('Mail '.repeat(41));
  await expect(subject).toHaveValue('Mail '.repeat(41));
  await expect(app.getByTestId('new-ticket-subject-counter')).toHaveText(
    '4 characters too many (at most 200)',
  );
  await app.getByRole('button', { name: 'Open ticket' }).click();
  await expect(app.getByText('The subject is too long: at most 200 characters.')).toBeVisible();

  // search: grouped by kind with a count and "show all"; real data before the help
  await app.keyboard.press('Control+k');
  const dialog = app.getByRole('dialog', { name: 'Search' });
  const field = dialog.getByRole('combobox');
  await field.fill('88.05');
  const invoices = dialog.getByTestId('search-group-invoice');
  await expect(invoices).toHaveAttribute('aria-label', /^Invoices \(\d+\)$/);
  const total = Number(/\((\d+)\)/.exec((await invoices.getAttribute('aria-label'))!)![1]);
  expect(total).toBeGreaterThan(5);
  await expect(invoices.locator('[data-kind="invoice"]')).toHaveCount(5);
  await invoices.getByRole('option', { name: `Show all ${total}` }).click();
  await expect(invoices.locator('[data-kind="invoice"]')).toHaveCount(total);
  // "rechnung" (either language) finds the invoices; "invoice" them before the help about them
  await field.fill('rechnung');
  await expect(dialog.getByRole('group').first()).toHaveAttribute('aria-label', /^Invoices/);
  await field.fill('invoice');
  await expect(dialog.getByRole('group').first()).toHaveAttribute('aria-label', /^Invoices/);
  await expect(dialog.getByRole('group').last()).toHaveAttribute('aria-label', /^Help/);
  await expectAccessible(app);
  await app.keyboard.press('Escape');

  // "Customer Center" fits the header at 1024 px: nothing in it wider than its box
  await app.setViewportSize({ width: 1024, height: 768 });
  const overflowing = await app
    .locator('header, header *')
    .evaluateAll((elements) =>
      elements
        .filter(
          (e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible',
        )
        .map((e): string => String(e.className)),
    );
  expect(overflowing).toEqual([]);
  const header = app.locator('header').first();
  expect(await header.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
  await expect(header.getByText('Customer Center', { exact: true })).toBeVisible();
  await app.setViewportSize({ width: 1280, height: 800 });

  await app.getByRole('link', { name: 'Settings' }).first().click();
  await expect(app.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  expect(await germanIn(app)).toEqual([]);
});
