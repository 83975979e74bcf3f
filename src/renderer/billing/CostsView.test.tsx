// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CostsReport } from '../../shared/costs/types';
import { App } from '../App';
import { billingHandlers } from '../test-support/billing-fixtures';
import { ok, removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import { installApp, renderWithI18n, resetAll } from '../test-support/render';
import { resetCostsPeriod, useCostsPeriod } from './costs-period';

const REPORT: CostsReport = {
  from: '2026-01-01',
  to: '2026-06-30',
  invoices: 6,
  missing: 1,
  rows: [
    {
      contractNumber: 'V-1',
      name: 'Webhosting Business',
      netCents: 8994,
      grossCents: 10704,
      sharePercent: 60,
      lines: 6,
    },
    {
      contractNumber: 'V-2',
      name: 'E-Mail Pro 10',
      netCents: 5996,
      grossCents: 7136,
      sharePercent: 40,
      lines: 6,
    },
  ],
  netCents: 14990,
  grossCents: 17840,
  forecast: {
    monthStart: '2026-07-01',
    monthEnd: '2026-07-31',
    lines: [
      {
        contractNumber: 'V-1',
        name: 'Webhosting Business',
        periodStart: '2026-07-01',
        periodEnd: '2026-07-31',
        billingCycleMonths: 1,
        netCents: 1499,
        vatRate: 19,
        vatCents: 285,
        grossCents: 1784,
      },
    ],
    netCents: 1499,
    vatCents: 285,
    grossCents: 1784,
  },
  contractsForbidden: false,
};

let kc: FakeKc;
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u202f\u00a0]/g, ' ');

beforeEach(() => {
  resetAll();
  resetCostsPeriod();
  useCostsPeriod.setState({ from: '2026-01-01', to: '2026-06-30' });
  kc = installApp({
    'session:get': () => ok({ status: 'signedIn', email: 'demo@kundencenter.example' }),
    ...billingHandlers(),
    'billing:costs': () => ok(REPORT),
    'billing:costsCsv': () => ok({ saved: true, count: 2 }),
  });
});

afterEach(() => {
  cleanup();
  removeFakeKc();
});

describe('Kosten', () => {
  it('shows each contract with its share as a bar, the forecast, and saves the CSV', async () => {
    window.location.hash = '#/billing/costs';
    renderWithI18n(<App />);
    const user = userEvent.setup();
    const table = await screen.findByTestId('costs-table');
    expect(kc.callsTo('billing:costs')).toEqual([{ from: '2026-01-01', to: '2026-06-30' }]);
    const rows = within(table).getAllByTestId('costs-row');
    expect(rows.map((r) => plain(r.textContent))).toEqual([
      'V-1Webhosting Business89,94 €107,04 €60 %',
      'V-2E-Mail Pro 1059,96 €71,36 €40 %',
    ]);
    expect(
      within(table)
        .getAllByTestId('share-bar')
        .map((b) => b.getAttribute('width')),
    ).toEqual(['60', '40']);
    expect(plain(screen.getByTestId('costs-net').textContent)).toBe('149,90 €');
    expect(screen.getByTestId('costs-missing').textContent).toMatch(/^1 Rechnung des Zeitraums/);
    expect(screen.getByTestId('forecast-table').closest('section')?.textContent).toMatch(
      /Voraussichtlich für Juli 2026/,
    );
    expect(plain(screen.getByTestId('forecast-gross').textContent)).toBe('17,84 €');

    await user.click(screen.getByRole('button', { name: 'Als CSV speichern …' }));
    expect(kc.callsTo('billing:costsCsv')).toEqual([{ from: '2026-01-01', to: '2026-06-30' }]);
    await waitFor(() =>
      expect(screen.getByTestId('costs-export-result').textContent).toBe('CSV gespeichert.'),
    );
  });

  it('answers a reversed period at "Bis" and keeps both dates', async () => {
    window.location.hash = '#/billing/costs';
    renderWithI18n(<App />, 'en');
    await screen.findByTestId('costs-table');
    const to = screen.getByLabelText<HTMLInputElement>('To');
    useCostsPeriod.getState().set({ to: '2025-12-31' });
    await waitFor(() => expect(to.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('alert').textContent).toBe(
      '"To" is before "From" (01/01/2026). Please choose a later day.',
    );
    expect(to.value).toBe('2025-12-31');
    expect(screen.getByLabelText<HTMLInputElement>('From').value).toBe('2026-01-01');
    expect(screen.queryByTestId('costs-table')).toBeNull();
    expect(kc.callsTo('billing:costs')).toHaveLength(1);
  });
});
