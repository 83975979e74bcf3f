import { describe, expect, it } from 'vitest';
import type { SepaMandate } from '../../../shared/billing';
import { computeOverview, localDay } from './overview';
import { summary } from './testing-invoices';

const mandate = (status: SepaMandate['status'], id: string): SepaMandate => ({
  id,
  reference: `CMO-K100234-000${id}`,
  creditorId: 'DE98ZZZ09999999999',
  accountHolder: 'Erika Mustermann',
  ibanMasked: 'DE89 •••• •••• •••• ••30 00',
  bic: null,
  signedAt: '2026-01-01T10:00:00.000Z',
  status,
  revokedAt: status === 'revoked' ? '2026-02-01T10:00:00.000Z' : null,
});

describe('computeOverview', () => {
  const invoices = [
    summary({ id: '1', status: 'paid', openCents: 0, dueDate: '2026-01-10' }),
    summary({ id: '2', status: 'open', openCents: 1190, dueDate: '2026-03-20' }),
    summary({ id: '3', status: 'overdue', openCents: 2380, dueDate: '2026-02-01' }),
    summary({ id: '4', status: 'cancelled', openCents: 0, dueDate: '2026-01-01' }),
    // open by the server's last word, but its due date has passed meanwhile
    summary({ id: '5', status: 'open', openCents: 500, dueDate: '2026-03-01' }),
    // partly paid
    summary({ id: '6', status: 'open', openCents: 100, grossCents: 1190, dueDate: '2026-04-01' }),
  ];

  it('sums open and overdue amounts; the next due date is one still ahead, overdue apart', () => {
    const overview = computeOverview(invoices, null, null, '2026-03-10');
    expect(overview.openCents).toBe(1190 + 2380 + 500 + 100);
    expect(overview.overdueCents).toBe(2380 + 500);
    expect(overview.nextDueDate).toBe('2026-03-20');
    expect(overview.overdueSinceDate).toBe('2026-02-01');
    expect(overview.paymentMethod).toBeNull();
    expect(overview.mandate).toBeNull();
  });

  it('has nothing open for a settled account', () => {
    expect(computeOverview([invoices[0]!, invoices[3]!], null, null, '2026-03-10')).toMatchObject({
      openCents: 0,
      overdueCents: 0,
      nextDueDate: null,
      overdueSinceDate: null,
    });
  });

  it('names the current payment method and the active mandate only', () => {
    const overview = computeOverview(
      [],
      { available: ['sepa_direct_debit', 'bank_transfer'], current: 'sepa_direct_debit' },
      {
        creditorId: 'DE98ZZZ09999999999',
        nextReference: 'CMO-K100234-0003',
        mandates: [mandate('revoked', '1'), mandate('active', '2')],
      },
      '2026-03-10',
    );
    expect(overview.paymentMethod).toBe('sepa_direct_debit');
    expect(overview.mandate?.id).toBe('2');
    const revokedOnly = computeOverview(
      [],
      null,
      { creditorId: 'x', nextReference: 'y', mandates: [mandate('revoked', '1')] },
      '2026-03-10',
    );
    expect(revokedOnly.mandate).toBeNull();
  });
});

describe('localDay', () => {
  it('formats the local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59).getTime())).toBe('2026-01-05');
  });
});
