import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { DEMO, expect, signIn, test } from './support/fixtures';
import { recorded, type Running } from './support/processes';

async function openBilling(app: Page, section?: string): Promise<void> {
  await app
    .getByRole('navigation', { name: 'Kundencenter' })
    .getByRole('link', { name: 'Abrechnung' })
    .click();
  await expect(app.getByRole('heading', { name: 'Abrechnung', level: 1 })).toBeVisible();
  if (section) {
    await app
      .getByRole('navigation', { name: 'Bereiche der Abrechnung' })
      .getByRole('link', { name: section })
      .click();
  }
}

async function waitForDownload(host: Running, name: RegExp): Promise<string> {
  await expect
    .poll(async () => (await recorded(host)).downloads?.map((d) => d.name) ?? [])
    .toContainEqual(expect.stringMatching(name));
  const entry = (await recorded(host)).downloads!.find((d) => name.test(d.name))!;
  return entry.name;
}

/** Words of a PDF with their boxes, from poppler's pdftotext -bbox. */
function pdfWords(
  file: string,
): { word: string; xMin: number; yMin: number; pageWidth: number; pageHeight: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], {
    encoding: 'utf8',
  });
  const page = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html)!;
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
    (m) => ({
      word: m[3]!,
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      pageWidth: Number(page[1]),
      pageHeight: Number(page[2]),
    }),
  );
}

test('overview, invoice list with filters and search, an invoice with its PDF saved', async ({
  app,
  host,
  appDir,
}) => {
  await signIn(app);
  const customerNumber = (await app.getByTestId('customer-number').textContent())!.trim();
  await openBilling(app);
  await expect(app.getByText('Offener Betrag')).toBeVisible();
  await expect(app.getByText('Davon überfällig')).toBeVisible();
  await expect(app.getByText('Kein Mandat erteilt')).toBeVisible();
  await expectAccessible(app);

  await openBilling(app, 'Rechnungen');
  const rows = app.getByTestId('invoice-row');
  await expect(rows.first()).toBeVisible();
  const count = app.getByTestId('invoice-count');
  await expect(count).toContainText(/\d+ Rechnungen/);
  await expectAccessible(app);

  // the overdue one, by status filter
  await app.getByLabel('Status').selectOption({ label: 'Überfällig' });
  await expect(count).toContainText('1 von');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Überfällig');
  const overdueNumber = (await rows.first().textContent())!.match(/RE-\d{4}-\d{6}/)![0];
  await app.getByRole('button', { name: 'Filter zurücksetzen' }).click();

  // search by number, then by amount in German notation
  await app.getByLabel('Suche nach Rechnungsnummer oder Betrag').fill(overdueNumber);
  await expect(rows).toHaveCount(1);
  const cells = (await rows.first().innerText()).split(/\s+/);
  const amount = cells.find((cell) => /^\d{1,3}(?:\.\d{3})*,\d{2}$/.test(cell))!;
  await app.getByLabel('Suche nach Rechnungsnummer oder Betrag').fill(amount);
  await expect(rows.filter({ hasText: overdueNumber })).toHaveCount(1);
  await app.getByLabel('Suche nach Rechnungsnummer oder Betrag').fill(overdueNumber);

  // the invoice itself: lines, taxes, the PDF inside the app, "Speichern unter …"
  await rows.first().getByRole('link').first().click();
  await expect(app.getByRole('heading', { name: `Rechnung ${overdueNumber}` })).toBeVisible();
  await expect(app.getByTestId('invoice-lines')).toContainText('19');
  await expect(app.getByTestId('invoice-taxes')).toBeVisible();
  await expect(app.getByTestId('pdf-canvas')).toBeVisible();
  await expectAccessible(app);
  await app.getByRole('button', { name: 'Speichern unter …' }).click();
  const saved = await waitForDownload(host, new RegExp(`Rechnung-${overdueNumber}\\.pdf`));
  const words = pdfWords(join(appDir, 'downloads', saved));
  const number = words.find((w) => w.word === customerNumber);
  expect(number, `customer number ${customerNumber} in the PDF`).toBeTruthy();
  expect(number!.xMin).toBeGreaterThan(number!.pageWidth * 0.6);
  expect(number!.yMin).toBeLessThan(number!.pageHeight * 0.25);
  expect(words.map((w) => w.word)).toContain(overdueNumber);
});

