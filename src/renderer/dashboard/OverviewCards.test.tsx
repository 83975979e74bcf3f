// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DashboardOverview, SupportCard } from '../../shared/dashboard/types';
import type { Notice } from '../../shared/notices/types';
import { App } from '../App';
import { ok, removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import { installApp, renderWithI18n, resetAll } from '../test-support/render';
import { expectPageTitle } from '../test-support/announced';

const INCIDENT: Notice = {
  id: '3',
  kind: 'incident',
  state: 'active',
  title: { de: 'Verzögerter E-Mail-Empfang', en: 'Delayed e-mail delivery' },
  body: { de: 'Eingehende E-Mails kommen verspätet an.', en: 'Incoming e-mails arrive late.' },
  startsAt: '2026-11-25T12:15:00.000Z',
  endsAt: null,
  general: false,
  contractIds: ['V-100234-02'],
  domains: ['muster-webdesign.de'],
  updatedAt: '2026-11-25T12:15:00.000Z',
};

const OVERVIEW: DashboardOverview = {
  openAmount: {
    status: 'ready',
    data: {
      openCents: 18900,
      openCount: 3,
      overdueCents: 7000,
      overdueCount: 2,
      nextDue: { invoiceId: 'inv-d', invoiceNumber: 'RE-2026-0004', dueDate: '2026-11-01' },
      failedDebits: [
        {
          invoiceId: 'inv-d',
          invoiceNumber: 'RE-2026-0004',
          date: '2026-11-04',
          amountCents: 11900,
        },
      ],
    },
  },
  support: {
    status: 'ready',
    data: {
      openCount: 2,
      unreadCount: 1,
      firstUnreadId: 't-7',
      pendingReplies: 1,
      failedReplies: 0,
    },
  },
  dueSoon: {
    status: 'ready',
    data: {
      domains: {
        status: 'ready',
        data: { items: [{ name: 'muster-webdesign-shop.de', expiresAt: '2026-12-07' }], total: 1 },
      },
      contracts: { status: 'denied', right: 'contracts' },
      mandateMissing: { status: 'ready', data: true },
    },
  },
  notices: { status: 'ready', data: { items: [INCIDENT] } },
  syncedAt: '2026-11-25T13:10:00.000Z',
  today: '2026-11-25',
};

const supportData = (OVERVIEW.support as { data: SupportCard }).data;

let kc: FakeKc;

beforeEach(() => {
  vi.stubEnv('TZ', 'Europe/Berlin');
  resetAll();
  kc = installApp({
    'session:get': () => ok({ status: 'signedIn', email: 'demo@kundencenter.example' }),
    'dashboard:overview': () => ok(OVERVIEW),
    'notices:list': () => ok({ data: [INCIDENT], syncedAt: '2026-11-25T13:10:00.000Z' }),
  });
});

afterEach(() => {
  cleanup();
  removeFakeKc();
  vi.unstubAllEnvs();
});

describe('the Übersicht cards', () => {
  it('flags a failed direct debit first and links each line to what it summarises', async () => {
    renderWithI18n(<App />);
    const open = await screen.findByTestId('card-open-amount');
    const first = open.querySelector('p');
    expect(first?.getAttribute('data-testid')).toBe('failed-debit');
    expect(
      within(open)
        .getByRole('link', { name: /Lastschrift fehlgeschlagen/ })
        .getAttribute('href'),
    ).toBe('#/billing/invoices/inv-d');
    expect(
      within(open)
        .getByTestId('open-sum')
        .textContent?.replace(/\u00a0/g, ' '),
    ).toBe('189,00 € offen');
    // the overdue part right under the count, in the warning colour
    const overdue = within(open).getByText(/^davon 70,00\s€ überfällig \(2 Rechnungen\)$/);
    expect(overdue.className).toBe('billing-card__value--danger');
    expect(overdue.previousElementSibling?.textContent).toBe('3 offene Rechnungen');

    const support = screen.getByTestId('card-support');
    expect(
      within(support).getByRole('link', { name: '1 ungelesene Antwort' }).getAttribute('href'),
    ).toBe('#/support/tickets/t-7');
    expect(support.textContent).toContain('1 Antwort wartet im Postausgang');
    // waiting is not failing: nothing in the warning colour
    expect(support.querySelector('.billing-card__value--danger')).toBeNull();

    const due = screen.getByTestId('card-due-soon');
    expect(
      within(due)
        .getByRole('link', { name: /muster-webdesign-shop\.de läuft am 07\.12\.2026 ab/ })
        .getAttribute('href'),
    ).toBe('#/domains/muster-webdesign-shop.de');
    expect(within(due).getByTestId('mandate-missing').textContent).toContain(
      'kein gültiges SEPA-Mandat',
    );
    // the part without the right is named instead of a list that looks empty
    expect(within(due).getByText('Verträge: kein Zugriff (Recht „Verträge“)').className).toBe(
      'meta',
    );
    expect(within(due).queryByTestId('due-contracts')).toBeNull();

    const notices = screen.getByTestId('card-notices');
    expect(
      within(notices)
        .getByRole('link', { name: 'Verzögerter E-Mail-Empfang' })
        .getAttribute('href'),
    ).toBe('#/?notice=3');
    expect(
      within(notices).getByRole('link', { name: 'Verzögerter E-Mail-Empfang' }).closest('li')
        ?.textContent,
    ).toContain('seit 25.11.2026, 13:15');
    // "Stand" is the last contact with the server, not the account's copy, and follows it
    expect(screen.getByTestId('dashboard-synced-at').textContent).toBe('Stand: 25.11.2026, 14:03');
    act(() =>
      kc.emit('sync:changed', {
        online: true,
        syncing: false,
        lastSyncedAt: '2026-11-25T13:20:00Z',
      }),
    );
    expect(screen.getByTestId('dashboard-synced-at').textContent).toBe('Stand: 25.11.2026, 14:20');
  });

  it('says "kein Zugriff" with the right for a card the user may not see', async () => {
    kc.handlers['dashboard:overview'] = () =>
      ok({ ...OVERVIEW, openAmount: { status: 'denied', right: 'invoices' } });
    renderWithI18n(<App />);
    const open = await screen.findByTestId('card-open-amount');
    await within(open).findByText(/Kein Zugriff: Hierfür fehlt Ihnen das Recht „Rechnungen“/);
    expect(open.getAttribute('data-state')).toBe('denied');
  });

  it('asks main again when it announces the dashboard changed', async () => {
    renderWithI18n(<App />);
    await screen.findByTestId('open-sum');
    kc.handlers['dashboard:overview'] = () =>
      ok({
        ...OVERVIEW,
        openAmount: {
          status: 'ready',
          data: {
            ...(OVERVIEW.openAmount as { data: object }).data,
            failedDebits: [],
            openCount: 0,
          },
        },
      });
    act(() => kc.emit('data:changed', { resource: 'invoices' }));
    expect(kc.callsTo('dashboard:overview')).toHaveLength(1);
    act(() => kc.emit('data:changed', { resource: 'dashboard' }));
    await within(screen.getByTestId('card-open-amount')).findByText('Keine offenen Rechnungen.');
    expect(screen.queryByTestId('failed-debit')).toBeNull();
  });

  it("counts unread replies and overdue invoices in the menu from the overview's figures", async () => {
    window.location.hash = '#/contacts';
    renderWithI18n(<App />);
    const support = await screen.findByTestId('menu-support-count');
    expect(support.textContent).toBe('11 ungelesene Antwort');
    const billing = screen.getByTestId('menu-billing-count');
    expect(billing.textContent).toBe('22 überfällige Rechnungen');
    expect(screen.getByRole('link', { name: 'Support' }).getAttribute('aria-describedby')).toBe(
      support.id,
    );
    // one ask for the whole window, though the menu and (later) the Übersicht both show it
    window.location.hash = '#/';
    await screen.findByTestId('card-open-amount');
    expect(kc.callsTo('dashboard:overview')).toHaveLength(1);

    kc.handlers['dashboard:overview'] = () =>
      ok({
        ...OVERVIEW,
        support: { ...OVERVIEW.support, data: { ...supportData, unreadCount: 0 } },
      });
    act(() => kc.emit('data:changed', { resource: 'dashboard' }));
    await waitFor(() => expect(screen.queryByTestId('menu-support-count')).toBeNull());
    expect(screen.getByTestId('menu-billing-count').textContent).toContain(
      '2 überfällige Rechnungen',
    );
  });

  it('opens one notice from its route, in English too', async () => {
    window.location.hash = '#/?notice=3';
    renderWithI18n(<App />, 'en');
    await expectPageTitle('Delayed e-mail delivery');
    const detail = screen.getByTestId('notice-detail');
    expect(detail.textContent).toContain('Incoming e-mails arrive late.');
    expect(within(detail).getByRole('link', { name: 'V-100234-02' }).getAttribute('href')).toBe(
      '#/products/V-100234-02',
    );
    expect(
      within(detail).getByRole('link', { name: 'muster-webdesign.de' }).getAttribute('href'),
    ).toBe('#/domains/muster-webdesign.de');
    expect(screen.getByRole('link', { name: 'Back to the overview' }).getAttribute('href')).toBe(
      '#/',
    );
  });
});
