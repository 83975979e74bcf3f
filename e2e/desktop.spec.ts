/**
 * The desktop around the app, as far as a browser can show it: kundencenter:// links handed to
 * the app (the web host's test endpoint feeds the same core.openDeepLink the Electron shell
 * calls for open-url, second-instance and the first start).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Settings } from '../src/shared/domain';
import { expectAccessible } from './support/a11y';
import { expect, signIn, test } from './support/fixtures';
import { startWebHost, tempDir, type Running } from './support/processes';
import { openContract, openProducts } from './support/products';
import { notifications, openSupport, replyToNotification, staffReply } from './support/tickets';

const HOSTING = 'Webhosting Business';

/** Hands a link to the app as the OS would; answers whether the app opened it. */
async function openLink(host: Running, link: string): Promise<boolean> {
  const url = new URL(host.url);
  const response = await fetch(new URL('/__kc/deep-link', url.origin), {
    method: 'POST',
    headers: { 'x-kc-token': url.searchParams.get('kc') ?? '', 'content-type': 'application/json' },
    body: JSON.stringify({ url: link }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { opened: boolean }).opened;
}

/** The id a list's link points at: "#/products/<id>" → "<id>". */
async function idFromLink(app: Page, name: string, prefix: string): Promise<string> {
  const href = await app.getByRole('link', { name, exact: true }).first().getAttribute('href');
  expect(href).toMatch(new RegExp(`^#${prefix}/[^/]+$`));
  return decodeURIComponent(href!.slice(prefix.length + 2));
}

test('valid deep links open their screen; invalid ones change nothing and are logged', async ({
  app,
  host,
}) => {
  await signIn(app);
  await openProducts(app);
  const contractId = await idFromLink(app, HOSTING, '/products');
  await openContract(app, HOSTING);
  const invoiceLink = app.getByTestId('contract-invoices').getByRole('link').first();
  const invoiceHref = (await invoiceLink.getAttribute('href'))!;
  const invoiceId = decodeURIComponent(invoiceHref.replace('#/billing/invoices/', ''));
  const invoiceNumber = (await invoiceLink.innerText()).match(/RE-\d{4}-\d{6}/)![0];

  // the bare scheme: the dashboard
  expect(await openLink(host, 'kundencenter://')).toBe(true);
  await expect(app).toHaveURL(/#\/$/);

  // a contract, then an invoice, each as the person would see it after a click
  expect(await openLink(host, `kundencenter://contract/${contractId}`)).toBe(true);
  await expect(app).toHaveURL(new RegExp(`#/products/${contractId}$`));
  await expect(
    app.getByRole('main').getByRole('heading', { name: HOSTING, level: 2 }),
  ).toBeVisible();

  expect(await openLink(host, `kundencenter://invoice/${invoiceId}/`)).toBe(true);
  await expect(app).toHaveURL(new RegExp(`#/billing/invoices/${invoiceId}$`));
  await expect(
    app.getByRole('main').getByRole('heading', { name: `Rechnung ${invoiceNumber}` }),
  ).toBeVisible();
  await expectAccessible(app);

  // a help article and the settings (links a help text or a mail could carry)
  expect(await openLink(host, 'kundencenter://help/customerNumber')).toBe(true);
  await expect(app).toHaveURL(/#\/help\/customerNumber$/);
  await expect(
    app.getByRole('main').getByRole('heading', { name: 'Wo finde ich meine Kundennummer?' }),
  ).toBeVisible();
  expect(await openLink(host, 'kundencenter://settings')).toBe(true);
  await expect(app).toHaveURL(/#\/settings$/);
  await expect(
    app.getByRole('main').getByRole('heading', { name: 'Einstellungen', level: 1 }),
  ).toBeVisible();
  expect(await openLink(host, `kundencenter://invoice/${invoiceId}`)).toBe(true);
  await expect(app).toHaveURL(new RegExp(`#/billing/invoices/${invoiceId}$`));

  // refused: the screen stays, and each refusal is a line in the log
  const refused = [
    'https://kundencenter.example/ticket/1',
    'kundencenter://user:geheim@ticket/1',
    'kundencenter://invoice/../../settings',
    `kundencenter://invoice/${invoiceId}?download=1`,
    'kundencenter://users/u-1',
    'kundencenter://contract/a%2Fb',
  ];
  const loggedBefore = host.output.filter((line) => line.includes('deep link ignored')).length;
  for (const link of refused) expect(await openLink(host, link), link).toBe(false);
  await expect(app).toHaveURL(new RegExp(`#/billing/invoices/${invoiceId}$`));
  await expect
    .poll(() => host.output.filter((line) => line.includes('deep link ignored')).length)
    .toBe(loggedBefore + refused.length);
  // the log names why, never what a link carried
  expect(host.output.join('\n')).not.toContain('geheim');
});

test('the deep-link endpoint is for this run only: no token, no navigation', async ({
  app,
  host,
}) => {
  await signIn(app);
  await expect(app.getByRole('navigation', { name: 'Kundencenter' })).toBeVisible();
  const origin = new URL(host.url).origin;
  const response = await fetch(new URL('/__kc/deep-link', origin), {
    method: 'POST',
    headers: { 'x-kc-token': 'wrong', 'content-type': 'application/json' },
    body: JSON.stringify({ url: 'kundencenter://settings' }),
  });
  expect(response.status).toBe(403);
  expect(app.url()).not.toContain('settings');
});

test('Ctrl+/ lists the shortcuts; Ctrl +, −, 0 zoom the page and the tab keeps its zoom', async ({
  app,
}) => {
  await signIn(app);
  const signOut = app.getByRole('button', { name: 'Abmelden' });
  await signOut.focus();

  // the overview: every shortcut a browser tab has, none only the desktop menu has
  await app.keyboard.press('Control+/');
  const overview = app.getByRole('dialog', { name: 'Tastenkürzel' });
  await expect(overview).toBeVisible();
  await expect(overview.getByRole('term')).toHaveText([
    'Suchen (Rechnungen, Verträge, Tickets, Domains, Hilfe)',
    'Kundencenter jetzt sperren',
    'Vergrößern',
    'Verkleinern',
    'Originalgröße',
    'Diese Übersicht',
    'Dialog schließen',
  ]);
  await expect(overview.getByRole('definition').first()).toHaveText('Strg + K');
  await expect(overview.getByRole('button', { name: 'Schließen' })).toBeFocused();
  await expectAccessible(app);
  await app.keyboard.press('Escape');
  await expect(overview).toBeHidden();
  await expect(signOut).toBeFocused();

  const zoom = () => app.evaluate(() => document.documentElement.style.getPropertyValue('zoom'));
  await app.keyboard.press('Control+=');
  await app.keyboard.press('Control+=');
  await expect(app.getByTestId('zoom-status')).toHaveText('Zoom: 125 %');
  expect(await zoom()).toBe('1.25');
  await app.keyboard.press('Control+-');
  await expect(app.getByTestId('zoom-status')).toHaveText('Zoom: 110 %');

  // a reload of the tab opens at its zoom, as the desktop window opens at its own
  await app.reload();
  await expect(app.getByRole('navigation', { name: 'Kundencenter' })).toBeVisible();
  await expect.poll(zoom).toBe('1.1');
  await app.keyboard.press('Control+0');
  await expect.poll(zoom).toBe('');
});

/** Tells the app what the OS would: the screen locked, or the machine idle this long. */
async function reportScreen(host: Running, report: object): Promise<void> {
  const url = new URL(host.url);
  const response = await fetch(new URL('/__kc/screen', url.origin), {
    method: 'POST',
    headers: { 'x-kc-token': url.searchParams.get('kc') ?? '', 'content-type': 'application/json' },
    body: JSON.stringify(report),
  });
  expect(response.status).toBe(204);
}

test('the app locks with the screen and by Ctrl+L: nothing shown or answered until the password, nothing typed lost', async ({
  app,
  host,
}) => {
  await signIn(app);
  await openSupport(app, 'Ticket eröffnen');
  await app.getByLabel('Betreff').fill('Frage zur Rechnung');

  await reportScreen(host, { away: 'screen-locked' });
  const lockScreen = app.getByRole('main', { name: 'Kundencenter gesperrt' });
  await expect(lockScreen).toBeVisible();
  await expect(lockScreen).toContainText('als der Bildschirm gesperrt wurde');
  await expect(app.getByRole('navigation', { name: 'Kundencenter' })).toBeHidden();
  await expect(app.getByLabel('Passwort')).toBeFocused();
  await expectAccessible(app);
  // the core itself refuses the invoices while locked, not only the window
  const refused = await app.evaluate(async () => {
    const result = (await (
      window as unknown as { kc: { invoke(c: string): Promise<unknown> } }
    ).kc.invoke('invoices:list')) as { ok: boolean; error?: { code: string } };
    return result.ok ? 'answered' : result.error?.code;
  });
  expect(refused).toBe('app_locked');

  await app.getByRole('button', { name: 'Entsperren' }).click();
  await expect(app.getByText('Bitte geben Sie Ihr Passwort ein.')).toBeVisible();
  await app.getByLabel('Passwort').fill('falsch-falsch');
  await app.getByRole('button', { name: 'Entsperren' }).click();
  await expect(
    lockScreen.getByText('Das Passwort ist nicht korrekt. Bitte versuchen Sie es erneut.'),
  ).toBeVisible();
  await app.getByLabel('Passwort').fill('Demo-Passwort-2026');
  await app.getByRole('button', { name: 'Entsperren' }).click();
  await expect(lockScreen).toBeHidden();
  await expect(app.getByLabel('Betreff')).toHaveValue('Frage zur Rechnung');

  // Ctrl+L locks by hand; a reload (a restart of the window) opens locked again
  await app.keyboard.press('Control+l');
  await expect(lockScreen).toBeVisible();
  await expect(lockScreen).toContainText('Das Kundencenter wurde gesperrt.');
  await app.reload();
  await expect(lockScreen).toBeVisible();
  await app.getByLabel('Passwort').fill('Demo-Passwort-2026');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('navigation', { name: 'Kundencenter' })).toBeVisible();
});

test('a staff reply answered in the notification goes to the ticket; an empty answer is refused', async ({
  app,
  host,
  sandbox,
}) => {
  await signIn(app);
  await openSupport(app, 'Tickets');
  const first = app.getByTestId('ticket-row').first().getByRole('link');
  const id = decodeURIComponent(
    (await first.getAttribute('href'))!.replace('#/support/tickets/', ''),
  );

  const before = (await notifications(host)).length;
  await staffReply(sandbox.url, id, 'Bitte prüfen Sie, ob es jetzt geht.');
  await expect
    .poll(async () => (await notifications(host)).slice(before).map((n) => n.target))
    .toContainEqual({ kind: 'ticket', id, reply: true });
  const shown = await notifications(host);
  const index = shown.findIndex((n, i) => i >= before && n.target?.id === id);
  // the notification is titled with the ticket's subject
  const subject = shown[index]!.title;

  expect(await replyToNotification(host, index, '   ')).toBe(false);
  expect(await replyToNotification(host, index, 'Ja, danke – jetzt geht es.')).toBe(true);
  await first.click();
  await expect(app.getByRole('heading', { name: subject, level: 2 })).toBeVisible();
  await expect(
    app.getByTestId('thread-message').filter({ hasText: 'Ja, danke – jetzt geht es.' }),
  ).toHaveAttribute('data-author', 'customer');
});

test('after an update "Neu in dieser Version" shows the feed’s notes once, as text', async ({
  page,
  sandbox,
}) => {
  const appDir = tempDir('app');
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  // the state an update leaves: an older version seen, the new release's notes kept
  writeFileSync(join(appDir, 'settings.json'), JSON.stringify({ lastSeenVersion: '0.0.1' }));
  writeFileSync(
    join(appDir, 'release-notes.json'),
    JSON.stringify({
      version,
      notes: ['E-Rechnung als XRechnung speichern', '<img src=x onerror=alert(1)>App-Sperre'],
    }),
  );
  const host = await startWebHost(sandbox.url, appDir);
  try {
    await page.goto(host.url);
    await signIn(page);
    const dialog = page.getByRole('dialog', { name: `Neu in Version ${version}` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('listitem')).toHaveText([
      'E-Rechnung als XRechnung speichern',
      'App-Sperre',
    ]);
    await expect(dialog.locator('img')).toHaveCount(0);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Verstanden' }).click();
    await expect(dialog).toBeHidden();
    await expect
      .poll(
        () =>
          (JSON.parse(readFileSync(join(appDir, 'settings.json'), 'utf8')) as Settings)
            .lastSeenVersion,
      )
      .toBe(version);

    // seen: not again after a reload
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Kundencenter' })).toBeVisible();
    await expect(page.getByTestId('customer-number')).toBeVisible();
    await expect(dialog).toBeHidden();
  } finally {
    await host.stop();
  }
});
