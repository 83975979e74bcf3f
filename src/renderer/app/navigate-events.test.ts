// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installFakeKc, removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import { followAppNavigation } from './navigate-events';

describe('followAppNavigation', () => {
  let kc: FakeKc;
  let stop: () => void;
  beforeEach(() => {
    kc = installFakeKc();
    window.location.hash = '#/';
    stop = followAppNavigation();
  });
  afterEach(() => {
    stop();
    removeFakeKc();
  });

  it('shows the screen main names (a deep link, a menu entry)', () => {
    kc.emit('app:navigate', { route: '/billing/invoices/inv-1' });
    expect(window.location.hash).toBe('#/billing/invoices/inv-1');
  });

  it('goes nowhere for something that is not a route of the app', () => {
    for (const route of ['//evil.example/x', 'https://evil.example', 'javascript:alert(1)']) {
      kc.emit('app:navigate', { route });
    }
    expect(window.location.hash).toBe('#/');
  });

  it('stops following once unsubscribed', () => {
    stop();
    kc.emit('app:navigate', { route: '/settings' });
    expect(window.location.hash).toBe('#/');
  });
});
