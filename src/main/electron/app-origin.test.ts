import { describe, expect, it } from 'vitest';
import { APP_START_URL, createOriginPolicy, originOf } from './app-origin';

describe('originOf', () => {
  it.each([
    ['app://kundencenter/index.html', 'app://kundencenter'],
    ['app://KundenCenter/x', 'app://kundencenter'],
    ['app://kundencenter.evil/', 'app://kundencenter.evil'],
    ['app://kundencenter@evil/', null],
    ['app://user:pw@kundencenter/', null],
    ['app:///index.html', null],
    ['https://example.com:8443/a', 'https://example.com:8443'],
    ['http://localhost:5173/', 'http://localhost:5173'],
    ['https://kundencenter@evil.example/', null],
    ['javascript:alert(1)', null],
    ['file:///etc/passwd', null],
    ['data:text/html,x', null],
    ['blob:app://kundencenter/1234', null],
    ['', null],
  ])('%s → %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });
});

describe('createOriginPolicy', () => {
  it('packaged: only app://kundencenter, whatever the environment says', () => {
    const policy = createOriginPolicy({ isPackaged: true, devServerUrl: 'http://localhost:5173' });
    expect(policy.startUrl).toBe(APP_START_URL);
    expect([...policy.origins]).toEqual(['app://kundencenter']);
    expect(policy.isAppUrl('http://localhost:5173/')).toBe(false);
  });

  it('development: the loopback dev server joins the app origin', () => {
    const policy = createOriginPolicy({ isPackaged: false, devServerUrl: 'http://localhost:5173' });
    expect(policy.startUrl).toBe('http://localhost:5173');
    expect(policy.devOrigin).toBe('http://localhost:5173');
    expect(policy.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(policy.isAppUrl('app://kundencenter/index.html')).toBe(true);
  });

  it.each(['https://dev.example.com', 'file:///tmp/index.html', 'not a url'])(
    'development: ignores a dev server that is not on loopback (%s)',
    (devServerUrl) => {
      const policy = createOriginPolicy({ isPackaged: false, devServerUrl });
      expect(policy.devOrigin).toBeNull();
      expect(policy.startUrl).toBe(APP_START_URL);
    },
  );
});
