import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { KcBridge } from '../shared/ipc';
import { CHANNEL_NAMES } from '../shared/ipc-names';

const fake = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  return {
    exposed,
    contextBridge: {
      exposeInMainWorld: vi.fn((key: string, api: unknown) => {
        exposed.set(key, api);
      }),
    },
    // filled in below, once EventEmitter is importable
    ipcRenderer: null as unknown as EventEmitter & { invoke: ReturnType<typeof vi.fn> },
  };
});

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  fake.ipcRenderer = Object.assign(new EventEmitter(), {
    invoke: vi.fn((_channel: string, _input?: unknown) =>
      Promise.resolve({ ok: true, data: 'from main' }),
    ),
  });
  return { contextBridge: fake.contextBridge, ipcRenderer: fake.ipcRenderer };
});

await import('./index');
const kc = fake.exposed.get('kc') as KcBridge;

describe('preload', () => {
  beforeEach(() => {
    fake.ipcRenderer.invoke.mockClear();
  });

  it('exposes only window.kc, and on it only invoke and on', () => {
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...fake.exposed.keys()]).toEqual(['kc']);
    expect(Object.keys(kc).sort()).toEqual(['invoke', 'on']);
    expect(typeof kc.invoke).toBe('function');
    expect(typeof kc.on).toBe('function');
    for (const value of Object.values(kc)) {
      expect(value).not.toBe(fake.ipcRenderer);
      expect(value).not.toBe(process);
    }
  });

  it('forwards a contract channel to ipcRenderer.invoke', async () => {
    const input = { email: 'kunde@example.com', password: 'geheim' };
    await expect(kc.invoke('session:login', input)).resolves.toEqual({
      ok: true,
      data: 'from main',
    });
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('session:login', input);
  });

  it('allows every contract channel', async () => {
    for (const channel of CHANNEL_NAMES) await kc.invoke(channel as never);
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledTimes(CHANNEL_NAMES.length);
  });

  it.each(['electron-store-get-data', 'session:steal', '', 'constructor', '__proto__'])(
    'refuses the unknown channel %j without touching ipcRenderer',
    async (channel) => {
      await expect(kc.invoke(channel as never)).resolves.toEqual({
        ok: false,
        error: { code: 'unknown_channel', messageKey: 'errors.forbidden' },
      });
      expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('turns a failed invoke into an error result', async () => {
    fake.ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    await expect(kc.invoke('app:info')).resolves.toEqual({
      ok: false,
      error: { code: 'ipc_failed', messageKey: 'errors.unknown' },
    });
  });

  it('delivers only the payload of an event, never the IpcRendererEvent', () => {
    const listener = vi.fn();
    const off = kc.on('session:changed', listener);
    const ipcEvent = { sender: fake.ipcRenderer };
    fake.ipcRenderer.emit('session:changed', ipcEvent, { status: 'signedOut' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ status: 'signedOut' }]);
    off();
  });

  it("on's unsubscribe really removes the listener", () => {
    const listener = vi.fn();
    const before = fake.ipcRenderer.listenerCount('data:changed');
    const off = kc.on('data:changed', listener);
    expect(fake.ipcRenderer.listenerCount('data:changed')).toBe(before + 1);
    off();
    expect(fake.ipcRenderer.listenerCount('data:changed')).toBe(before);
    fake.ipcRenderer.emit('data:changed', {}, { resource: 'account' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('ignores subscriptions to events outside the contract', () => {
    const off = kc.on('electron-store-get-data' as never, vi.fn());
    expect(fake.ipcRenderer.listenerCount('electron-store-get-data')).toBe(0);
    expect(() => off()).not.toThrow();
  });
});
