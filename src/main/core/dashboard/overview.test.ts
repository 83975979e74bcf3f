import { describe, expect, it } from 'vitest';
import type { Booking, InvoiceSummary } from '../../../shared/billing';
import type { DomainSummary } from '../../../shared/domains/types';
import type { Notice } from '../../../shared/notices/types';
import type { ContractSummary } from '../../../shared/products/types';
import type { Ticket } from '../../../shared/support/types';
import { addDays, computeDashboard, type OverviewSources } from './overview';

const TODAY = '2026-11-25';

function invoice(id: string, patch: Partial<InvoiceSummary>): InvoiceSummary {
  return {
    id,
    number: `RE-${id}`,
    issueDate: '2026-11-01',
    dueDate: '2026-12-01',
    netCents: 10000,
    vatCents: 1900,
    grossCents: 11900,
    openCents: 0,
    status: 'paid',
    ...patch,
  };
}

function booking(kind: Booking['kind'], invoiceId: string, date: string): Booking {
  return {
    id: `${kind}-${invoiceId}-${date}`,
    date,
    kind,
    reference: '',
    amountCents: 11900,
    balanceCents: 0,
    invoiceId,
  };
}

const domain = (name: string, expiresAt: string, autoRenew: boolean): DomainSummary => ({
  name,
  tld: 'de',
  status: 'active',
  expiresAt,
  autoRenew,
  transferLock: true,
  contractId: null,
  recordCount: 0,
});

const contract = (id: string, patch: Partial<ContractSummary>): ContractSummary => ({
  id,
  contractNumber: id,
  productType: 'webhosting',
  productName: `Produkt ${id}`,
  status: 'active',
  startDate: '2025-01-01',
  minimumTermMonths: 12,
  renewalPeriodMonths: 12,
  noticePeriod: { unit: 'months', amount: 1 },
  priceCents: 999,
  billingCycleMonths: 1,
  nextRenewal: '2027-01-01',
  endDate: null,
  domains: [],
  cancellationRequested: false,
  ...patch,
});

const notice = (id: string, state: Notice['state'], startsAt: string): Notice => ({
  id,
  kind: 'maintenance',
  state,
  title: { de: `Hinweis ${id}`, en: `Notice ${id}` },
  body: { de: '', en: '' },
  startsAt,
  endsAt: null,
  general: false,
  contractIds: [],
  domains: [],
  updatedAt: startsAt,
});

function sources(patch: Partial<OverviewSources> = {}): OverviewSources {
  return {
    rights: null,
    refused: new Set(),
    invoices: [],
    statement: { balanceCents: 0, bookings: [] },
    paymentMethods: { available: ['bank_transfer'], current: 'bank_transfer' },
    mandates: { creditorId: 'DE98ZZZ09999999999', nextReference: 'X', mandates: [] },
    tickets: [],
    outbox: [],
    domains: [],
    contracts: [],
    notices: [],
    syncedAt: '2026-11-25T13:03:00.000Z',
    ...patch,
  };
}

