import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createOriginPolicy } from './app-origin';
import { CSP, cspFor, devCsp, installCspHeaders } from './csp';
import { createFakeSession } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).createFakeElectron());

const devPolicy = createOriginPolicy({ isPackaged: false, devServerUrl: 'http://localhost:5173' });

describe('CSP', () => {
  it('is the strict policy we agreed on', () => {
    expect(CSP).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('relaxes only script, style and the HMR socket for the dev server', () => {
    const dev = devCsp('http://localhost:5173');
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).toContain("default-src 'none'");
    expect(dev).toContain("object-src 'none'");
  });

  it('picks the policy by origin', () => {
    expect(cspFor('app://kundencenter/index.html', devPolicy)).toBe(CSP);
    expect(cspFor('http://localhost:5173/', devPolicy)).toBe(devCsp('http://localhost:5173'));
    expect(cspFor('https://example.com/', devPolicy)).toBeNull();
    const packaged = createOriginPolicy({ isPackaged: true });
    expect(cspFor('http://localhost:5173/', packaged)).toBeNull();
  });

  it('puts exactly our header on app responses via webRequest', () => {
    const session = createFakeSession();
    installCspHeaders(session as unknown as Session, devPolicy);
    const listener = session.headersListener!;

    const callback = vi.fn();
    listener(
      {
        url: 'app://kundencenter/index.html',
        responseHeaders: {
          'content-security-policy': ["default-src *; script-src 'unsafe-eval'"],
          'Content-Type': ['text/html'],
        },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CSP] },
    });

    const foreign = vi.fn();
    listener({ url: 'https://example.com/', responseHeaders: {} }, foreign);
    expect(foreign).toHaveBeenCalledWith({});
  });
});
