import type { Shell } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createElectronBrowser } from './external-browser';

vi.mock('electron', async () => (await import('./testing/fake-electron')).createFakeElectron());

function browserFor(apiUrl: string) {
  const shell = { openExternal: vi.fn(() => Promise.resolve()) };
  return { shell, browser: createElectronBrowser(shell as unknown as Shell, apiUrl) };
}

describe('the system browser for payment pages', () => {
  it('opens https pages, re-serialised', async () => {
    const { shell, browser } = browserFor('https://api.cmo-hosting.example');
    await browser.open('https://www.paypal.com/checkoutnow?token=EC 1');
    expect(shell.openExternal).toHaveBeenCalledWith(
      'https://www.paypal.com/checkoutnow?token=EC%201',
    );
  });

  it('opens the sandbox’s own page on loopback, and no other http page', async () => {
    const { shell, browser } = browserFor('http://127.0.0.1:4010');
    await browser.open('http://127.0.0.1:4010/v1/sandbox/pay/kcp_x');
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    await expect(browser.open('http://127.0.0.1:9999/pay')).rejects.toThrow();
    await expect(browser.open('http://evil.example/pay')).rejects.toThrow();
    await expect(browser.open('http://user:pw@127.0.0.1:4010/pay')).rejects.toThrow();
    await expect(browser.open('file:///etc/passwd')).rejects.toThrow();
    await expect(browser.open('not a url')).rejects.toThrow();
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('never opens plain http when the API is the provider’s', async () => {
    const { shell, browser } = browserFor('https://api.cmo-hosting.example');
    await expect(browser.open('http://api.cmo-hosting.example/pay')).rejects.toThrow();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