describe('computeDashboard', () => {
  it('sums open and overdue invoices, the next due date, and flags a failed direct debit first', () => {
    const overview = computeDashboard(
      sources({
        invoices: [
          invoice('a', { status: 'open', openCents: 11900, dueDate: '2026-12-10' }),
          // open, but its due date passed: overdue as of today even before the server says so
          invoice('b', { status: 'open', openCents: 5000, dueDate: '2026-11-20' }),
          invoice('c', { status: 'paid', dueDate: '2026-10-01' }),
          invoice('d', { status: 'overdue', openCents: 2000, dueDate: '2026-11-01' }),
        ],
        statement: {
          balanceCents: 0,
          bookings: [
            booking('return_debit', 'c', '2026-10-05'), // paid again since: no longer failed
            booking('return_debit', 'd', '2026-11-04'),
          ],
        },
      }),
      TODAY,
    );
    expect(overview.openAmount).toEqual({
      status: 'ready',
      data: {
        openCents: 18900,
        openCount: 3,
        overdueCents: 7000,
        overdueCount: 2,
        nextDue: { invoiceId: 'd', invoiceNumber: 'RE-d', dueDate: '2026-11-01' },
        failedDebits: [
          { invoiceId: 'd', invoiceNumber: 'RE-d', date: '2026-11-04', amountCents: 11900 },
        ],
      },
    });
  });

  it('counts open tickets, unread replies and the outbox', () => {
    const ticket = (id: string, status: Ticket['status'], unread: boolean) =>
      ({ id, status, unread }) as Ticket;
    const overview = computeDashboard(
      sources({
        tickets: [
          ticket('t3', 'answered', true),
          ticket('t2', 'open', false),
          ticket('t1', 'closed', true),
        ],
        outbox: [{ failed: false }, { failed: true }, { failed: false }],
      }),
      TODAY,
    );
    expect(overview.support).toEqual({
      status: 'ready',
      data: {
        openCount: 2,
        unreadCount: 2,
        firstUnreadId: 't3',
        pendingReplies: 2,
        failedReplies: 1,
      },
    });
  });

  it('lists domains expiring within 60 days without auto-renew, ending contracts and a missing mandate', () => {
    const overview = computeDashboard(
      sources({
        domains: [
          domain('renews.de', addDays(TODAY, 10), true),
          domain('soon.de', addDays(TODAY, 12), false),
          domain('later.de', addDays(TODAY, 61), false),
          domain('gone.de', addDays(TODAY, -1), false),
          domain('edge.de', addDays(TODAY, 60), false),
        ],
        contracts: [
          contract('V-1', {}),
          contract('V-2', { status: 'cancelled', endDate: '2027-01-31', nextRenewal: null }),
          contract('V-3', { status: 'cancelled', endDate: '2026-11-01', nextRenewal: null }),
          contract('V-4', { cancellationRequested: true }),
        ],
        paymentMethods: { available: ['sepa_direct_debit'], current: 'sepa_direct_debit' },
      }),
      TODAY,
    );
    expect(overview.dueSoon.status).toBe('ready');
    if (overview.dueSoon.status !== 'ready') return;
    const { domains, contracts, mandateMissing } = overview.dueSoon.data;
    expect(domains).toEqual({
      status: 'ready',
      data: {
        items: [
          { name: 'soon.de', expiresAt: '2026-12-07' },
          { name: 'edge.de', expiresAt: '2027-01-24' },
        ],
        total: 2,
      },
    });
    // V-3 ended already (its end date passed), V-4 awaits the review of its cancellation
    expect(
      contracts.status === 'ready' && contracts.data.items.map((c) => [c.id, c.reason]),
    ).toEqual([
      ['V-2', 'cancelled'],
      ['V-4', 'cancellationRequested'],
    ]);
    expect(mandateMissing).toEqual({ status: 'ready', data: true });
  });

  it('shows active notices before planned ones and leaves resolved ones out', () => {
    const overview = computeDashboard(
      sources({
        notices: [
          notice('4', 'planned', '2026-12-01T01:00:00.000Z'),
          notice('3', 'active', '2026-11-25T10:00:00.000Z'),
          notice('2', 'resolved', '2026-11-20T10:00:00.000Z'),
          notice('1', 'planned', '2026-11-28T01:00:00.000Z'),
        ],
      }),
      TODAY,
    );
    expect(
      overview.notices.status === 'ready' && overview.notices.data.items.map((n) => n.id),
    ).toEqual(['3', '1', '4']);
  });

  it('says "not allowed" per card from the rights, and from what the server refused', () => {
    const overview = computeDashboard(
      sources({ rights: ['tickets', 'domains'], refused: new Set(['domains']) }),
      TODAY,
    );
    expect(overview.openAmount).toEqual({ status: 'denied', right: 'invoices' });
    expect(overview.support.status).toBe('ready');
    expect(overview.notices.status).toBe('ready');
    // every part of "Bald fällig" is closed to this user: the card as a whole is
    expect(overview.dueSoon).toEqual({ status: 'denied', right: 'domains' });
  });

  it('is loading for what is not cached yet', () => {
    const overview = computeDashboard(sources({ invoices: null, notices: null }), TODAY);
    expect(overview.openAmount).toEqual({ status: 'loading' });
    expect(overview.notices).toEqual({ status: 'loading' });
    expect(overview.syncedAt).toBe('2026-11-25T13:03:00.000Z');
  });
});
