// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/domain';
import { App } from '../App';
import { useSettingsStore } from './settings-store';
import { fail, ok, removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import { installApp, renderWithI18n, resetAll } from '../test-support/render';
import { findAnnounced } from '../test-support/announced';

const DEFAULTS: Settings = {
  language: 'de',
  invoicePdfYears: 3,
  idleLockMinutes: 5,
  credentialsUnlock: 'password',
  offlineCredentials: true,
  notifyTicketReplies: true,
  notifyTicketClosed: true,
  notifyNewInvoices: true,
  notifyNotices: true,
  syncIntervalSeconds: 30,
  theme: 'system',
  apiProfile: 'sandbox',
  customApiUrl: '',
  listSorts: {},
  dismissedVaultNotices: [],
  einvoiceFormat: 'xrechnung-cii',
  datevChart: 'skr03',
  datevCreditorAccount: '70000',
  datevExpenseAccount: '4925',
  datevConsultantNumber: '',
  datevClientNumber: '',
  startAtLogin: false,
  closeToTray: false,
  appLockOnScreenLock: true,
  appLockIdleMinutes: 0,
  lastSeenVersion: '0.1.0',
};

let kc: FakeKc;
let stored: Settings;

function install(repaired = false) {
  stored = { ...DEFAULTS };
  kc = installApp({
    'session:get': () => ok({ status: 'signedIn', email: 'demo@kundencenter.example' }),
    'settings:get': () => ok(stored),
    'settings:set': (patch) => {
      stored = { ...stored, ...(patch as Partial<Settings>) };
      return ok(stored);
    },
    'settings:notice': () => ok({ repaired }),
    'settings:dismissNotice': () => ok(undefined),
    'cache:clear': () => ok(undefined),
    'session:logoutEverywhere': () => ok({ status: 'signedOut' }),
  });
}

beforeEach(() => {
  resetAll();
  useSettingsStore.setState({ settings: null, repaired: false, loadError: null, outcome: null });
  document.documentElement.removeAttribute('data-theme');
});

afterEach(() => {
  cleanup();
  removeFakeKc();
});

async function openSettings() {
  window.location.hash = '#/settings';
  renderWithI18n(<App />);
  await screen.findByRole('heading', { name: 'Einstellungen', level: 1 });
  await screen.findByRole('heading', { name: 'Daten', level: 2 });
  return { main: screen.getByRole('main'), user: userEvent.setup() };
}

describe('Einstellungen', { timeout: 30_000 }, () => {
  it('opens from the header and shows every section', async () => {
    install();
    window.location.hash = '#/';
    renderWithI18n(<App />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Einstellungen' }));
    const main = screen.getByRole('main');
    await within(main).findByRole('heading', { name: 'Einstellungen', level: 1 });
    expect(
      within(main)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual([
      'Sprache',
      'Benachrichtigungen',
      'Synchronisation',
      'Offline',
      'Sicherheit',
      'Darstellung',
      'Desktop',
      'DATEV-Export',
      'Verbindung',
      'Daten',
    ]);
  });

  it('saves a change at once and applies the theme to the page', async () => {
    install();
    const { main, user } = await openSettings();
    await user.click(within(main).getByRole('radio', { name: 'Dunkel' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.selectOptions(within(main).getByLabelText('Abgleich alle'), '15 Minuten');
    await user.click(
      within(main).getByRole('checkbox', { name: 'Eine neue Rechnung ist eingetroffen' }),
    );
    await waitFor(() =>
      expect(stored).toMatchObject({
        theme: 'dark',
        syncIntervalSeconds: 900,
        notifyNewInvoices: false,
      }),
    );
    expect(within(main).getAllByText('Gespeichert.').length).toBeGreaterThan(0);
  });

  it('switches the desktop habits: start at login and closing to the tray', async () => {
    install();
    const { main, user } = await openSettings();
    await user.click(within(main).getByRole('checkbox', { name: /Beim Anmelden am Computer/ }));
    await user.click(within(main).getByRole('checkbox', { name: /im Infobereich weiterlaufen/ }));
    await waitFor(() => expect(stored).toMatchObject({ startAtLogin: true, closeToTray: true }));
  });

  it('takes a refused change back and says why', async () => {
    install();
    kc.handlers['settings:set'] = () => fail('errors.unknown');
    const { main, user } = await openSettings();
    await user.click(within(main).getByRole('radio', { name: 'Dunkel' }));
    expect((await within(main).findByRole('alert')).textContent).toBe(
      'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut.',
    );
    expect(document.documentElement.dataset.theme).toBe('system');
    expect(within(main).getByRole('radio', { name: 'Wie das System' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('refuses an unencrypted custom API address before saving it', async () => {
    install();
    const { main, user } = await openSettings();
    await user.click(within(main).getByRole('radio', { name: 'Eigene Adresse' }));
    await user.type(within(main).getByLabelText('Adresse der API'), 'http://api.example.com');
    await user.click(within(main).getByRole('button', { name: 'Übernehmen' }));
    await findAnnounced(
      'Unverschlüsselt (http://) nur für diesen Rechner. Bitte verwenden Sie https://.',
      main,
    );
    expect(kc.callsTo('settings:set')).toEqual([]);
    await user.clear(within(main).getByLabelText('Adresse der API'));
    await user.type(within(main).getByLabelText('Adresse der API'), 'https://api.example.com/');
    await user.click(within(main).getByRole('button', { name: 'Übernehmen' }));
    await waitFor(() =>
      expect(kc.callsTo('settings:set')).toEqual([
        { apiProfile: 'custom', customApiUrl: 'https://api.example.com' },
      ]),
    );
    // saved: the field shows the address as kept, without its trailing slash
    expect(within(main).getByLabelText<HTMLInputElement>('Adresse der API').value).toBe(
      'https://api.example.com',
    );
  });

  it('shows the notice of a damaged settings file until it is dismissed', async () => {
    install(true);
    const { main, user } = await openSettings();
    const notice = await within(main).findByTestId('settings-repaired');
    expect(notice.textContent).toContain('Einstellungen waren beschädigt und wurden zurückgesetzt');
    await user.click(within(notice).getByRole('button', { name: 'Verstanden' }));
    expect(within(main).queryByTestId('settings-repaired')).toBeNull();
    expect(kc.callsTo('settings:dismissNotice')).toHaveLength(1);
  });

  it('clears the cache only after the question is confirmed', async () => {
    install();
    const { main, user } = await openSettings();
    await user.click(within(main).getByRole('button', { name: 'Cache leeren' }));
    const dialog = screen.getByRole('dialog', { name: 'Cache leeren?' });
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(kc.callsTo('cache:clear')).toEqual([]);
    await user.click(within(main).getByRole('button', { name: 'Cache leeren' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Cache leeren?' })).getByRole('button', {
        name: 'Cache leeren',
      }),
    );
    await findAnnounced(/Cache geleert/, main);
    expect(kc.callsTo('cache:clear')).toHaveLength(1);
  });

  it('keeps the person signed in and says why when Überall abmelden fails offline', async () => {
    install();
    kc.handlers['session:logoutEverywhere'] = () => fail('errors.offline');
    const { main, user } = await openSettings();
    await user.click(within(main).getByRole('button', { name: 'Überall abmelden' }));
    const dialog = screen.getByRole('dialog', { name: 'Überall abmelden?' });
    await user.click(within(dialog).getByRole('button', { name: 'Überall abmelden' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    );
    expect(screen.queryByRole('heading', { name: 'Anmelden' })).toBeNull();
  });
});
