import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readReleaseNotes } from '../core/desktop/release-notes';
import { startAutoUpdate } from './updater';

const dataDir = mkdtempSync(join(tmpdir(), 'kc-updater-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function fakeUpdater() {
  return {
    setFeedURL: vi.fn(),
    checkForUpdatesAndNotify: vi.fn(() => Promise.resolve(null)),
    autoDownload: false,
    autoInstallOnAppQuit: false,
    logger: null,
    handlers: new Map<string, (info: unknown) => void>(),
    on(event: string, handler: (info: never) => void) {
      this.handlers.set(event, handler as (info: unknown) => void);
    },
  };
}

const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

describe('startAutoUpdate', () => {
  it('uses the generic feed of the provider profile in a packaged app and checks once', () => {
    const updater = fakeUpdater();
    const result = startAutoUpdate({
      autoUpdater: updater,
      isPackaged: true,
      profile: 'cmo',
      log,
      dataDir,
    });
    expect(result).toEqual({
      started: true,
      feed: 'https://updates.kundencenter.cmo.example/desktop',
    });
    expect(updater.setFeedURL).toHaveBeenCalledWith({
      provider: 'generic',
      url: 'https://updates.kundencenter.cmo.example/desktop',
    });
    expect(updater.checkForUpdatesAndNotify).toHaveBeenCalledTimes(1);
  });

  it('keeps the downloaded release’s notes for the first start of that version', () => {
    const updater = fakeUpdater();
    startAutoUpdate({ autoUpdater: updater, isPackaged: true, profile: 'cmo', log, dataDir });
    updater.handlers.get('update-downloaded')!({
      version: '0.2.0',
      releaseNotes: '<ul><li>Zoom je Fenster</li><li>App-Sperre</li></ul>',
    });
    expect(readReleaseNotes(dataDir, '0.2.0')).toEqual(['Zoom je Fenster', 'App-Sperre']);
  });

  it('stays off in development', () => {
    const updater = fakeUpdater();
    const result = startAutoUpdate({
      autoUpdater: updater,
      isPackaged: false,
      profile: 'cmo',
      log,
      dataDir,
    });
    expect(result).toEqual({ started: false, reason: 'development' });
    expect(updater.setFeedURL).not.toHaveBeenCalled();
    expect(updater.checkForUpdatesAndNotify).not.toHaveBeenCalled();
  });

  it.each(['sandbox', 'custom'] as const)('stays off for the %s profile (no feed)', (profile) => {
    const updater = fakeUpdater();
    const result = startAutoUpdate({
      autoUpdater: updater,
      isPackaged: true,
      profile,
      log,
      dataDir,
    });
    expect(result).toEqual({ started: false, reason: 'noFeed' });
    expect(updater.setFeedURL).not.toHaveBeenCalled();
  });

  it('logs a failed check instead of throwing', async () => {
    const updater = fakeUpdater();
    updater.checkForUpdatesAndNotify.mockReturnValueOnce(Promise.reject(new Error('offline')));
    startAutoUpdate({
      autoUpdater: updater,
      isPackaged: true,
      profile: 'cmo',
      log,
      dataDir,
    });
    await vi.waitFor(() =>
      expect(log.warn).toHaveBeenCalledWith('updater: check failed', {
        reason: 'Error: offline',
      }),
    );
  });
});
