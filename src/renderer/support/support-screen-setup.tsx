/** The support screen in component tests: fresh stores and a fake bridge, opened at a route. */
import { cleanup } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSyncStore } from '../app/sync-store';
import { removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import { installApp, ONLINE, renderWithI18n, resetAll } from '../test-support/render';
import { resetNewTicketStore } from './new-ticket-store';
import { resetReplyStore } from './reply-store';
import { supportHandlers } from './support-fixtures';
import { resetSupportStores } from './support-stores';
import { SupportScreen } from './SupportScreen';

/** for beforeEach: every store reset, online, the support handlers installed */
export function installSupport(): FakeKc {
  resetAll();
  resetSupportStores();
  resetNewTicketStore();
  resetReplyStore();
  useSyncStore.setState({ status: ONLINE });
  return installApp(supportHandlers());
}

/** for afterEach */
export function removeSupport(): void {
  cleanup();
  removeFakeKc();
}

/** Opens the support screen at a route; the user types through the returned user-event. */
export function openSupport(route: string, language: 'de' | 'en' = 'de') {
  window.location.hash = `#${route}`;
  renderWithI18n(<SupportScreen />, language);
  return userEvent.setup({ applyAccept: false });
}
