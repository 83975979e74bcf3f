// first: its vi.mock calls must be in place before main.ts is imported
import { boot, core, log, resetMain, startedMain } from './testing/main-harness';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Notifier } from '../core/ports';

/** The notifier main gave the core (the port the core shows its notifications through). */
function notifierOfCore(): Notifier {
  return (core.createCore.mock.calls[0]![0] as { notifier: Notifier }).notifier;
}

describe('main: the shell paths around the window', () => {
  beforeEach(resetMain);
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('a click on a notification brings the window forward and opens what it is about', async () => {
    const electron = await startedMain();
    const [window] = electron.BrowserWindow.instances;
    window!.minimized = true;

    notifierOfCore().show({
      title: 'Server langsam',
      body: 'T-100001',
      target: { kind: 'ticket', id: 't1' },
    });
    const [shown] = electron.Notification.instances;
    expect(shown!.show).toHaveBeenCalled();
    shown!.emit('click');

    expect(window!.restore).toHaveBeenCalled();
    expect(window!.focus).toHaveBeenCalled();
    expect(core.openNotification).toHaveBeenCalledWith({ kind: 'ticket', id: 't1' });
    expect(electron.BrowserWindow.instances).toHaveLength(1);
  });

  it('with the window closed, a click opens a new one that hears the target once loaded', async () => {
    const electron = await startedMain();
    const [first] = electron.BrowserWindow.instances;
    first!.destroyed = true;
    first!.emit('closed');

    notifierOfCore().show({ title: 'R-1', body: '88,05 €', target: { kind: 'invoice', id: 'i1' } });
    electron.Notification.instances[0]!.emit('click');

    const second = electron.BrowserWindow.instances[1];
    expect(second).toBeDefined();
    expect(core.openNotification).not.toHaveBeenCalled();
    second!.webContents.emit('did-finish-load');
    expect(core.openNotification).toHaveBeenCalledWith({ kind: 'invoice', id: 'i1' });
  });

  it('a notification the OS could not show is logged, and nothing is opened', async () => {
    const electron = await startedMain();
    notifierOfCore().show({ title: 'R-1', body: 'x', target: { kind: 'invoice', id: 'i1' } });
    electron.Notification.instances[0]!.emit('failed', {}, 'no notification daemon');

    expect(log.warn).toHaveBeenCalledWith('notify: could not show a notification', {
      reason: 'no notification daemon',
    });
    expect(core.openNotification).not.toHaveBeenCalled();
  });

  it('the dock (activate) opens a window again; closing the last one quits off macOS', async () => {
    const electron = await startedMain();
    const [first] = electron.BrowserWindow.instances;
    first!.destroyed = true;
    first!.emit('closed');

    electron.app.emit('activate');
    expect(electron.BrowserWindow.instances).toHaveLength(2);
    expect(electron.app.quit).not.toHaveBeenCalled();

    // the tests run on Linux: there the app ends with its last window
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalled();
  });

  it('a start-up that fails says so in a dialog and quits instead of hanging', async () => {
    vi.stubEnv('KC_API_URL', '');
    core.start.mockImplementationOnce(() => Promise.reject(new Error('disk full')));
    const electron = await boot();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Kundencenter',
      'Das Kundencenter konnte nicht starten.',
    );
    expect(log.error).toHaveBeenCalledWith('startup failed', { reason: 'disk full' });
  });
});
