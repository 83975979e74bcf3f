/**
 * The global search (Ctrl+K) through the web host: an invoice, a contract and a ticket found
 * by number and opened with Enter; a contact by name; the help in the language shown; with
 * the sandbox stopped the same search still answers from the cache; axe on the open dialog.
 */
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { DEMO, expect, signIn, test } from './support/fixtures';

interface Listed<T> {
  items: T[];
}

/** What the demo account holds, asked of the sandbox API directly (a session of its own). */
async function demoData(apiUrl: string) {
  const login = await fetch(new URL('/v1/auth/login', apiUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(DEMO),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(new URL(path, apiUrl), {
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  const invoices = await get<Listed<{ id: string; number: string }>>('/v1/invoices');
  const contracts =
    await get<Listed<{ id: string; contractNumber: string; productName: string }>>('/v1/contracts');
  const tickets = await get<Listed<{ id: string; number: string; subject: string }>>('/v1/tickets');
  return {
    invoice: invoices.items[invoices.items.length - 1]!,
    contract: contracts.items[0]!,
    ticket: tickets.items[0]!,
  };
}

const searchDialog = (app: Page) => app.getByRole('dialog', { name: 'Suche' });
const searchField = (app: Page) => searchDialog(app).getByRole('combobox', { name: 'Suchbegriff' });

async function openWithShortcut(app: Page): Promise<void> {
  await app.keyboard.press('Control+k');
  await expect(searchDialog(app)).toBeVisible();
  await expect(searchField(app)).toBeFocused();
}

test('Ctrl+K finds an invoice, a contract and a ticket by number and Enter opens each', async ({
  app,
  sandbox,
}) => {
  const demo = await demoData(sandbox.url);
  await signIn(app);
  await expect(app.getByRole('heading', { name: 'Übersicht' })).toBeVisible();

  // the invoice: its exact number is the first result, Enter opens its screen
  await openWithShortcut(app);
  await searchField(app).fill(demo.invoice.number);
  const first = searchDialog(app).getByRole('option').first();
  await expect(first).toContainText(demo.invoice.number);
  await expect(first).toContainText('Rechnung');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(searchField(app)).toHaveAttribute(
    'aria-activedescendant',
    (await first.getAttribute('id'))!,
  );
  await expectAccessible(app);
  await app.keyboard.press('Enter');
  await expect(searchDialog(app)).toHaveCount(0);
  await expect(
    app.getByRole('main').getByRole('heading', { name: `Rechnung ${demo.invoice.number}` }),
  ).toBeVisible();
  expect(app.url()).toContain(`#/billing/invoices/${demo.invoice.id}`);

  // the contract, found by its number
  await openWithShortcut(app);
  await searchField(app).fill(demo.contract.contractNumber);
  await expect(searchDialog(app).getByRole('option').first()).toContainText(
    demo.contract.productName,
  );
  await app.keyboard.press('Enter');
  await expect(app.getByRole('main').getByText(demo.contract.contractNumber).first()).toBeVisible();
  expect(app.url()).toContain(`#/products/${demo.contract.id}`);

  // the ticket, by its number; arrow keys walk the list, Escape closes and focus comes back
  await openWithShortcut(app);
  await searchField(app).fill(demo.ticket.number);
  await expect(searchDialog(app).getByRole('option').first()).toContainText(demo.ticket.subject);
  await app.keyboard.press('Enter');
  await expect(
    app.getByRole('main').getByRole('heading', { name: demo.ticket.subject }),
  ).toBeVisible();
  expect(app.url()).toContain(`#/support/tickets/${demo.ticket.id}`);

  // the header's button for mouse users; Escape gives focus back to it
  const button = app.getByRole('button', { name: 'Suchen' });
  await button.click();
  await searchField(app).fill('Passwort');
  await expect(searchDialog(app).getByRole('option').first()).toContainText('Hilfe');
  expect(await searchDialog(app).getByRole('option').count()).toBeGreaterThan(1);
  await app.keyboard.press('ArrowDown');
  await expect(searchDialog(app).getByRole('option').nth(1)).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await app.keyboard.press('Escape');
  await expect(searchDialog(app)).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('with the sandbox stopped the search still answers from the cache', async ({
  app,
  sandbox,
}) => {
  const demo = await demoData(sandbox.url);
  await signIn(app);
  await expect(app.getByRole('heading', { name: 'Übersicht' })).toBeVisible();
  // the ticket opened once online, so its thread is stored too (lists are stored whole,
  // a ticket's thread when it is first opened)
  await openWithShortcut(app);
  await searchField(app).fill(demo.ticket.number);
  await expect(searchDialog(app).getByRole('option').first()).toContainText(demo.ticket.number);
  await app.keyboard.press('Enter');
  await expect(
    app.getByRole('main').getByRole('heading', { name: demo.ticket.subject }),
  ).toBeVisible();

  await sandbox.stop();
  await expect(app.getByTestId('offline-banner')).toBeVisible({ timeout: 30_000 });

  await app
    .getByRole('navigation', { name: 'Kundencenter' })
    .getByRole('link', { name: 'Übersicht' })
    .click();
  await openWithShortcut(app);
  await searchField(app).fill(demo.invoice.number);
  await expect(searchDialog(app).getByRole('option').first()).toContainText(demo.invoice.number);
  await searchField(app).fill(demo.contract.productName);
  await expect(searchDialog(app).getByRole('option').first()).toContainText(
    demo.contract.contractNumber,
  );
  await searchField(app).fill(demo.ticket.number);
  await expect(searchDialog(app).getByRole('option').first()).toContainText(demo.ticket.subject);
  await app.keyboard.press('Enter');
  await expect(
    app.getByRole('main').getByRole('heading', { name: demo.ticket.subject }),
  ).toBeVisible();
});
