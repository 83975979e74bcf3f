// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { earliestEndDate } from '../../shared/products/cancellation-date';
import { ok, type FakeKc } from '../test-support/fake-kc';
import { localToday } from './contract-format';
import { cached, HOSTING, LOCKED, OPTIONS } from './products-fixtures';
import { goOffline, openProducts as open, setUpProductsScreen } from './products-screen-setup';
import { findAnnounced } from '../test-support/announced';

let kc: FakeKc;
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u202f\u00a0]/g, ' ');

setUpProductsScreen((fake) => (kc = fake));

describe('contract list', () => {
  it('lists every contract with status, terms and price, and filters by status and type', async () => {
    const user = open('/products');
    const table = await screen.findByTestId('contract-table');
    const rows = within(table).getAllByTestId('contract-row');
    expect(rows).toHaveLength(3);
    expect(plain(rows[0]!.textContent)).toContain('12,99 € pro Monat');
    expect(rows[0]!.textContent).toContain('3 Monate');
    expect(within(rows[1]!).getByTestId('contract-status').textContent).toBe(
      'Gekündigt – endet am 31.05.2027',
    );
    expect(rows[1]!.textContent).toContain('14 Tage');
    expect(within(rows[2]!).getByTestId('contract-status').textContent).toBe(
      'Beendet am 31.12.2025',
    );
    expect(
      within(rows[0]!).getByRole('link', { name: 'Webhosting Business' }).getAttribute('href'),
    ).toBe('#/products/c-hosting');

    await user.selectOptions(screen.getByLabelText('Status'), 'cancelled');
    expect(within(table).getAllByTestId('contract-row')).toHaveLength(1);
    expect(screen.getByTestId('contract-count').textContent).toBe('1 Vertrag');
    await user.selectOptions(screen.getByLabelText('Produktart'), 'webhosting');
    expect(screen.getByTestId('contract-count').textContent).toBe('0 Verträge');
    expect(screen.getByText('Kein Vertrag passt zu den Filtern.').closest('table')).toBeNull();
    expect(screen.getByRole('link', { name: 'Verträge hier kündigen' }).getAttribute('href')).toBe(
      '#/products/cancel',
    );
  });

  it('writes prices and dates the English way', async () => {
    open('/products', 'en');
    const rows = await screen.findAllByTestId('contract-row');
    expect(rows[0]!.textContent).toContain('€12.99 per month');
    expect(rows[1]!.textContent).toContain('Cancelled – ends on 31/05/2027');
  });

  it('says an active contract has a cancellation under review, in list and detail', async () => {
    const requested = { ...HOSTING, cancellationRequested: true };
    kc.handlers['contracts:list'] = () => ok(cached([requested]));
    kc.handlers['contracts:get'] = () => ok(cached(requested));
    open('/products');
    const [row] = await screen.findAllByTestId('contract-row');
    expect(within(row!).getByTestId('contract-status').textContent).toBe(
      'Aktiv – Kündigung wird geprüft',
    );
    cleanup();
    open(`/products/${HOSTING.id}`, 'en');
    await screen.findByRole('heading', { name: HOSTING.productName });
    expect(screen.getByTestId('contract-status').textContent).toBe(
      'Active – cancellation under review',
    );
  });
});

