import type { App, Session, Shell, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createOriginPolicy } from './app-origin';
import { denyAllPermissions, hardenWebContents, installWebContentsGuards } from './security';
import { createFakeSession, FakeWebContents } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).createFakeElectron());

const policy = createOriginPolicy({ isPackaged: true });
const devPolicy = createOriginPolicy({
  isPackaged: false,
  devServerUrl: 'http://localhost:5173/',
});

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

const FOREIGN = [
  'app://kundencenter.evil/index.html',
  'app://kundencenter@evil/index.html',
  'app://evil/index.html',
  'app:kundencenter/index.html',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'http://localhost:5173/',
  'https://kundencenter.example/',
  'about:blank',
  'not a url',
];

describe('web contents guards', () => {
  let contents: FakeWebContents;
  let shell: { openExternal: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    contents = new FakeWebContents();
    shell = { openExternal: vi.fn(() => Promise.resolve()) };
    hardenWebContents(contents as unknown as WebContents, policy, shell as unknown as Shell);
  });

  it('denies every new window and opens only https links in the browser', () => {
    const open = (url: string) => contents.windowOpenHandler!({ url });

    expect(open('https://www.example.com/hilfe?x=1')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.example.com/hilfe?x=1');

    shell.openExternal.mockClear();
    for (const url of [
      'http://www.example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'app://kundencenter/index.html',
      'https://user:secret@example.com/',
      '',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it.each(['will-navigate', 'will-redirect'])('%s stays on the app origin', (name) => {
    const inside = navigationEvent('app://kundencenter/index.html#/rechnungen');
    contents.emit(name, inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();

    const upperCase = navigationEvent('app://KUNDENCENTER/index.html');
    contents.emit(name, upperCase);
    expect(upperCase.preventDefault).not.toHaveBeenCalled();

    for (const url of FOREIGN) {
      const event = navigationEvent(url);
      contents.emit(name, event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://kundencenter.example/');
  });

  it('keeps sub-frames on the app origin too', () => {
    const foreign = navigationEvent('https://evil.example/');
    contents.emit('will-frame-navigate', foreign);
    expect(foreign.preventDefault).toHaveBeenCalled();
    const own = navigationEvent('app://kundencenter/index.html');
    contents.emit('will-frame-navigate', own);
    expect(own.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach a webview', () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('allows the dev server only when the policy has one', () => {
    const dev = new FakeWebContents();
    hardenWebContents(dev as unknown as WebContents, devPolicy, shell as unknown as Shell);
    const event = navigationEvent('http://localhost:5173/#/login');
    dev.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
    const otherPort = navigationEvent('http://localhost:5174/');
    dev.emit('will-navigate', otherPort);
    expect(otherPort.preventDefault).toHaveBeenCalled();
  });

  it('guards every WebContents the app creates', () => {
    const app = { on: vi.fn() };
    installWebContentsGuards(app as unknown as App, policy, shell as unknown as Shell);
    expect(app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    const created = new FakeWebContents();
    const listener = app.on.mock.calls[0]![1] as (event: unknown, contents: unknown) => void;
    listener({}, created);
    expect(created.windowOpenHandler).not.toBeNull();
    expect(created.listenerCount('will-navigate')).toBe(1);
    expect(created.listenerCount('will-redirect')).toBe(1);
    expect(created.listenerCount('will-attach-webview')).toBe(1);
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const session = createFakeSession();
    denyAllPermissions(session as unknown as Session);

    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }

    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as (
      ...args: unknown[]
    ) => boolean;
    expect(check({}, 'media', 'app://kundencenter', {})).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'app://kundencenter', {})).toBe(false);

    const device = session.setDevicePermissionHandler.mock.calls[0]![0] as (
      ...args: unknown[]
    ) => boolean;
    expect(device({ deviceType: 'usb', origin: 'app://kundencenter' })).toBe(false);
  });
});
