// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { fail, ok, removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import {
  billingHandlers,
  cached,
  EMAILS,
  MANDATE,
  METHODS,
  OVERVIEW,
} from '../test-support/billing-fixtures';
import { installApp, renderWithI18n, resetAll } from '../test-support/render';
import { expectPageTitle, findAnnounced } from '../test-support/announced';

let kc: FakeKc;
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u202f\u00a0]/g, ' ');

beforeEach(() => {
  resetAll();
  kc = installApp({
    'session:get': () => ok({ status: 'signedIn', email: 'demo@kundencenter.example' }),
    ...billingHandlers(),
  });
});

afterEach(() => {
  cleanup();
  removeFakeKc();
});

function open(route: string, language: 'de' | 'en' = 'de') {
  window.location.hash = `#${route}`;
  renderWithI18n(<App />, language);
  return userEvent.setup();
}

describe('billing overview', () => {
  it('is reached from the main menu and sums up what is open and how it is paid', async () => {
    const user = open('/');
    await user.click(await screen.findByRole('link', { name: 'Abrechnung' }));
    expect(plain((await screen.findByTestId('overview-open')).textContent)).toBe('238,00 €');
    await expectPageTitle('Abrechnung');
    expect(plain(screen.getByTestId('overview-overdue').textContent)).toBe('119,00 €');
    // the next due date is one still ahead; the overdue one is named apart
    expect(screen.getByTestId('overview-next-due').textContent).toBe('15.10.2026');
    expect(screen.getByTestId('overview-overdue-since').textContent).toBe(
      'Überfällig seit 15.09.2026. ',
    );
    expect(screen.getByTestId('overview-payment-method').textContent).toBe('Überweisung');
    expect(screen.getByTestId('overview-mandate').textContent).toBe('Kein Mandat erteilt');
    expect(screen.getByRole('link', { name: 'Mandat erteilen' }).getAttribute('href')).toBe(
      '#/billing/sepa-mandate',
    );
    expect(document.title).toBe('Abrechnung – Kundencenter');
  });

  it('offers the sections in a sub-navigation that marks where one is', async () => {
    const user = open('/billing');
    const nav = await screen.findByRole('navigation', { name: 'Bereiche der Abrechnung' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Übersicht', '#/billing'],
      ['Rechnungen', '#/billing/invoices'],
      ['Kontoauszug', '#/billing/statement'],
      ['Zahlungsarten', '#/billing/payment-methods'],
      ['SEPA-Lastschriftmandat', '#/billing/sepa-mandate'],
      ['Rechnungs-E-Mail', '#/billing/email'],
      ['Kosten', '#/billing/costs'],
    ]);
    expect(links[0]!.getAttribute('aria-current')).toBe('page');
    await user.click(within(nav).getByRole('link', { name: 'Kontoauszug' }));
    const title = await screen.findByRole('heading', { level: 2, name: 'Kontoauszug' });
    expect(document.activeElement).toBe(title);
    expect(
      within(nav).getByRole('link', { name: 'Kontoauszug' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(document.title).toBe('Kontoauszug – Abrechnung – Kundencenter');
    const menu = screen.getByRole('navigation', { name: 'Kundencenter' });
    expect(
      within(menu).getByRole('link', { name: 'Abrechnung' }).getAttribute('aria-current'),
    ).toBe('page');
  });

  it('shows an active mandate and nothing due', async () => {
    kc.handlers['billing:overview'] = () =>
      ok(
        cached({
          ...OVERVIEW,
          openCents: 0,
          overdueCents: 0,
          nextDueDate: null,
          paymentMethod: 'sepa_direct_debit',
          mandate: MANDATE,
        }),
      );
    open('/billing');
    expect((await screen.findByTestId('overview-mandate')).textContent).toBe('Erteilt');
    // in the mandate's card, under its state
    const mandateCard = screen.getByRole('region', { name: 'SEPA-Lastschriftmandat' });
    expect(within(mandateCard).getByText('Mandatsreferenz CMO-K100234-0001').className).toBe(
      'card__hint',
    );
    expect(screen.getByTestId('overview-next-due').textContent).toBe(
      'Keine weitere Rechnung fällig',
    );
    expect(screen.getByTestId('overview-payment-method').textContent).toBe('SEPA-Lastschrift');
  });

  it('writes amounts and dates the English way', async () => {
    open('/billing', 'en');
    expect((await screen.findByTestId('overview-open')).textContent).toBe('€238.00');
    expect(screen.getByTestId('overview-next-due').textContent).toBe('15/10/2026');
    expect(screen.getByTestId('overview-overdue-since').textContent).toBe(
      'Overdue since 15/09/2026. ',
    );
    expect(screen.getByTestId('overview-payment-method').textContent).toBe('Bank transfer');
  });

  it('exports the archive of a chosen year in the chosen format, and says what is in it', async () => {
    const user = open('/billing');
    const year = await screen.findByLabelText<HTMLSelectElement>('Jahr');
    expect(
      within(year)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['2026', '2025']);
    await user.selectOptions(year, '2025');
    await user.selectOptions(screen.getByLabelText('Format'), 'XRechnung (UBL, XML)');
    expect(kc.callsTo('settings:set')).toEqual([{ einvoiceFormat: 'xrechnung-ubl' }]);
    await user.click(screen.getByRole('button', { name: 'Archiv exportieren' }));
    expect(kc.callsTo('invoices:exportYear')).toEqual([{ year: 2025 }]);
    const result = screen.getByTestId('export-result');
    await waitFor(() =>
      expect(result.textContent).toBe(
        '4 Rechnungen exportiert. Im Archiv: 4 E-Rechnungen (XRechnung (UBL, XML)), die CSV-Liste und der DATEV-Buchungsstapel.',
      ),
    );

    kc.handlers['invoices:exportYear'] = () => ok({ saved: false, count: 0, einvoices: 0 });
    await user.click(screen.getByRole('button', { name: 'Archiv exportieren' }));
    await findAnnounced('Export abgebrochen – es wurde nichts gespeichert.');

    // offline with part of the year not kept: said, with what is missing
    kc.handlers['invoices:exportYear'] = () => ok({ saved: true, count: 1, einvoices: 0 });
    await user.click(screen.getByRole('button', { name: 'Archiv exportieren' }));
    await findAnnounced(/^1 Rechnung exportiert\. Im Archiv: 0 E-Rechnungen /);
    expect(result.textContent).toContain('offline nicht ladbar: 1 PDF und 2 E-Rechnungen.');
  });

  it('sets how many years of PDFs this device keeps', async () => {
    kc.handlers['settings:set'] = (input) =>
      ok({
        language: 'de',
        invoicePdfYears: (input as { invoicePdfYears: number }).invoicePdfYears,
      });
    const user = open('/billing');
    const years = await screen.findByLabelText<HTMLSelectElement>(
      'Rechnungen dieses Zeitraums speichern',
    );
    expect(years.value).toBe('3');
    expect(within(years).getAllByRole('option')[0]!.textContent).toBe('1 Jahr');
    await user.selectOptions(years, '5 Jahre');
    expect(kc.callsTo('settings:set')).toEqual([{ invoicePdfYears: 5 }]);
    await findAnnounced('Gespeichert.');
    expect(years.value).toBe('5');
  });

  it('reloads the summary when sync changed payment methods', async () => {
    open('/billing');
    await screen.findByTestId('overview-open');
    kc.handlers['billing:overview'] = () => ok(cached({ ...OVERVIEW, paymentMethod: 'paypal' }));
    act(() => kc.emit('data:changed', { resource: 'payment-methods' }));
    await waitFor(() =>
      expect(screen.getByTestId('overview-payment-method').textContent).toBe('PayPal'),
    );
  });

  it('sends an unknown billing path to the overview', async () => {
    open('/billing/nowhere');
    await screen.findByTestId('overview-open');
    expect(window.location.hash).toBe('#/billing');
  });
});

describe('account statement', () => {
  it('lists bookings newest first with kind, reference, amount and running balance', async () => {
    open('/billing/statement');
    const table = await screen.findByTestId('statement-table');
    expect(plain(screen.getByTestId('statement-balance').textContent)).toBe('119,00 €');
    const rows = within(table)
      .getAllByTestId('booking-row')
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => plain(c.textContent)),
      );
    expect(rows).toEqual([
      ['20.10.2026', 'Gutschrift', 'Gutschrift GS-2026-0001', '-3,00 €', '119,00 €'],
      ['09.10.2026', 'Rücklastschriftgebühr', 'Gebühr Rücklastschrift', '3,00 €', '122,00 €'],
      ['09.10.2026', 'Rücklastschrift', 'Rücklastschrift 2026-10-05', '119,00 €', '119,00 €'],
      ['05.10.2026', 'Zahlung', 'Lastschrift 2026-10-05', '-119,00 €', '0,00 €'],
      ['01.10.2026', 'Rechnung', 'RE-2026-000122', '119,00 €', '119,00 €'],
    ]);
    expect(within(table).getByRole('link', { name: 'RE-2026-000122' }).getAttribute('href')).toBe(
      '#/billing/invoices/inv-122',
    );
  });
});

describe('payment methods', () => {
  it('explains each method and marks the current one', async () => {
    open('/billing/payment-methods');
    const sepa = await screen.findByRole('region', { name: 'SEPA-Lastschrift' });
    expect(sepa.textContent).toMatch(/Wir buchen den Betrag zum Fälligkeitstag von Ihrem Konto ab/);
    expect(within(sepa).getByRole('button').textContent).toBe('Als Standard festlegen');
    const transfer = screen.getByRole('region', { name: 'Überweisung' });
    expect(within(transfer).getByTestId('current-payment-method').textContent).toBe(
      'Aktuelle Zahlungsart',
    );
    expect(within(transfer).queryByRole('button')).toBeNull();
    // the others can be chosen; only the current one is marked
    for (const name of ['PayPal', 'Kreditkarte']) {
      const region = screen.getByRole('region', { name });
      expect(within(region).getByRole('button').textContent).toBe('Als Standard festlegen');
    }
    expect(screen.getAllByTestId('current-payment-method')).toHaveLength(1);
  });

  it('switches the default', async () => {
    kc.handlers['payment:setDefault'] = (input) =>
      ok({ ...METHODS, current: (input as { kind: 'paypal' }).kind });
    const user = open('/billing/payment-methods');
    const paypal = await screen.findByRole('region', { name: 'PayPal' });
    await user.click(within(paypal).getByRole('button', { name: 'Als Standard festlegen' }));
    expect(kc.callsTo('payment:setDefault')).toEqual([{ kind: 'paypal' }]);
    await findAnnounced('Ihre Zahlungsart ist jetzt: PayPal.');
    expect(
      within(screen.getByRole('region', { name: 'PayPal' })).getByTestId('current-payment-method')
        .textContent,
    ).toBe('Aktuelle Zahlungsart');
  });

  it('leads to the mandate form when direct debit needs a mandate', async () => {
    kc.handlers['payment:setDefault'] = () => fail('errors.mandate_required');
    const user = open('/billing/payment-methods');
    const sepa = await screen.findByRole('region', { name: 'SEPA-Lastschrift' });
    await user.click(within(sepa).getByRole('button', { name: 'Als Standard festlegen' }));
    const alert = await within(sepa).findByRole('alert');
    expect(alert.textContent).toContain(
      'Für die Zahlung per Lastschrift brauchen wir zuerst ein SEPA-Lastschriftmandat von Ihnen.',
    );
    await user.click(within(alert).getByRole('link', { name: 'Zum SEPA-Lastschriftmandat' }));
    await screen.findByRole('button', { name: 'Mandat erteilen' });
    expect(window.location.hash).toBe('#/billing/sepa-mandate');
  });

  it('cannot switch offline, and says why', async () => {
    kc.handlers['sync:status'] = () =>
      ok({ online: false, syncing: false, lastSyncedAt: '2026-11-25T13:03:00Z' });
    const user = open('/billing/payment-methods');
    const paypal = await screen.findByRole('region', { name: 'PayPal' });
    const button = within(paypal).getByRole('button', { name: 'Als Standard festlegen' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Dafür ist eine Verbindung nötig.',
    );
    await user.click(button);
    expect(kc.callsTo('payment:setDefault')).toEqual([]);
  });
});

describe('invoice e-mail', () => {
  it('changes the address and the users who also receive invoices', async () => {
    kc.handlers['billing:setEmails'] = (input) => {
      const { email, userIds } = input as { email: string; userIds: string[] };
      return ok({
        email,
        users: EMAILS.users.map((u) => ({ ...u, receivesInvoices: userIds.includes(u.id) })),
      });
    };
    const user = open('/billing/email');
    const address = await screen.findByLabelText<HTMLInputElement>('E-Mail-Adresse für Rechnungen');
    expect(address.value).toBe('rechnung@mustermann.example');
    const max = screen.getByLabelText<HTMLInputElement>('Max Mustermann (max@mustermann.example)');
    const lisa = screen.getByLabelText<HTMLInputElement>(
      'Lisa Buchhaltung (lisa@mustermann.example)',
    );
    expect([max.checked, lisa.checked]).toEqual([true, false]);

    await user.clear(address);
    await user.type(address, 'buchhaltung@mustermann.example');
    await user.click(max);
    await user.click(lisa);
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(kc.callsTo('billing:setEmails')).toEqual([
      { email: 'buchhaltung@mustermann.example', userIds: ['u-2'] },
    ]);
    expect((await screen.findByTestId('billing-email-saved')).textContent).toBe(
      'Gespeichert. Rechnungen gehen künftig an buchhaltung@mustermann.example.',
    );
  });

  it('refuses an invalid address at the field', async () => {
    const user = open('/billing/email');
    const address = await screen.findByLabelText('E-Mail-Adresse für Rechnungen');
    await user.clear(address);
    await user.type(address, 'rechnung@');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(address.getAttribute('aria-describedby')!.split(' ').pop()!)
        ?.textContent,
    ).toMatch(/^Bitte geben Sie eine gültige E-Mail-Adresse ein/);
    expect(kc.callsTo('billing:setEmails')).toEqual([]);
  });

  it("shows the server's refusals where they belong", async () => {
    kc.handlers['billing:setEmails'] = () =>
      fail('errors.validation_failed', { fields: { userIds: 'errors.field.user_unknown' } });
    const user = open('/billing/email');
    await screen.findByLabelText('E-Mail-Adresse für Rechnungen');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Einer der gewählten Benutzer gehört nicht \(mehr\) zu Ihrem Kundenkonto/,
    );
  });
});
