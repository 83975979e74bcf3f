// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/domain';
import { App } from '../App';
import { ok, removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import { installApp, renderWithI18n, resetAll } from '../test-support/render';
import { switchChart } from './DatevSection';
import { useSettingsStore } from './settings-store';

const SETTINGS = {
  language: 'de',
  invoicePdfYears: 3,
  einvoiceFormat: 'xrechnung-cii',
  datevChart: 'skr03',
  datevCreditorAccount: '70000',
  datevExpenseAccount: '4925',
  datevConsultantNumber: '',
  datevClientNumber: '',
} as Settings;

let kc: FakeKc;
let stored: Settings;

beforeEach(() => {
  resetAll();
  useSettingsStore.setState({ settings: null, repaired: false, loadError: null, outcome: null });
  stored = { ...SETTINGS };
  kc = installApp({
    'session:get': () => ok({ status: 'signedIn', email: 'demo@kundencenter.example' }),
    'settings:get': () => ok(stored),
    'settings:set': (patch) => {
      stored = { ...stored, ...(patch as Partial<Settings>) };
      return ok(stored);
    },
    'settings:notice': () => ok({ repaired: false }),
    'network:info': () => ok(null),
  });
});

afterEach(() => {
  cleanup();
  removeFakeKc();
});

async function openDatev(language: 'de' | 'en' = 'de') {
  stored = { ...stored, language };
  window.location.hash = '#/settings';
  renderWithI18n(<App />, language);
  const title = language === 'de' ? 'DATEV-Export' : 'DATEV export';
  const heading = await screen.findByRole('heading', { name: title, level: 2 });
  return { section: heading.closest('section')!, user: userEvent.setup() };
}

describe('DATEV settings', () => {
  it('switching the chart brings its defaults, but keeps an account the person typed', () => {
    const typed = {
      creditorAccount: '70000',
      expenseAccount: '4925',
      consultantNumber: '',
      clientNumber: '',
    };
    expect(switchChart(typed, 'skr03', 'skr04').expenseAccount).toBe('6810');
    expect(switchChart({ ...typed, expenseAccount: '4930' }, 'skr03', 'skr04').expenseAccount).toBe(
      '4930',
    );
    expect(switchChart({ ...typed, expenseAccount: ' ' }, 'skr04', 'skr03').expenseAccount).toBe(
      '4925',
    );
    expect(
      switchChart({ ...typed, creditorAccount: '71234' }, 'skr03', 'skr04').creditorAccount,
    ).toBe('71234');
  });

  it('answers bad input at its field, keeps what was typed, and saves all together', async () => {
    const { section, user } = await openDatev();
    const s = within(section);
    await user.click(s.getByRole('radio', { name: 'SKR 04' }));
    expect(s.getByLabelText<HTMLInputElement>('Sachkonto').value).toBe('6810');
    const consultant = s.getByLabelText<HTMLInputElement>('Beraternummer');
    await user.type(consultant, '12');
    await user.type(s.getByLabelText('Mandantennummer'), '4711');
    await user.click(s.getByRole('button', { name: 'DATEV-Angaben speichern' }));
    expect(s.getByRole('alert').textContent).toBe(
      'Die Beraternummer hat 4 bis 7 Ziffern und liegt zwischen 1001 und 9999999.',
    );
    expect(consultant.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(consultant);
    expect(consultant.value).toBe('12');
    expect(kc.callsTo('settings:set')).toEqual([]);

    await user.type(consultant, '3456');
    expect(s.queryByRole('alert')).toBeNull();
    await user.click(s.getByRole('button', { name: 'DATEV-Angaben speichern' }));
    await waitFor(() => expect(s.getByRole('status').textContent).toBe('Gespeichert.'));
    expect(kc.callsTo('settings:set')).toEqual([
      {
        datevChart: 'skr04',
        datevCreditorAccount: '70000',
        datevExpenseAccount: '6810',
        datevConsultantNumber: '123456',
        datevClientNumber: '4711',
      },
    ]);
  });

  it('speaks English', async () => {
    const { section, user } = await openDatev('en');
    const s = within(section);
    const expense = s.getByLabelText<HTMLInputElement>('Expense account');
    await user.clear(expense);
    await user.type(expense, '49x');
    await user.click(s.getByRole('button', { name: 'Save DATEV details' }));
    expect(s.getByRole('alert').textContent).toBe(
      'Please enter a four-digit expense account, e.g. 4925.',
    );
    expect(expense.value).toBe('49x');
  });
});