test('offline: synced invoices and their PDFs open with the sandbox stopped; the year archive is exported', async ({
  app,
  host,
  sandbox,
  appDir,
}) => {
  await signIn(app);
  await openBilling(app, 'Rechnungen');
  const rows = app.getByTestId('invoice-row');
  await expect(rows.first()).toBeVisible();
  const first = (await rows.first().textContent())!.match(/RE-(\d{4})-\d{6}/)!;
  const [number, year] = [first[0], first[1]!];
  // the background prefetch stores detail and PDF of each of the 26 demo invoices (all within
  // the default three years), besides the list and the other documents
  await expect
    .poll(() => readdirSync(join(appDir, 'cache')).length, { timeout: 60_000 })
    .toBeGreaterThanOrEqual(2 * 26 + 4);

  await sandbox.stop();
  // the app notices by itself; "Erneut verbinden" is in the banner and, the sandbox still
  // down, leaves the app offline
  const offline = app.getByTestId('offline-banner');
  await expect(offline).toBeVisible({ timeout: 60_000 });
  await offline.getByRole('button', { name: 'Erneut verbinden' }).click();
  await expect(offline).toBeVisible();
  await app.getByLabel('Suche nach Rechnungsnummer oder Betrag').fill(number);
  await rows.first().getByRole('link').first().click();
  await expect(app.getByRole('heading', { name: `Rechnung ${number}` })).toBeVisible();
  await expect(app.getByTestId('pdf-canvas')).toBeVisible();
  await expectAccessible(app);

  // printed offline from the cached PDF: at print time only the invoice's pages are visible
  await app.emulateMedia({ media: 'print' });
  await app.evaluate(() => {
    const record = window as unknown as { printed?: { pages: number; menu: string; page: string } };
    window.print = () => {
      const visibility = (selector: string) =>
        getComputedStyle(document.querySelector(selector)!).visibility;
      record.printed = {
        pages: document.querySelectorAll('.pdf__pages canvas').length,
        menu: visibility('nav'),
        page: visibility('.pdf__pages canvas'),
      };
    };
  });
  await app.getByRole('button', { name: 'Drucken …' }).click();
  const printed = await app.evaluate(
    () =>
      (window as unknown as { printed?: { pages: number; menu: string; page: string } }).printed,
  );
  expect(printed?.pages).toBeGreaterThan(0);
  expect(printed).toMatchObject({ menu: 'hidden', page: 'visible' });
  // after the dialog the window prints as it is again (Ctrl+P of another screen)
  expect(await app.evaluate(() => document.documentElement.dataset.printing ?? null)).toBeNull();
  await app.emulateMedia({ media: null });

  await openBilling(app);
  await app.getByLabel('Jahr').selectOption(year);
  await app.getByRole('button', { name: 'Archiv exportieren' }).click();
  await expect(app.getByTestId('export-result')).toContainText(/Rechnung(en)? exportiert/);
  const zipName = await waitForDownload(host, new RegExp(`Rechnungen-${year}\\.zip`));
  const files = unzipSync(readFileSync(join(appDir, 'downloads', zipName)));
  const csvBytes = files[`Rechnungen-${year}.csv`]!;
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads UTF-8
  const csv = strFromU8(csvBytes);
  expect(csv).toContain('Rechnungsnummer;Rechnungsdatum;Fälligkeit;Netto;USt;Brutto;Status');
  expect(csv).toContain(number);
  const pdfs = Object.keys(files).filter((name) => name.endsWith('.pdf'));
  expect(pdfs.length).toBeGreaterThan(0);
  expect(pdfs).toContain(`Rechnung-${number}.pdf`);
  expect(strFromU8(files[`Rechnung-${number}.pdf`]!.subarray(0, 5))).toBe('%PDF-');
});

