import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { expect, signIn, test } from './support/fixtures';
import { recorded, type Running } from './support/processes';

async function openBilling(app: Page, section?: string): Promise<void> {
  await app
    .getByRole('navigation', { name: /^(Kundencenter|Customer Center)$/ })
    .getByRole('link', { name: /Abrechnung|Billing/ })
    .click();
  if (section) {
    await app
      .getByRole('navigation', { name: /Bereiche der Abrechnung|Billing sections/ })
      .getByRole('link', { name: section })
      .click();
  }
}

async function download(host: Running, name: string): Promise<string> {
  await expect
    .poll(async () => (await recorded(host)).downloads?.map((d) => d.name) ?? [])
    .toContain(name);
  return name;
}

const plain = (s: string | null) => (s ?? '').replace(/[\u202f\u00a0]/g, ' ').trim();
/** "1.234,56 €" → 123456 */
const cents = (text: string | null) => Number(plain(text).replace(/[^\d-]/g, ''));

test('e-invoice online and offline, DATEV settings in the archive, Kosten from the invoice lines', async ({
  app,
  host,
  sandbox,
  appDir,
}) => {
  test.setTimeout(150_000);
  await signIn(app);

  // DATEV: a chart switch brings its account; a bad number is answered at its field
  await app.getByRole('link', { name: 'Einstellungen' }).first().click();
  const datev = app.locator('section', {
    has: app.getByRole('heading', { name: 'DATEV-Export', level: 2 }),
  });
  await datev.getByRole('radio', { name: 'SKR 04' }).check();
  await expect(datev.getByLabel('Sachkonto')).toHaveValue('6810');
  await datev.getByLabel('Beraternummer').fill('12');
  await datev.getByLabel('Mandantennummer').fill('4711');
  await datev.getByRole('button', { name: 'DATEV-Angaben speichern' }).click();
  await expect(datev.getByRole('alert')).toHaveText(/Beraternummer hat 4 bis 7 Ziffern/);
  await expect(datev.getByLabel('Beraternummer')).toHaveValue('12');
  await datev.getByLabel('Beraternummer').fill('1234567');
  await datev.getByRole('button', { name: 'DATEV-Angaben speichern' }).click();
  await expect(datev.getByRole('status')).toHaveText('Gespeichert.');
  await expectAccessible(app);

  // the newest invoice, its E-Rechnung saved online in UBL
  await openBilling(app, 'Rechnungen');
  const rows = app.getByTestId('invoice-row');
  await rows.first().getByRole('link').first().click();
  const number = plain(await app.getByTestId('invoice-header').locator('dd').first().textContent());
  const card = app.getByTestId('einvoice');
  await card.getByLabel('Format').selectOption({ label: 'XRechnung (UBL, XML)' });
  await card.getByRole('button', { name: 'E-Rechnung speichern …' }).click();
  await expect(card.getByTestId('einvoice-result')).toHaveText('E-Rechnung gespeichert.');
  const ubl = await download(host, `Rechnung-${number}.xrechnung-ubl.xml`);
  const ublXml = readFileSync(join(appDir, 'downloads', ubl), 'utf8');
  expect(ublXml).toContain('urn:oasis:names:specification:ubl:schema:xsd:Invoice-2');
  expect(ublXml).toContain(`<cbc:ID>${number}</cbc:ID>`);
  // back to CII: what the device keeps offline from now on
  await card.getByLabel('Format').selectOption({ label: 'XRechnung (CII, XML)' });
  await expectAccessible(app);

  // Kosten of the invoice's day: the sums are its lines
  const issued = plain(await app.getByTestId('invoice-header').locator('dd').nth(2).textContent());
  const [d, m, y] = issued.split('.');
  const day = `${y}-${m}-${d}`;
  const lineNets = await app
    .getByTestId('invoice-lines')
    .locator('tbody tr td:nth-child(3)')
    .allTextContents();
  const gross = await app.getByTestId('invoice-total').textContent();
  await openBilling(app, 'Kosten');
  await app.getByLabel('Von').fill(day);
  await app.getByLabel('Bis').fill(day);
  await expect(app.getByTestId('costs-count')).toHaveText('Aus 1 Rechnung.');
  const costRows = app.getByTestId('costs-row');
  await expect(costRows).toHaveCount(lineNets.length);
  const rowNets = await costRows.locator('td:nth-child(3)').allTextContents();
  expect(rowNets.map(cents).sort()).toEqual(lineNets.map(cents).sort());
  expect(cents(await app.getByTestId('costs-net').textContent())).toBe(
    lineNets.map(cents).reduce((s, c) => s + c, 0),
  );
  expect(plain(await app.getByTestId('costs-gross').textContent())).toBe(plain(gross));
  const shares = await app.getByTestId('costs-share').allTextContents();
  expect(
    shares
      .map((s) =>
        Number(
          plain(s)
            .replace(/[^\d,]/g, '')
            .replace(',', '.'),
        ),
      )
      .reduce((a, b) => a + b, 0),
  ).toBeCloseTo(100, 5);
  await expect(app.getByTestId('share-bar')).toHaveCount(lineNets.length);
  await expect(app.getByTestId('forecast-table')).toContainText('V-100234-01');
  await app.getByRole('button', { name: 'Als CSV speichern …' }).click();
  const csv = await download(host, `Kosten-${day}_${day}.csv`);
  expect(readFileSync(join(appDir, 'downloads', csv), 'utf8')).toContain(
    'Vertrag;Leistung;Netto;Brutto;Anteil in %;Positionen',
  );
  await expectAccessible(app);

  // offline: the CII e-invoices arrive in the background (with details and PDFs)
  await expect
    .poll(() => readdirSync(join(appDir, 'cache')).length, { timeout: 90_000 })
    .toBeGreaterThanOrEqual(3 * 26 + 4);
  await sandbox.stop();
  // the app notices by itself; "Erneut verbinden" is in the banner and, the sandbox still
  // down, leaves the app offline
  const offline = app.getByTestId('offline-banner');
  await expect(offline).toBeVisible({ timeout: 60_000 });
  await offline.getByRole('button', { name: 'Erneut verbinden' }).click();
  await expect(offline).toBeVisible();
  await openBilling(app, 'Rechnungen');
  await rows.first().getByRole('link').first().click();
  await expect(card.getByLabel('Format')).toHaveValue('xrechnung-cii');
  await card.getByRole('button', { name: 'E-Rechnung speichern …' }).click();
  await expect(card.getByTestId('einvoice-result')).toHaveText('E-Rechnung gespeichert.');
  const cii = await download(host, `Rechnung-${number}.xrechnung-cii.xml`);
  expect(readFileSync(join(appDir, 'downloads', cii), 'utf8')).toContain('CrossIndustryInvoice');
  // a format this device does not keep: said so
  await card.getByLabel('Format').selectOption({ label: 'ZUGFeRD (PDF mit XML)' });
  await card.getByRole('button', { name: 'E-Rechnung speichern …' }).click();
  await expect(card.getByRole('alert')).toHaveText(/nicht auf diesem Gerät gespeichert/);
  await card.getByLabel('Format').selectOption({ label: 'XRechnung (CII, XML)' });

  // the year archive offline: PDFs, CII e-invoices, CSV and DATEV with the numbers set above
  await openBilling(app, 'Übersicht');
  await app.getByLabel('Jahr').selectOption(y!);
  await app.getByRole('button', { name: 'Archiv exportieren' }).click();
  await expect(app.getByTestId('export-result')).toContainText(
    'E-Rechnungen (XRechnung (CII, XML))',
  );
  const zip = await download(host, `Rechnungen-${y}.zip`);
  const files = unzipSync(readFileSync(join(appDir, 'downloads', zip)));
  expect(Object.keys(files)).toContain(`Rechnung-${number}.pdf`);
  expect(Object.keys(files)).toContain(`Rechnung-${number}.xrechnung-cii.xml`);
  const extf = new TextDecoder('windows-1252').decode(files[`EXTF_Buchungsstapel_${y}.csv`]);
  const [header, , firstBooking] = extf.split('\r\n');
  expect(header).toMatch(/^"EXTF";700;21;"Buchungsstapel";13;/);
  expect(header!.split(';').slice(10, 12)).toEqual(['1234567', '4711']);
  expect(header!.split(';')[26]).toBe('"04"');
  expect(extf).toContain(number);
  expect(firstBooking).toContain('6810');

  // the same view in English
  await app.getByRole('link', { name: 'Einstellungen' }).first().click();
  await app.getByRole('main').getByLabel('Sprache der App').selectOption('en');
  await openBilling(app, 'Costs');
  await expect(app.getByRole('heading', { name: 'Next invoice (forecast)' })).toBeVisible();
  // this year so far (the period starts over on leaving Abrechnung), from the cache offline
  await expect(app.getByTestId('costs-count')).toHaveText(/^From \d+ invoices\.$/);
  await expect(app.getByTestId('costs-missing')).toHaveCount(0);
  await expectAccessible(app);
});
