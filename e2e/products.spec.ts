import { join } from 'node:path';
import { expectAccessible } from './support/a11y';
import { DEMO, expect, signIn, test } from './support/fixtures';
import { recorded } from './support/processes';
import { openContract, openProducts, outbox, pdfText, waitForDownload } from './support/products';
import { LIMITED } from './support/team';

const HOSTING = 'Webhosting Business';

test('contracts with status and terms, filtered by status and type; a contract with its domains and invoices', async ({
  app,
}) => {
  await signIn(app);
  await openProducts(app);
  const rows = app.getByTestId('contract-row');
  expect(await rows.count()).toBeGreaterThanOrEqual(5);
  await expect(
    app.getByTestId('contract-status').filter({ hasText: /Gekündigt – endet am/ }),
  ).toHaveCount(1);
  await expectAccessible(app);

  await app.getByLabel('Produktart').selectOption('ssl');
  await expect(rows).toHaveCount(1);
  await app.getByLabel('Produktart').selectOption('all');
  await app.getByLabel('Status').selectOption('ended');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('contract-status')).toContainText('Beendet am');
  await app.getByLabel('Status').selectOption('all');

  await openContract(app, HOSTING);
  await expect(app.getByTestId('contract-terms')).toContainText('Kündigungsfrist3 Monate');
  await expect(app.getByTestId('contract-terms')).toContainText('14,99 € pro Monat');
  await expect(app.getByTestId('contract-domains')).toContainText('muster-webdesign.de');
  const invoiceLink = app.getByTestId('contract-invoices').getByRole('link').first();
  await expect(invoiceLink).toHaveAttribute('href', /^#\/billing\/invoices\/.+/);
  // 24 monthly invoices: the newest 20 with the contract, the older ones on request
  const invoiceRows = app.getByTestId('contract-invoices').getByRole('rowheader');
  await expect(invoiceRows).toHaveCount(20);
  await expect(app.getByTestId('contract-invoices-shown')).toHaveText('20 von 24 Rechnungen');
  await expectAccessible(app);
  await app.getByRole('button', { name: 'Ältere Rechnungen laden' }).click();
  await expect(invoiceRows).toHaveCount(24);
  await expect(app.getByRole('button', { name: 'Ältere Rechnungen laden' })).toHaveCount(0);
  await invoiceLink.click();
  await expect(app.getByRole('heading', { name: 'Abrechnung', level: 1 })).toBeVisible();
});

test('a colleague without the invoices and credentials rights sees the contract without them, told which right is missing', async ({
  app,
}) => {
  await signIn(app, LIMITED);
  await openProducts(app);
  await openContract(app, HOSTING);
  await expect(app.getByTestId('contract-domains')).toContainText('muster-webdesign.de');
  await expect(app.getByTestId('no-right-invoices')).toContainText('Recht „Rechnungen“');
  await expect(app.getByTestId('no-right-credentials')).toContainText('Recht „Zugangsdaten“');
  await expect(app.getByTestId('contract-invoices')).toHaveCount(0);
  await expect(app.getByRole('link', { name: 'Zugangsdaten anzeigen' })).toHaveCount(0);
  await expectAccessible(app);
});

test('credentials unlocked with the password, revealed and copied; offline with the sandbox stopped: unlocked again with the password, cancelling explained', async ({
  app,
  host,
  sandbox,
}) => {
  // stopping the sandbox and noticing it takes its time on a busy machine
  test.slow();
  await signIn(app);
  await openProducts(app);
  await openContract(app, HOSTING);

  // credentials: locked, then unlocked with the demo password
  await app.getByRole('link', { name: 'Zugangsdaten anzeigen' }).click();
  await expect(app.getByTestId('credentials-locked')).toBeVisible();
  await expectAccessible(app);
  await app.getByLabel('Passwort Ihres Kundenkontos', { exact: true }).fill(DEMO.password);
  await app.getByRole('button', { name: 'Entsperren' }).click();
  await expect(app.getByTestId('credentials-unlocked')).toBeVisible();
  const panel = app.getByTestId('credential').filter({ hasText: 'Kundenpanel' });
  await expect(panel.getByTestId('credential-username')).toHaveText('k100234-web');
  await panel.getByRole('button', { name: 'Passwort von Kundenpanel anzeigen' }).click();
  const password = panel.getByTestId('credential-password');
  await expect(password).not.toContainText('•');
  const secret = (await password.textContent())!.trim();
  expect(secret.length).toBeGreaterThanOrEqual(12);
  await panel.getByRole('button', { name: 'Passwort von Kundenpanel kopieren' }).click();
  await expect(app.getByTestId('credentials-notice')).toHaveText(
    'Passwort von Kundenpanel kopiert. Es wird in 30 s aus der Zwischenablage gelöscht.',
  );
  expect((await recorded(host)).clipboard).toBe(secret);
  await expectAccessible(app);

  // offline: the sandbox stops; the lock closes and opens again with the password alone
  await sandbox.stop();
  // the app notices by itself; "Erneut verbinden" is in the banner and, the sandbox still
  // down, leaves the app offline
  const offline = app.getByTestId('offline-banner');
  await expect(offline).toBeVisible({ timeout: 60_000 });
  await offline.getByRole('button', { name: 'Erneut verbinden' }).click();
  await expect(offline).toBeVisible();
  await app.getByRole('button', { name: 'Jetzt sperren' }).click();
  await expect(app.getByTestId('lock-offline')).toContainText('verschlüsselten Prüfwert');
  await expect(panel.getByTestId('credential-password')).not.toContainText(secret);
  await expectAccessible(app);
  await app.getByLabel('Passwort Ihres Kundenkontos', { exact: true }).fill(DEMO.password);
  await app.getByRole('button', { name: 'Entsperren' }).click();
  await expect(app.getByTestId('credentials-unlocked')).toBeVisible();
  await panel.getByRole('button', { name: 'Passwort von Kundenpanel anzeigen' }).click();
  await expect(panel.getByTestId('credential-password')).toHaveText(secret);
  // a password never revealed here was not kept: offline it is not there, and the app says why
  const ftp = app.getByTestId('credential').filter({ hasText: 'FTP-Zugang' });
  await ftp.getByRole('button', { name: 'Passwort von FTP-Zugang anzeigen' }).click();
  await expect(
    app.getByText(/nur Passwörter, die Sie hier schon angezeigt oder kopiert haben/),
  ).toBeVisible();
  await expect(
    panel.getByRole('button', { name: 'Passwort von Kundenpanel zurücksetzen' }),
  ).toHaveAttribute('aria-disabled', 'true');

  // offline, cancelling explains that it needs a connection
  await app.getByRole('link', { name: 'Zurück zum Vertrag' }).click();
  await app.getByRole('link', { name: 'Verträge hier kündigen' }).click();
  await expect(app.getByTestId('cancel-offline')).toContainText('nur mit Verbindung');
  await expect(app.getByRole('button', { name: 'jetzt kündigen' })).toHaveCount(0);
  await expectAccessible(app);
});