test('statement with return debit, payment methods, SEPA mandate with step-up, billing e-mail', async ({
  app,
}) => {
  await signIn(app);
  await openBilling(app, 'Kontoauszug');
  await expect(app.getByTestId('statement-balance')).toBeVisible();
  const statement = app.getByTestId('statement-table');
  await expect(statement).toContainText('Rücklastschrift');
  await expect(statement).toContainText('Rücklastschriftgebühr');
  await expect(statement).toContainText('3,00');
  await expectAccessible(app);

  await openBilling(app, 'Zahlungsarten');
  for (const kind of ['sepa_direct_debit', 'bank_transfer', 'paypal', 'credit_card']) {
    await expect(app.getByTestId(`payment-method-${kind}`)).toBeVisible();
  }
  await expect(
    app.getByTestId('payment-method-bank_transfer').getByTestId('current-payment-method'),
  ).toBeVisible();
  await app
    .getByTestId('payment-method-paypal')
    .getByRole('button', { name: 'Als Standard festlegen' })
    .click();
  await expect(
    app.getByTestId('payment-method-paypal').getByTestId('current-payment-method'),
  ).toBeVisible();
  // SEPA needs a mandate first: the server says so and the app explains it
  await app
    .getByTestId('payment-method-sepa_direct_debit')
    .getByRole('button', { name: 'Als Standard festlegen' })
    .click();
  await expect(app.getByRole('alert').first()).toBeVisible();
  await expectAccessible(app);

  await openBilling(app, 'SEPA-Lastschriftmandat');
  await expect(app.getByTestId('sepa-creditor-id')).toHaveText(/^DE\d{2}ZZZ0\d{10}$/);
  await expect(app.getByTestId('sepa-next-reference')).toHaveText(/^CMO-/);
  await expect(app.getByTestId('sepa-refund-note')).toContainText('acht Wochen');
  await app.getByLabel('Kontoinhaber').fill('Muster Webdesign GmbH');
  const iban = app.getByLabel('IBAN', { exact: true });
  await iban.fill('DE89370400440532013001');
  await iban.blur();
  await expect(app.getByRole('alert').first()).toBeVisible(); // wrong check digits
  await iban.fill('de89370400440532013000');
  await expect(iban).toHaveValue('DE89 3704 0044 0532 0130 00');
  await expect(app.getByTestId('iban-valid')).toBeVisible();
  await app.getByRole('checkbox', { name: /SEPA-Lastschriftmandat/ }).check();
  await app.getByLabel('Zur Bestätigung Ihr Passwort').fill('nicht-das-passwort');
  await expectAccessible(app);
  await app.getByRole('button', { name: 'Mandat erteilen' }).click();
  await expect(app.getByText('Das Passwort ist nicht korrekt').first()).toBeVisible();
  await expect(iban).toHaveValue('DE89 3704 0044 0532 0130 00'); // nothing typed is lost
  await app.getByLabel('Zur Bestätigung Ihr Passwort').fill(DEMO.password);
  await app.getByRole('button', { name: 'Mandat erteilen' }).click();
  await expect(app.getByTestId('sepa-mandate')).toBeVisible();
  await expect(app.getByTestId('mandate-iban')).toContainText('DE89');
  await expect(app.getByTestId('mandate-iban')).not.toContainText('3704 0044 0532');
  await expect(app.getByTestId('mandate-reference')).toHaveText(/^CMO-/);
  await expectAccessible(app);
  await openBilling(app, 'Zahlungsarten');
  await expect(
    app.getByTestId('payment-method-sepa_direct_debit').getByTestId('current-payment-method'),
  ).toBeVisible();

  await openBilling(app, 'SEPA-Lastschriftmandat');
  await app.getByRole('button', { name: 'Mandat widerrufen' }).click();
  const dialog = app.getByRole('dialog', { name: 'Mandat widerrufen?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(app);
  await dialog.getByRole('button', { name: 'Endgültig widerrufen' }).click();
  await expect(app.getByText('Das Mandat ist widerrufen.')).toBeVisible();

  await openBilling(app, 'Rechnungs-E-Mail');
  const address = app.getByLabel('E-Mail-Adresse für Rechnungen');
  await expect(address).toHaveValue('rechnung@muster-webdesign.example');
  await address.fill('buchhaltung@@muster');
  await app.getByRole('button', { name: 'Speichern' }).click();
  await expect(app.getByRole('alert').first()).toBeVisible();
  await expect(address).toHaveValue('buchhaltung@@muster');
  await address.fill('buchhaltung@muster-webdesign.example');
  await app.getByRole('checkbox', { name: /Jonas Weber/ }).check();
  await app.getByRole('button', { name: 'Speichern' }).click();
  await expect(app.getByTestId('billing-email-saved')).toContainText(
    'buchhaltung@muster-webdesign.example',
  );
  await expectAccessible(app);
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Abrechnung', level: 1 })).toBeVisible();
  await expect(address).toHaveValue('buchhaltung@muster-webdesign.example');
  await expect(app.getByRole('checkbox', { name: /Jonas Weber/ })).toBeChecked();
});
