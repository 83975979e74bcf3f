// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { ok, removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import { ACCOUNT, APP_INFO, installApp, renderWithI18n, resetAll } from '../test-support/render';
import { expectPageTitle, findAnnounced } from '../test-support/announced';

let kc: FakeKc;

beforeEach(() => {
  vi.stubEnv('TZ', 'Europe/Berlin');
  resetAll();
  kc = installApp({
    'session:get': () => ok({ status: 'signedIn', email: 'demo@kundencenter.example' }),
  });
});

afterEach(() => {
  cleanup();
  removeFakeKc();
  vi.unstubAllEnvs();
});

describe('signed-in frame', () => {
  it('has a header, the Kundencenter menu and the dashboard', async () => {
    renderWithI18n(<App />);
    await expectPageTitle('Übersicht');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    // the menu sits beside the screen, not inside its header or its main landmark
    const nav = screen.getByRole('navigation', { name: 'Kundencenter' });
    expect(screen.getByRole('banner').contains(nav)).toBe(false);
    expect(screen.getByRole('main').contains(nav)).toBe(false);
    const overview = within(nav).getByRole('link', { name: 'Übersicht' });
    expect(overview.getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Abrechnung' }).getAttribute('href')).toBe(
      '#/billing',
    );
    // every menu has its screen now: none is marked as coming
    for (const name of ['Domains', 'Hilfe']) {
      const link = within(nav).getByRole('link', { name });
      expect(link.hasAttribute('aria-disabled')).toBe(false);
      expect(link.getAttribute('href')).toBe(name === 'Domains' ? '#/domains' : '#/help');
    }
  });

  it('greets the customer and shows Kundennummer, address and verification', async () => {
    renderWithI18n(<App />);
    expect((await screen.findByText('Guten Tag, Erika Mustermann')).closest('main')).not.toBeNull();
    expect(screen.getByTestId('customer-number').textContent).toBe('K-100234');
    const address = screen.getByRole('region', { name: 'Anschrift' }).querySelector('address')!;
    expect([...address.children].map((line) => line.textContent)).toEqual([
      'Mustermann Webdesign GmbH',
      'Erika Mustermann',
      'Musterstraße 1',
      '10115 Berlin',
      'Deutschland',
    ]);
    expect(screen.getByTestId('verification-status').textContent).toBe('Verifiziert');
    expect(screen.getByTestId('dashboard-synced-at').textContent).toBe('Stand: 25.11.2026, 14:03');
  });

  it('copies the Kundennummer through main and says so', async () => {
    renderWithI18n(<App />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Kundennummer kopieren' }));
    expect(kc.callsTo('clipboard:writeText')).toEqual([{ text: 'K-100234' }]);
    expect((await screen.findByText('Kopiert')).getAttribute('role')).toBe('status');
  });

  it('reloads the account when sync changed it', async () => {
    renderWithI18n(<App />);
    await screen.findByTestId('customer-number');
    kc.handlers['account:get'] = () =>
      ok({ ...ACCOUNT, data: { ...ACCOUNT.data, verificationStatus: 'pending' } });
    act(() => kc.emit('data:changed', { resource: 'invoices' }));
    expect(kc.callsTo('account:get')).toHaveLength(1);
    act(() => kc.emit('data:changed', { resource: 'account' }));
    await waitFor(() =>
      expect(screen.getByTestId('verification-status').textContent).toBe('In Prüfung'),
    );
  });

  it('shows a loading state while nothing is cached and online', async () => {
    kc.handlers['account:get'] = () => ok(null);
    renderWithI18n(<App />);
    await findAnnounced('Ihre Kundendaten werden geladen …');
  });

  it('says so when offline with nothing cached, and shows the offline banner', async () => {
    kc.handlers['account:get'] = () => ok(null);
    kc.handlers['sync:status'] = () => ok({ online: false, syncing: false, lastSyncedAt: null });
    renderWithI18n(<App />);
    await findAnnounced(/Sie sind offline, und auf diesem Gerät/);
    expect(screen.getByTestId('offline-banner').textContent).toContain(
      'Offline – bisher keine Daten abgerufen',
    );
  });

  it('shows and hides the offline banner with the time of the data', async () => {
    renderWithI18n(<App />);
    await screen.findByTestId('customer-number');
    expect(screen.queryByTestId('offline-banner')).toBeNull();

    act(() =>
      kc.emit('sync:changed', {
        online: false,
        syncing: false,
        lastSyncedAt: '2026-11-25T13:03:00Z',
      }),
    );
    const banner = screen.getByTestId('offline-banner');
    expect(banner.getAttribute('role')).toBe('status');
    expect(banner.textContent).toContain('Offline – Stand: 25.11.2026, 14:03');

    act(() =>
      kc.emit('sync:changed', {
        online: true,
        syncing: false,
        lastSyncedAt: '2026-11-25T13:05:00Z',
      }),
    );
    expect(screen.queryByTestId('offline-banner')).toBeNull();
  });

  it('formats the offline banner in English', async () => {
    kc.handlers['sync:status'] = () =>
      ok({ online: false, syncing: false, lastSyncedAt: '2026-11-25T13:03:00Z' });
    renderWithI18n(<App />, 'en');
    const banner = await screen.findByTestId('offline-banner');
    expect(banner.textContent?.replace(/\u202f/g, ' ')).toContain(
      'Offline – last updated: 25/11/2026, 14:03',
    );
  });

  it('warns when no keychain keeps the session', async () => {
    kc.handlers['app:info'] = () => ok({ ...APP_INFO, vault: 'memory' });
    renderWithI18n(<App />);
    expect((await screen.findByTestId('vault-warning')).textContent).toBe(
      'Kein Schlüsselbund verfügbar: Sie bleiben nur bis zum Beenden angemeldet.',
    );
  });

  it('hides the keychain notice when asked, and keeps it hidden for that account', async () => {
    kc.handlers['app:info'] = () => ok({ ...APP_INFO, vault: 'memory' });
    kc.handlers['views:state'] = () => ok({ sorts: {}, vaultNoticeDismissed: false });
    kc.handlers['views:dismissVaultNotice'] = () => ok(undefined);
    renderWithI18n(<App />);
    const user = userEvent.setup();
    await screen.findByTestId('vault-warning');
    expect(screen.getByRole('link', { name: 'Mehr dazu in der Hilfe' }).getAttribute('href')).toBe(
      '#/help/signIn',
    );
    await user.click(screen.getByRole('button', { name: 'Ausblenden' }));
    expect(screen.queryByTestId('vault-warning')).toBeNull();
    expect(kc.callsTo('views:dismissVaultNotice')).toHaveLength(1);
    cleanup();

    kc.handlers['views:state'] = () => ok({ sorts: {}, vaultNoticeDismissed: true });
    renderWithI18n(<App />);
    await expectPageTitle('Übersicht');
    await act(async () => {});
    expect(screen.queryByTestId('vault-warning')).toBeNull();
  });

  it('signs out through main', async () => {
    renderWithI18n(<App />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Abmelden' }));
    await expectPageTitle('Anmelden');
    expect(kc.callsTo('session:logout')).toEqual([undefined]);
  });

  it('follows session changes from main', async () => {
    renderWithI18n(<App />);
    await screen.findByTestId('customer-number');
    act(() => kc.emit('session:changed', { status: 'signedOut' }));
    await expectPageTitle('Anmelden');
  });
});
