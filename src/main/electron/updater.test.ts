import { describe, expect, it, vi } from 'vitest';
import { startAutoUpdate } from './updater';

function fakeUpdater() {
  return {
    setFeedURL: vi.fn(),
    checkForUpdatesAndNotify: vi.fn(() => Promise.resolve(null)),
    autoDownload: false,
    autoInstallOnAppQuit: false,
    logger: null,
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

  it('stays off in development', () => {
    const updater = fakeUpdater();
    const result = startAutoUpdate({
      autoUpdater: updater,
      isPackaged: false,
      profile: 'cmo',
      log,
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
    });
    await vi.waitFor(() =>
      expect(log.warn).toHaveBeenCalledWith('updater: check failed', {
        reason: 'Error: offline',
      }),
    );
  });
});
