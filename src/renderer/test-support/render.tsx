/** Render helpers for component tests: a real i18n instance, fresh stores, a fake bridge. */
import { checkPassword } from '../../shared/security/password-rule';
import { configure, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { Account, AppInfo, Cached, Language, SyncStatus } from '../../shared/domain';
import { useAppInfoStore } from '../app/app-info-store';
import { useSessionStore } from '../app/session-store';
import { useSyncStore } from '../app/sync-store';
import { resetForgotStore } from '../auth/forgot-store';
import { resetLoginStore } from '../auth/login-store';
import { resetResetStore } from '../auth/reset-store';
import { resetBillingStores } from '../billing/billing-stores';
import { resetInvoiceFilter } from '../billing/invoice-filter-store';
import { resetSepaStore } from '../billing/sepa-store';
import { useAccountStore } from '../dashboard/account-store';
import { createI18n } from '../i18n';
import { installFakeKc, ok, type FakeKc, type Handler } from './fake-kc';
import type { ChannelName } from '../../shared/ipc-names';

// Screens load lazily: the first import of one can take seconds on a busy 2-core CI machine,
// so findBy… waits up to 8 s (a limit on waiting, not a speed goal).
configure({ asyncUtilTimeout: 8000 });

export const APP_INFO: AppInfo = {
  version: '0.1.0',
  host: 'web',
  vault: 'keychain',
  sandbox: false,
};
export const ONLINE: SyncStatus = {
  online: true,
  syncing: false,
  lastSyncedAt: '2026-11-25T13:03:00Z',
};

export const ACCOUNT: Cached<Account> = {
  syncedAt: '2026-11-25T13:03:00Z',
  data: {
    customerNumber: 'K-100234',
    kind: 'company',
    firstName: 'Erika',
    lastName: 'Mustermann',
    company: 'Mustermann Webdesign GmbH',
    email: 'demo@kundencenter.example',
    phone: '+49 30 1234567',
    address: { street: 'Musterstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
    vatId: null,
    verificationStatus: 'verified',
  },
};

/** A bridge that answers like main for a signed-out, online app. */
export function installApp(overrides: Partial<Record<ChannelName, Handler>> = {}): FakeKc {
  return installFakeKc({
    'app:info': () => ok(APP_INFO),
    'session:get': () => ok({ status: 'signedOut' }),
    'session:logout': () => ok({ status: 'signedOut' }),
    'sync:status': () => ok(ONLINE),
    'settings:get': () =>
      ok({ language: 'de', invoicePdfYears: 3, einvoiceFormat: 'xrechnung-cii' }),
    'settings:set': (input) =>
      ok({ language: (input as { language: Language }).language, invoicePdfYears: 3 }),
    'account:get': () => ok(ACCOUNT),
    'clipboard:writeText': () => ok(undefined),
    // main runs the server's password rule for the live hint; so does this stand-in
    'security:passwordVerdict': (input) => {
      const { password, email } = input as { password: string; email: string };
      return ok(checkPassword(password, email));
    },
    ...overrides,
  });
}

export function resetAll(): void {
  useSessionStore.setState({ session: null, error: null });
  useSyncStore.setState({ status: null, error: null });
  useAppInfoStore.setState({ info: null });
  useAccountStore.setState({ account: null, loaded: false, error: null });
  resetLoginStore();
  resetForgotStore();
  resetResetStore();
  resetBillingStores();
  resetInvoiceFilter();
  resetSepaStore();
  window.history.replaceState(null, '', '/');
}

export function renderWithI18n(
  ui: ReactElement,
  language: Language = 'de',
): RenderResult & { i18n: I18n } {
  const i18n = createI18n(language);
  return { i18n, ...render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>) };
}
