// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { fail, ok, removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import {
  billingHandlers,
  cached,
  MANDATE,
  METHODS,
  NO_MANDATES,
} from '../test-support/billing-fixtures';
import { installApp, renderWithI18n, resetAll } from '../test-support/render';
import { facts, findAnnounced } from '../test-support/announced';

const VALID_IBAN = 'DE89370400440532013000';
let kc: FakeKc;

beforeEach(() => {
  vi.stubEnv('TZ', 'Europe/Berlin');
  resetAll();
  kc = installApp({
    'session:get': () => ok({ status: 'signedIn', email: 'demo@kundencenter.example' }),
    ...billingHandlers(),
    'sepa:create': () => ok(MANDATE),
    'sepa:revoke': () => ok(undefined),
  });
});

afterEach(() => {
  cleanup();
  removeFakeKc();
  vi.unstubAllEnvs();
});

async function openForm() {
  window.location.hash = '#/billing/sepa-mandate';
  renderWithI18n(<App />);
  await screen.findByRole('button', { name: 'Mandat erteilen' });
  return userEvent.setup();
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const describedText = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  await user.type(field('Kontoinhaber'), 'Erika Mustermann');
  await user.type(field('IBAN'), VALID_IBAN);
  await user.click(field('Ich erteile CMO dieses SEPA-Lastschriftmandat.'));
  await user.type(field('Zur Bestätigung Ihr Passwort'), 'geheim123');
}

