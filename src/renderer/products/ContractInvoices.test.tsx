// @vitest-environment jsdom
// The invoices of a contract: the newest with the contract, the older a page at a time.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { description } from '../test-support/announced';
import { fail, ok, type FakeKc } from '../test-support/fake-kc';
import { cached, HOSTING } from './products-fixtures';
import { goOffline, openProducts as open, setUpProductsScreen } from './products-screen-setup';

let kc: FakeKc;

setUpProductsScreen((fake) => (kc = fake));

describe('a contract of many invoices', () => {
  const ref = (n: number) => ({
    id: `inv-${n}`,
    number: `RE-2026-00000${n}`,
    date: `2026-0${n}-01`,
    totalCents: 1299,
    status: 'paid' as const,
  });
  const MANY = {
    ...HOSTING,
    invoices: [ref(5), ref(4)],
    invoiceCount: 5,
    invoicesNextCursor: 'i1.after-4',
  };

  it('shows the newest with the count, and the older a page at a time on request', async () => {
    kc.handlers['contracts:get'] = () => ok(cached(MANY));
    kc.handlers['contracts:invoices'] = (input) =>
      (input as { cursor: string }).cursor === 'i1.after-4'
        ? ok({ items: [ref(3), ref(2)], nextCursor: 'i1.after-2' })
        : ok({ items: [ref(1)], nextCursor: null });
    const user = open('/products/c-hosting');
    const table = await screen.findByTestId('contract-invoices');
    const numbers = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    expect(numbers()).toEqual(['RE-2026-000005', 'RE-2026-000004']);
    expect(screen.getByTestId('contract-invoices-shown').textContent).toBe('2 von 5 Rechnungen');
    const more = screen.getByRole('button', { name: 'Ältere Rechnungen laden' });
    expect(description(more)).toBe('2 von 5 Rechnungen');

    await user.click(more);
    await waitFor(() => expect(numbers()).toHaveLength(4));
    expect(screen.getByTestId('contract-invoices-shown').textContent).toBe('4 von 5 Rechnungen');
    await user.click(screen.getByRole('button', { name: 'Ältere Rechnungen laden' }));
    await waitFor(() => expect(numbers()).toHaveLength(5));
    expect(numbers()[4]).toBe('RE-2026-000001');
    // all there: no count line and no button any more
    expect(screen.queryByTestId('contract-invoices-shown')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ältere Rechnungen laden' })).toBeNull();
    expect(kc.callsTo('contracts:invoices')).toEqual([
      { id: 'c-hosting', cursor: 'i1.after-4' },
      { id: 'c-hosting', cursor: 'i1.after-2' },
    ]);
  });

  it('says why the older ones did not come and keeps what is shown; offline it waits', async () => {
    kc.handlers['contracts:get'] = () => ok(cached(MANY));
    kc.handlers['contracts:invoices'] = () => fail('errors.offline');
    const user = open('/products/c-hosting', 'en');
    const more = await screen.findByRole('button', { name: 'Load older invoices' });
    expect(screen.getByTestId('contract-invoices-shown').textContent).toBe('2 of 5 invoices');
    await user.click(more);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The server cannot be reached. Check your connection and try again.',
    );
    expect(within(screen.getByTestId('contract-invoices')).getAllByRole('rowheader')).toHaveLength(
      2,
    );

    goOffline();
    expect(more.getAttribute('aria-disabled')).toBe('true');
    expect(description(more)).toBe('2 of 5 invoices This needs a connection.');
    await user.click(more);
    expect(kc.callsTo('contracts:invoices')).toHaveLength(1);
  });
});