describe('contract detail', () => {
  it('shows the terms, domains, invoices linking to billing, credentials and cancelling', async () => {
    open('/products/c-hosting');
    await screen.findByRole('heading', { level: 2, name: 'Webhosting Business' });
    const terms = screen.getByTestId('contract-terms');
    expect(terms.textContent).toContain('V-2024-0001');
    expect(terms.textContent).toContain('15.03.2024');
    expect(terms.textContent).toContain('Kündigungsfrist3 Monate');
    expect(screen.getByTestId('contract-domains').textContent).toContain('muster-webdesign.de');
    expect(screen.getByRole('link', { name: 'RE-2026-000007' }).getAttribute('href')).toBe(
      '#/billing/invoices/inv-7',
    );
    expect(screen.getByRole('link', { name: 'Zugangsdaten anzeigen' }).getAttribute('href')).toBe(
      '#/products/c-hosting/credentials',
    );
    expect(screen.getByRole('link', { name: 'Verträge hier kündigen' }).getAttribute('href')).toBe(
      '#/products/cancel?contract=c-hosting',
    );
  });

  it('says which right is missing where the server left the invoices and logins out', async () => {
    const { invoices: _i, credentialKinds: _k, ...limited } = HOSTING;
    kc.handlers['contracts:get'] = () => ok(cached(limited));
    open('/products/c-hosting');
    expect((await screen.findByTestId('no-right-invoices')).textContent).toBe(
      'Ihnen fehlt das Recht „Rechnungen“. Ein Inhaber des Kundenkontos kann es Ihnen in der Benutzerverwaltung geben.',
    );
    expect(screen.getByTestId('no-right-credentials').textContent).toContain('„Zugangsdaten“');
    expect(screen.queryByTestId('contract-invoices')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Zugangsdaten anzeigen' })).toBeNull();
    // the rest of the contract is there as for everyone
    expect(screen.getByTestId('contract-domains').textContent).toContain('muster-webdesign.de');
  });
});

describe('credentials', () => {
  it('stays locked until the password is confirmed, explaining how offline unlock works', async () => {
    const user = open('/products/c-hosting/credentials');
    const locked = await screen.findByTestId('credentials-locked');
    expect(locked.textContent).toContain('5 Minuten');
    const cards = await screen.findAllByTestId('credential');
    expect(within(cards[0]!).getByTestId('credential-username').textContent).toBe('k100234');
    expect(within(cards[0]!).getByTestId('credential-password').textContent).not.toContain(
      'S3cret',
    );
    expect(screen.queryByRole('button', { name: /anzeigen/ })).toBeNull();

    await user.type(screen.getByLabelText('Passwort Ihres Kundenkontos'), 'falsch');
    await user.click(screen.getByRole('button', { name: 'Entsperren' }));
    expect((await screen.findByRole('alert')).textContent).toContain('nicht korrekt');

    await user.clear(screen.getByLabelText('Passwort Ihres Kundenkontos'));
    await user.type(screen.getByLabelText('Passwort Ihres Kundenkontos'), 'Demo-Passwort-2026');
    await user.click(screen.getByRole('button', { name: 'Entsperren' }));
    expect((await screen.findByTestId('credentials-unlocked')).textContent).toContain(
      'Nach 5 Minuten ohne Eingabe',
    );
    expect(kc.callsTo('credentials:unlock')).toEqual([
      { password: 'falsch' },
      { password: 'Demo-Passwort-2026' },
    ]);
  });

  it('reveals, copies with the 30 s notice, and hides again when the lock closes', async () => {
    kc.handlers['credentials:lock'] = () => ({
      ok: true,
      data: { ...LOCKED, unlockedUntil: new Date(Date.now() + 60_000).toISOString() },
    });
    const user = open('/products/c-hosting/credentials');
    await user.click(
      await screen.findByRole('button', { name: 'Passwort von Verwaltung anzeigen' }),
    );
    const card = screen.getAllByTestId('credential')[0]!;
    expect(within(card).getByTestId('credential-password').textContent).toBe('S3cret-Panel!');
    await user.click(screen.getByRole('button', { name: 'Passwort von Verwaltung kopieren' }));
    expect(kc.callsTo('credentials:copy')).toEqual([
      { contractId: 'c-hosting', credentialId: 'cred-panel' },
    ]);
    expect((await screen.findByTestId('credentials-notice')).textContent).toBe(
      'Passwort von Verwaltung kopiert. Es wird in 30 s aus der Zwischenablage gelöscht.',
    );

    act(() => kc.emit('lock:changed', LOCKED));
    expect(
      (await screen.findByRole('region', { name: 'Zugangsdaten sind gesperrt' })).dataset.testid,
    ).toBe('credentials-locked');
    expect(within(card).getByTestId('credential-password').textContent).not.toContain('S3cret');
  });

  it('resets a password after a confirmation and shows the new one once', async () => {
    kc.handlers['credentials:lock'] = () => ({
      ok: true,
      data: { ...LOCKED, unlockedUntil: new Date(Date.now() + 60_000).toISOString() },
    });
    const user = open('/products/c-hosting/credentials');
    await user.click(
      await screen.findByRole('button', { name: 'Passwort von FTP-Zugang zurücksetzen' }),
    );
    const confirm = screen.getByRole('dialog', { name: 'Passwort von FTP-Zugang zurücksetzen?' });
    await user.click(within(confirm).getByRole('button', { name: 'Neues Passwort erzeugen' }));
    const shown = await screen.findByRole('dialog', { name: 'Neues Passwort für FTP-Zugang' });
    expect(within(shown).getByTestId('new-password').textContent).toBe('New-Generated-Pass-42');
    expect(shown.textContent).toContain('nur jetzt angezeigt');
    await user.click(within(shown).getByRole('button', { name: 'Ich habe es gesichert' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText('New-Generated-Pass-42')).toBeNull();
  });

  it('offline: explains the offline unlock and that a reset needs a connection', async () => {
    kc.handlers['credentials:lock'] = () => ({
      ok: true,
      data: { ...LOCKED, unlockedUntil: new Date(Date.now() + 60_000).toISOString() },
    });
    const user = open('/products/c-hosting/credentials');
    const reset = await screen.findByRole('button', {
      name: 'Passwort von FTP-Zugang zurücksetzen',
    });
    goOffline();
    expect(reset.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByTestId('needs-connection').textContent).toBe(
      'Dafür ist eine Verbindung nötig.',
    );
    await user.click(reset);
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Jetzt sperren' }));
    expect((await screen.findByTestId('lock-offline')).textContent).toContain(
      'verschlüsselten Prüfwert',
    );
  });

  it('offers the OS unlock offline when chosen and available', async () => {
    kc.handlers['credentials:lock'] = () => ({
      ok: true,
      data: { ...LOCKED, method: 'os', osAvailable: true },
    });
    goOffline();
    const user = open('/products/c-hosting/credentials');
    await user.click(
      await screen.findByRole('button', { name: 'Mit dem Betriebssystem entsperren' }),
    );
    expect(kc.callsTo('credentials:unlock')).toEqual([{}]);
  });
});

describe('cancellation', () => {
  it('asks everything on one page and sends it with "jetzt kündigen", then shows the receipt', async () => {
    const user = open('/products/cancel?contract=c-hosting');
    const expected = earliestEndDate(OPTIONS.terms, localToday()).endDate;
    const endDate = await screen.findByLabelText<HTMLSelectElement>('Kündigen zum');
    expect(endDate.value).toBe(expected);
    expect(screen.getByLabelText<HTMLInputElement>('Wer kündigt?').value).toBe('Erika Mustermann');
    expect(screen.getByLabelText<HTMLInputElement>('Bestätigung per E-Mail an').value).toBe(
      'demo@kundencenter.example',
    );
    expect(screen.getByLabelText<HTMLSelectElement>('Welcher Vertrag?').value).toBe('c-hosting');
    expect(screen.getByTestId('closing-company-explanation').textContent).toContain(
      'kein Sonderkündigungsrecht',
    );

    // a later term end, then "Ich schließe meine Firma" takes it back to the earliest
    const later = within(endDate).getAllByRole('option')[1]!.getAttribute('value')!;
    await user.selectOptions(endDate, later);
    expect(endDate.value).toBe(later);
    await user.click(screen.getByLabelText('Ich schließe meine Firma'));
    expect(endDate.value).toBe(expected);
    expect(endDate.disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'jetzt kündigen' }));
    expect(kc.callsTo('cancellation:create')).toEqual([
      {
        contractId: 'c-hosting',
        kind: 'ordinary',
        endDate: expected,
        requestedBy: 'Erika Mustermann',
        confirmationEmail: 'demo@kundencenter.example',
        closingCompany: true,
      },
    ]);
    expect(window.location.hash).toBe('#/products/c-hosting/cancellation');
  });

  it('needs a reason for an extraordinary cancellation, recorded as a request', async () => {
    const user = open('/products/cancel?contract=c-hosting');
    await user.click(await screen.findByLabelText('Außerordentliche Kündigung'));
    expect(screen.getByLabelText<HTMLInputElement>('Ich schließe meine Firma').disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'jetzt kündigen' }));
    await findAnnounced(/wichtigen Grund für die außerordentliche/);
    expect(kc.callsTo('cancellation:create')).toEqual([]);
    expect(document.activeElement).toBe(screen.getByLabelText('Grund'));
    await user.type(screen.getByLabelText('Grund'), 'Umzug ins Ausland');
    await user.click(screen.getByRole('button', { name: 'jetzt kündigen' }));
    await waitFor(() => expect(kc.callsTo('cancellation:create')).toHaveLength(1));
    expect(kc.callsTo('cancellation:create')[0]).toMatchObject({
      kind: 'extraordinary',
      reason: 'Umzug ins Ausland',
      closingCompany: false,
    });
  });

  it('shows a server refusal beside the end date', async () => {
    kc.handlers['cancellation:create'] = () => ({
      ok: false,
      error: {
        code: 'validation_failed',
        messageKey: 'errors.validation_failed',
        fields: { endDate: 'errors.field.end_date_too_early' },
      },
    });
    const user = open('/products/cancel?contract=c-hosting');
    await user.click(await screen.findByRole('button', { name: 'jetzt kündigen' }));
    expect((await screen.findByText(/Zu diesem Datum ist keine Kündigung/)).id).toBe(
      'cancel-end-date-error',
    );
  });

  it('offline: explains that cancelling needs a connection', async () => {
    goOffline();
    open('/products/cancel?contract=c-hosting');
    expect((await screen.findByTestId('cancel-offline')).textContent).toContain(
      'nur mit Verbindung',
    );
    expect(screen.queryByRole('button', { name: 'jetzt kündigen' })).toBeNull();
    expect(kc.callsTo('cancellation:options')).toEqual([]);
  });

  it('receipt: date and time, saving as PDF, and revoking until it takes effect', async () => {
    const user = open('/products/cancel?contract=c-hosting');
    await user.click(await screen.findByRole('button', { name: 'jetzt kündigen' }));
    const sentAt = await screen.findByTestId('receipt-sent-at');
    expect(sentAt.textContent).toMatch(/^25\.11\.2026, \d\d:45$/);
    expect(screen.getByTestId('receipt-status').textContent).toBe('Bestätigt');
    await user.click(screen.getByRole('button', { name: 'Als PDF speichern' }));
    expect(kc.callsTo('cancellation:saveReceipt')).toEqual([{ contractId: 'c-hosting' }]);
    expect((await screen.findByTestId('receipt-saved')).textContent).toBe(
      'Die Bestätigung ist gespeichert.',
    );
    await user.click(screen.getByRole('button', { name: 'Kündigung widerrufen' }));
    const dialog = screen.getByRole('dialog', { name: 'Kündigung widerrufen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Kündigung widerrufen' }));
    expect(kc.callsTo('cancellation:revoke')).toEqual([{ contractId: 'c-hosting' }]);
    expect((await screen.findByTestId('revoked')).textContent).toContain('läuft weiter');
  });
});

describe('product detail of an unknown contract', () => {
  it('says there is nothing offline rather than failing', async () => {
    goOffline();
    open(`/products/${HOSTING.id}-nope`);
    expect(
      (await screen.findByText(/auf diesem Gerät noch nicht gespeichert/)).getAttribute('role'),
    ).toBe('status');
  });
});