describe('SEPA mandate form', () => {
  it('shows the mandate text with creditor ID, next reference, refund note and pre-notification', async () => {
    await openForm();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'SEPA-Lastschriftmandat',
    ]);
    expect(screen.getByTestId('sepa-creditor-id').textContent).toBe('DE98ZZZ09999999999');
    expect(screen.getByTestId('sepa-next-reference').textContent).toBe('CMO-K100234-0001');
    expect(screen.getByTestId('sepa-refund-note').textContent).toMatch(
      /^Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen/,
    );
    expect(screen.getByTestId('sepa-prenotification').textContent).toMatch(
      /spätestens 5 Tage vor Fälligkeit/,
    );
    // the mandate's wording comes before the refund note, as the SEPA rulebook words it
    expect(screen.getByTestId('sepa-refund-note').previousElementSibling?.textContent).toMatch(
      /^Ich ermächtige CMO, Zahlungen von meinem Konto/,
    );
  });

  it('groups the IBAN in fours as typed and checks it live', async () => {
    const user = await openForm();
    const iban = field('IBAN');
    await user.type(iban, 'de8937040044');
    expect(iban.value).toBe('DE89 3704 0044');
    expect(iban.selectionStart).toBe(iban.value.length);
    // still being typed: no complaint yet
    expect(iban.getAttribute('aria-invalid')).toBeNull();
    await user.type(iban, '0532013001');
    expect(iban.value).toBe('DE89 3704 0044 0532 0130 01');
    expect(iban.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(iban)).toContain('Diese IBAN ist ungültig.');

    await user.type(iban, '{Backspace}0');
    expect(iban.value).toBe('DE89 3704 0044 0532 0130 00');
    expect(iban.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByTestId('iban-valid').textContent).toBe('Die IBAN ist gültig.');
  });

  it('keeps the caret where the person is typing', async () => {
    const user = await openForm();
    const iban = field('IBAN');
    await user.type(iban, 'DE8937040044');
    // put the caret after "DE89 3" and type a digit
    iban.setSelectionRange(6, 6);
    await user.type(iban, '9', { initialSelectionStart: 6, initialSelectionEnd: 6 });
    expect(iban.value).toBe('DE89 3970 4004 4');
    expect(iban.selectionStart).toBe(7);
  });

  it('says so when a short IBAN is left', async () => {
    const user = await openForm();
    await user.type(field('IBAN'), 'DE89 3704');
    expect(field('IBAN').getAttribute('aria-invalid')).toBeNull();
    await user.tab();
    expect(field('IBAN').getAttribute('aria-invalid')).toBe('true');
  });

  it('checks a BIC only when one is given', async () => {
    const user = await openForm();
    await user.type(field('BIC (optional)'), 'cobadeff');
    expect(field('BIC (optional)').value).toBe('COBADEFF');
    await user.tab();
    expect(field('BIC (optional)').getAttribute('aria-invalid')).toBeNull();
    await user.clear(field('BIC (optional)'));
    await user.type(field('BIC (optional)'), 'XX12');
    await user.tab();
    expect(describedText(field('BIC (optional)'))).toContain('Dieser BIC ist ungültig.');
  });

  it('requires consent before anything is sent', async () => {
    const user = await openForm();
    await user.type(field('Kontoinhaber'), 'Erika Mustermann');
    await user.type(field('IBAN'), VALID_IBAN);
    await user.type(field('Zur Bestätigung Ihr Passwort'), 'geheim123');
    await user.click(screen.getByRole('button', { name: 'Mandat erteilen' }));
    const consent = field('Ich erteile CMO dieses SEPA-Lastschriftmandat.');
    expect(consent.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(consent)).toBe('Bitte bestätigen Sie, dass Sie das Mandat erteilen.');
    expect(document.activeElement).toBe(consent);
    expect(kc.callsTo('sepa:create')).toEqual([]);
    expect(field('Zur Bestätigung Ihr Passwort').value).toBe('geheim123');
  });

  it('names every missing field at once', async () => {
    const user = await openForm();
    await user.click(screen.getByRole('button', { name: 'Mandat erteilen' }));
    expect(describedText(field('Kontoinhaber'))).toBe(
      'Bitte geben Sie den Namen des Kontoinhabers ein.',
    );
    expect(describedText(field('IBAN'))).toContain('Bitte füllen Sie dieses Feld aus.');
    expect(describedText(field('Zur Bestätigung Ihr Passwort'))).toContain(
      'Bitte füllen Sie dieses Feld aus.',
    );
    expect(document.activeElement).toBe(field('Kontoinhaber'));
  });

  it('sends the IBAN without spaces, then shows the mandate', async () => {
    kc.handlers['sepa:mandates'] = () => ok(cached(NO_MANDATES));
    const user = await openForm();
    await fillValidForm(user);
    await user.type(field('BIC (optional)'), 'cobadeffxxx');
    await user.click(screen.getByRole('button', { name: 'Mandat erteilen' }));
    expect(kc.callsTo('sepa:create')).toEqual([
      {
        accountHolder: 'Erika Mustermann',
        iban: VALID_IBAN,
        bic: 'COBADEFFXXX',
        consent: true,
        password: 'geheim123',
      },
    ]);
    expect((await screen.findByTestId('sepa-notice')).textContent).toMatch(
      /Ihr SEPA-Lastschriftmandat ist erteilt/,
    );
    expect(screen.getByTestId('mandate-iban').textContent).toBe('DE89 •••• •••• •••• ••30 00');
    expect(screen.getByTestId('mandate-reference').textContent).toBe('CMO-K100234-0001');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 2, name: 'SEPA-Lastschriftmandat' }),
    );
  });

  it("puts the server's field errors at their fields and keeps all but the password", async () => {
    kc.handlers['sepa:create'] = () =>
      fail('errors.validation_failed', {
        fields: {
          iban: 'errors.field.iban_invalid',
          accountHolder: 'errors.field.account_holder_required',
          consent: 'errors.field.consent_required',
        },
      });
    const user = await openForm();
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Mandat erteilen' }));

    await findAnnounced('Bitte geben Sie den Namen des Kontoinhabers ein.');
    expect(describedText(field('Kontoinhaber'))).toBe(
      'Bitte geben Sie den Namen des Kontoinhabers ein.',
    );
    expect(describedText(field('IBAN'))).toContain('Diese IBAN ist ungültig.');
    expect(describedText(field('Ich erteile CMO dieses SEPA-Lastschriftmandat.'))).toBe(
      'Bitte bestätigen Sie, dass Sie das Mandat erteilen.',
    );
    expect(field('Kontoinhaber').value).toBe('Erika Mustermann');
    expect(field('IBAN').value).toBe('DE89 3704 0044 0532 0130 00');
    expect(field('Ich erteile CMO dieses SEPA-Lastschriftmandat.').checked).toBe(true);
    expect(field('Zur Bestätigung Ihr Passwort').value).toBe('');
    expect(document.activeElement).toBe(field('Kontoinhaber'));
    expect(screen.queryByRole('alert', { name: /Bitte prüfen Sie Ihre Eingaben/ })).toBeNull();
  });

  it('puts a wrong password at the password field', async () => {
    kc.handlers['sepa:create'] = () => fail('errors.wrong_password');
    const user = await openForm();
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Mandat erteilen' }));
    const password = field('Zur Bestätigung Ihr Passwort');
    await findAnnounced(/Das Passwort ist nicht korrekt/);
    expect(describedText(password)).toContain('Das Passwort ist nicht korrekt.');
    expect(password.value).toBe('');
    expect(document.activeElement).toBe(password);
    expect(field('IBAN').value).toBe('DE89 3704 0044 0532 0130 00');
  });

  it('shows other refusals above the form', async () => {
    kc.handlers['sepa:create'] = () => fail('errors.step_up_required');
    const user = await openForm();
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Mandat erteilen' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Bitte bestätigen Sie diese Aktion erneut mit Ihrem Passwort.',
    );
  });

  it('cannot be sent offline, and says why', async () => {
    kc.handlers['sync:status'] = () =>
      ok({ online: false, syncing: false, lastSyncedAt: '2026-11-25T13:03:00Z' });
    const user = await openForm();
    await fillValidForm(user);
    const submit = screen.getByRole('button', { name: 'Mandat erteilen' });
    expect(submit.getAttribute('aria-disabled')).toBe('true');
    expect(describedText(submit)).toBe('Dafür ist eine Verbindung nötig.');
    await user.click(submit);
    expect(kc.callsTo('sepa:create')).toEqual([]);
  });
});