test('cancel on one page with "jetzt kündigen": receipt with date and time, PDF, confirmation e-mail; then revoke', async ({
  app,
  host,
  sandbox,
  appDir,
}) => {
  test.slow();
  await signIn(app);
  await openProducts(app);
  await openContract(app, HOSTING);
  await app.getByRole('link', { name: 'Verträge hier kündigen' }).click();
  await expect(app.getByRole('heading', { name: 'Vertrag kündigen', level: 2 })).toBeVisible();
  const endDate = app.getByLabel('Kündigen zum');
  await expect(endDate.locator('option').first()).toContainText('(frühestmöglich)');
  await expect(app.getByLabel('Wer kündigt?')).not.toHaveValue('');
  await expect(app.getByLabel('Bestätigung per E-Mail an')).toHaveValue(DEMO.email);
  await expect(app.getByTestId('closing-company-explanation')).toContainText(
    'kein Sonderkündigungsrecht',
  );
  await expectAccessible(app);

  // a later end date, then "Ich schließe meine Firma": back to the earliest regular one
  const earliest = await endDate.locator('option').first().getAttribute('value');
  await endDate.selectOption({ index: 1 });
  await app.getByLabel('Ich schließe meine Firma').check();
  await expect(endDate).toHaveValue(earliest!);
  await expect(endDate).toBeDisabled();

  await app.getByRole('button', { name: 'jetzt kündigen' }).click();
  await expect(app.getByRole('heading', { name: 'Kündigungsbestätigung', level: 2 })).toBeVisible();
  await expect(app.getByTestId('receipt-status')).toHaveText('Bestätigt');
  await expect(app.getByTestId('receipt-sent-at')).toHaveText(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
  const endText = (await app.getByTestId('receipt-end-date').textContent())!.trim();
  const [y, m, d] = earliest!.split('-');
  expect(endText).toBe(`${d}.${m}.${y}`);
  await expectAccessible(app);

  // the receipt as PDF
  await app.getByRole('button', { name: 'Als PDF speichern' }).click();
  await expect(app.getByTestId('receipt-saved')).toHaveText('Die Bestätigung ist gespeichert.');
  const saved = await waitForDownload(host, /^Kuendigung-.+\.pdf$/);
  const text = pdfText(join(appDir, 'downloads', saved));
  expect(text).toContain('Kündigungsbestätigung');
  expect(text).toContain(HOSTING);
  expect(text).toContain(endText);
  expect(text).toContain('K-100234');

  // the confirmation e-mail
  await expect
    .poll(async () => (await outbox(sandbox, DEMO.email)).map((mail) => mail.subject).join('\n'))
    .toMatch(/Kündigung/);
  const mail = (await outbox(sandbox, DEMO.email)).find((m) => /Kündigung/.test(m.subject))!;
  expect(mail.text).toContain(endText);

  // the detail says so, and the list shows it as cancelled
  await app.getByRole('link', { name: 'Zurück zum Vertrag' }).click();
  await expect(app.getByTestId('contract-cancellation')).toContainText(`Gekündigt zum ${endText}`);
  await app.getByRole('link', { name: 'Kündigungsbestätigung ansehen' }).click();

  // revoke until it takes effect
  await app.getByRole('button', { name: 'Kündigung widerrufen' }).click();
  const dialog = app.getByRole('dialog', { name: 'Kündigung widerrufen?' });
  await expectAccessible(app);
  await dialog.getByRole('button', { name: 'Kündigung widerrufen' }).click();
  await expect(app.getByTestId('revoked')).toContainText('Ihr Vertrag läuft weiter');
  await app.getByRole('link', { name: 'Zurück zum Vertrag' }).click();
  await expect(app.getByRole('link', { name: 'Verträge hier kündigen' })).toBeVisible();
  await expect(app.getByTestId('contract-terms').getByTestId('contract-status')).toHaveText(
    'Aktiv',
  );
});
