// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { billingHandlers } from '../test-support/billing-fixtures';
import { fail, ok, removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import { installApp, renderWithI18n, resetAll } from '../test-support/render';
import { description } from '../test-support/announced';

let kc: FakeKc;

beforeEach(() => {
  resetAll();
  kc = installApp({
    'session:get': () => ok({ status: 'signedIn', email: 'demo@kundencenter.example' }),
    ...billingHandlers(),
    'invoices:payment': () => ok(null),
    'settings:get': () =>
      ok({ language: 'de', invoicePdfYears: 2, einvoiceFormat: 'xrechnung-ubl' }),
    'settings:set': (input) => ok({ language: 'de', invoicePdfYears: 2, ...(input as object) }),
    'invoices:saveEinvoice': () => ok({ saved: true }),
  });
});

afterEach(() => {
  cleanup();
  removeFakeKc();
});

function open(language: 'de' | 'en' = 'de') {
  kc.handlers['settings:get'] = () =>
    ok({ language, invoicePdfYears: 2, einvoiceFormat: 'xrechnung-ubl' });
  window.location.hash = '#/billing/invoices/inv-123';
  renderWithI18n(<App />, language);
  return userEvent.setup();
}

describe('E-Rechnung on an invoice', () => {
  it('starts from the remembered format, remembers a new one and saves in it', async () => {
    const user = open();
    const format = await screen.findByLabelText<HTMLSelectElement>('Format');
    expect(format.value).toBe('xrechnung-ubl');
    expect(description(format)).toMatch(/für die Rechnungen der letzten 2 Jahre/);
    await user.selectOptions(format, 'ZUGFeRD (PDF mit XML)');
    expect(kc.callsTo('settings:set')).toEqual([{ einvoiceFormat: 'zugferd' }]);
    await user.click(screen.getByRole('button', { name: 'E-Rechnung speichern …' }));
    expect(kc.callsTo('invoices:saveEinvoice')).toEqual([{ id: 'inv-123', format: 'zugferd' }]);
    expect((await screen.findByTestId('einvoice-result')).textContent).toBe(
      'E-Rechnung gespeichert.',
    );
  });

  it('says so when the e-invoice is not kept offline, and other failures as such', async () => {
    kc.handlers['invoices:saveEinvoice'] = () => fail('errors.offline');
    const user = open('en');
    const section = await screen.findByTestId('einvoice');
    await user.click(await within(section).findByRole('button', { name: 'Save e-invoice …' }));
    expect((await within(section).findByRole('alert')).textContent).toMatch(
      /not stored on this device in this format/,
    );
    kc.handlers['invoices:saveEinvoice'] = () => fail('errors.unknown');
    await user.click(within(section).getByRole('button', { name: 'Save e-invoice …' }));
    await waitFor(() =>
      expect(within(section).getByRole('alert').textContent).not.toMatch(/not stored/),
    );
  });
});