describe('active SEPA mandate', () => {
  beforeEach(() => {
    kc.handlers['sepa:mandates'] = () =>
      ok(cached({ ...NO_MANDATES, nextReference: 'CMO-K100234-0002', mandates: [MANDATE] }));
    kc.handlers['payment:methods'] = () => ok(cached({ ...METHODS, current: 'sepa_direct_debit' }));
  });

  async function openMandate() {
    window.location.hash = '#/billing/sepa-mandate';
    renderWithI18n(<App />);
    await screen.findByTestId('sepa-mandate');
    return userEvent.setup();
  }

  it('shows the masked IBAN, holder, reference and date', async () => {
    await openMandate();
    const details = screen.getByTestId('sepa-mandate');
    expect(screen.getByTestId('mandate-iban').textContent).toBe('DE89 •••• •••• •••• ••30 00');
    expect(screen.getByTestId('mandate-reference').textContent).toBe('CMO-K100234-0001');
    expect(facts(details)).toMatchObject({
      Kontoinhaber: 'Erika Mustermann',
      'Erteilt am': '20.11.2026, 10:00',
    });
    expect(screen.queryByLabelText('IBAN')).toBeNull();
  });

  it('asks before revoking; Escape and Abbrechen leave it as it is', async () => {
    const user = await openMandate();
    const revoke = screen.getByRole('button', { name: 'Mandat widerrufen' });
    await user.click(revoke);
    const dialog = screen.getByRole('dialog', { name: 'Mandat widerrufen?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Abbrechen' }));

    // Tab stays inside
    await user.tab();
    expect(document.activeElement).toBe(
      within(dialog).getByRole('button', { name: 'Endgültig widerrufen' }),
    );
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(
      within(dialog).getByRole('button', { name: 'Endgültig widerrufen' }),
    );

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(revoke);

    await user.click(revoke);
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(kc.callsTo('sepa:revoke')).toEqual([]);
  });

  it('revokes after confirmation and offers the form again', async () => {
    const user = await openMandate();
    await user.click(screen.getByRole('button', { name: 'Mandat widerrufen' }));
    await user.click(screen.getByRole('button', { name: 'Endgültig widerrufen' }));
    expect(kc.callsTo('sepa:revoke')).toEqual([{ id: 'm-1' }]);
    expect((await screen.findByTestId('sepa-notice')).textContent).toMatch(
      /Das Mandat ist widerrufen/,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('sepa-next-reference').textContent).toBe('CMO-K100234-0002');
  });

  it('keeps the dialog open with the reason when revoking fails', async () => {
    kc.handlers['sepa:revoke'] = () => fail('errors.offline');
    const user = await openMandate();
    await user.click(screen.getByRole('button', { name: 'Mandat widerrufen' }));
    await user.click(screen.getByRole('button', { name: 'Endgültig widerrufen' }));
    const dialog = screen.getByRole('dialog');
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(
      /Der Server ist nicht erreichbar/,
    );
  });

  it('cannot be revoked offline', async () => {
    kc.handlers['sync:status'] = () =>
      ok({ online: false, syncing: false, lastSyncedAt: '2026-11-25T13:03:00Z' });
    const user = await openMandate();
    const revoke = screen.getByRole('button', { name: 'Mandat widerrufen' });
    expect(revoke.getAttribute('aria-disabled')).toBe('true');
    expect(describedText(revoke)).toBe('Dafür ist eine Verbindung nötig.');
    await user.click(revoke);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('follows sync when the mandate changed elsewhere', async () => {
    await openMandate();
    kc.handlers['sepa:mandates'] = () => ok(cached(NO_MANDATES));
    act(() => kc.emit('data:changed', { resource: 'sepa-mandates' }));
    await screen.findByRole('button', { name: 'Mandat erteilen' });
    expect(screen.queryByRole('button', { name: 'Mandat widerrufen' })).toBeNull();
  });
});
