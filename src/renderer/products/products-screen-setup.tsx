/** The "Produkte & Dienste" screen in a component test: a fresh fake main for each test. */
import { act, cleanup } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach } from 'vitest';
import { useSyncStore } from '../app/sync-store';
import { removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import { installApp, ONLINE, renderWithI18n, resetAll } from '../test-support/render';
import { productsHandlers } from './products-fixtures';
import { resetProductsStores, useSentCancellations } from './products-stores';
import { ProductsScreen } from './ProductsScreen';

/** Before each test: stores reset, online, main answering as products-fixtures says. */
export function setUpProductsScreen(take: (kc: FakeKc) => void): void {
  beforeEach(() => {
    resetAll();
    resetProductsStores();
    useSentCancellations.setState({}, true);
    useSyncStore.setState({ status: ONLINE });
    take(installApp(productsHandlers()));
  });
  afterEach(() => {
    cleanup();
    removeFakeKc();
  });
}

/** The screen at `route`, in German unless said. */
export function openProducts(route: string, language: 'de' | 'en' = 'de') {
  window.location.hash = `#${route}`;
  renderWithI18n(<ProductsScreen />, language);
  return userEvent.setup();
}

export function goOffline(): void {
  act(() => useSyncStore.setState({ status: { ...ONLINE, online: false } }));
}
