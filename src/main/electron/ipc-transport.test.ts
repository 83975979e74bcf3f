import type { IpcMain, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcResult } from '../../shared/domain';
import { CHANNEL_NAMES } from '../../shared/ipc-names';
import type { CoreEventListener } from '../core/app-core-types';
import { createOriginPolicy } from './app-origin';
import { FORBIDDEN_SENDER, registerIpcTransport } from './ipc-transport';
import {
  createFakeIpcMain,
  fakeFrame,
  FakeWebContents,
  type FakeFrame,
} from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).createFakeElectron());

const APP = 'app://kundencenter';

function setup(policy = createOriginPolicy({ isPackaged: true })) {
  const ipcMain = createFakeIpcMain();
  const handle = vi.fn((_channel: string, _input: unknown): Promise<IpcResult<unknown>> =>
    Promise.resolve({ ok: true, data: 'answer' }),
  );
  let emit: CoreEventListener = () => undefined;
  const stopEvents = vi.fn();
  const core = {
    router: { handle },
    onEvent: (listener: CoreEventListener) => {
      emit = listener;
      return stopEvents;
    },
  };
  const targets: FakeWebContents[] = [];
  const dispose = registerIpcTransport({
    ipcMain: ipcMain as unknown as IpcMain,
    core,
    policy,
    targets: () => targets as unknown as WebContents[],
  });
  const call = (
    channel: string,
    sender: FakeWebContents,
    frame: FakeFrame | null,
    input: unknown,
  ) => ipcMain.handlers.get(channel)!({ sender, senderFrame: frame }, input);
  return {
    ipcMain,
    handle,
    emit: (...args: Parameters<CoreEventListener>) => emit(...args),
    stopEvents,
    targets,
    dispose,
    call,
  };
}

describe('ipc transport', () => {
  let t: ReturnType<typeof setup>;
  let page: FakeWebContents;

  beforeEach(() => {
    t = setup();
    page = new FakeWebContents(fakeFrame(`${APP}/index.html`, APP));
  });

  it('registers a handler for every channel of the contract', () => {
    expect([...t.ipcMain.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it("passes a call from the app's main frame to the router", async () => {
    const input = { email: 'kunde@example.com', password: 'geheim' };
    await expect(t.call('session:login', page, page.mainFrame, input)).resolves.toEqual({
      ok: true,
      data: 'answer',
    });
    expect(t.handle).toHaveBeenCalledWith('session:login', input);
  });

  it('refuses a sub-frame of the app page without calling the router', async () => {
    const child = fakeFrame(`${APP}/frame.html`, APP, page.mainFrame);
    await expect(t.call('account:get', page, child, undefined)).resolves.toEqual(FORBIDDEN_SENDER);
    expect(t.handle).not.toHaveBeenCalled();
  });

  it.each([
    ['https://evil.example', 'https://evil.example/'],
    ['app://kundencenter.evil', 'app://kundencenter.evil/index.html'],
    ['null', 'file:///tmp/index.html'],
    // the frame's own origin is trusted, but its URL says otherwise
    [APP, 'https://evil.example/'],
    ['http://localhost:5173', 'http://localhost:5173/'],
  ])('refuses a main frame on a foreign origin (%s, %s)', async (origin, url) => {
    const foreign = new FakeWebContents(fakeFrame(url, origin));
    await expect(t.call('settings:get', foreign, foreign.mainFrame, undefined)).resolves.toEqual(
      FORBIDDEN_SENDER,
    );
    expect(t.handle).not.toHaveBeenCalled();
  });

  it('refuses a frame that has gone, and a top-level frame that is not the main frame', async () => {
    await expect(t.call('settings:get', page, null, undefined)).resolves.toEqual(FORBIDDEN_SENDER);
    const fencedRoot = fakeFrame(`${APP}/index.html`, APP);
    await expect(t.call('settings:get', page, fencedRoot, undefined)).resolves.toEqual(
      FORBIDDEN_SENDER,
    );
    expect(t.handle).not.toHaveBeenCalled();
  });

  it('accepts the dev server only when the policy includes it', async () => {
    const dev = setup(
      createOriginPolicy({ isPackaged: false, devServerUrl: 'http://localhost:5173' }),
    );
    const devPage = new FakeWebContents(
      fakeFrame('http://localhost:5173/', 'http://localhost:5173'),
    );
    await expect(dev.call('app:info', devPage, devPage.mainFrame, undefined)).resolves.toEqual({
      ok: true,
      data: 'answer',
    });
  });

  it('answers an error result when the router throws', async () => {
    t.handle.mockRejectedValueOnce(new Error('boom'));
    await expect(t.call('sync:now', page, page.mainFrame, undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.unknown' },
    });
  });

  it('forwards core events to live app windows only', () => {
    const foreign = new FakeWebContents(fakeFrame('https://evil.example/', 'https://evil.example'));
    const closed = new FakeWebContents();
    closed.destroyed = true;
    t.targets.push(page, foreign, closed);

    t.emit('sync:changed', { online: true, syncing: false, lastSyncedAt: null });

    expect(page.send).toHaveBeenCalledWith('sync:changed', {
      online: true,
      syncing: false,
      lastSyncedAt: null,
    });
    expect(foreign.send).not.toHaveBeenCalled();
    expect(closed.send).not.toHaveBeenCalled();
  });

  it('takes everything away again on dispose', () => {
    t.dispose();
    expect(t.ipcMain.handlers.size).toBe(0);
    expect(t.stopEvents).toHaveBeenCalled();
  });
});
