import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { keepInTrayOnClose } from './close-to-tray';
import { applyStartAtLogin, autostartEntry, HIDDEN_ARG, startedHidden } from './login-item';

const dir = mkdtempSync(join(tmpdir(), 'kc-autostart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('start at login', () => {
  it('asks macOS and Windows to start the app hidden, and stops asking', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const app = { setLoginItemSettings: vi.fn() };
      applyStartAtLogin(true, { app, platform, executable: 'C:\\Kundencenter\\Kundencenter.exe' });
      expect(app.setLoginItemSettings).toHaveBeenLastCalledWith(
        expect.objectContaining({ openAtLogin: true, args: [HIDDEN_ARG] }),
      );
      applyStartAtLogin(false, { app, platform, executable: 'x' });
      expect(app.setLoginItemSettings).toHaveBeenLastCalledWith(
        expect.objectContaining({ openAtLogin: false }),
      );
    }
  });

  it('writes and removes an XDG autostart entry on Linux', () => {
    const app = { setLoginItemSettings: vi.fn() };
    const options = {
      app,
      platform: 'linux' as const,
      executable: '/home/anna/Apps/Kundencenter "neu".AppImage',
      autostartDir: join(dir, 'autostart'),
    };
    applyStartAtLogin(true, options);
    const file = join(dir, 'autostart', 'de.cmo.kundencenter.desktop');
    const entry = readFileSync(file, 'utf8');
    expect(entry).toContain('Exec="/home/anna/Apps/Kundencenter \\"neu\\".AppImage" --hidden');
    expect(entry).toBe(autostartEntry(options.executable));
    applyStartAtLogin(false, options);
    expect(existsSync(file)).toBe(false);
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('knows a start at login: the argument, or macOS saying it opened the app at login', () => {
    const app = { getLoginItemSettings: vi.fn(() => ({ wasOpenedAtLogin: true })) };
    expect(startedHidden(['kundencenter', HIDDEN_ARG], app as never, 'linux')).toBe(true);
    expect(startedHidden(['kundencenter'], app as never, 'linux')).toBe(false);
    expect(startedHidden(['Kundencenter'], app as never, 'darwin')).toBe(true);
  });
});

describe('close to tray', () => {
  function windowWith(enabled: boolean, quitting = false, hasTray = true) {
    const window = Object.assign(new EventEmitter(), { hide: vi.fn() });
    keepInTrayOnClose(window as never, {
      enabled: () => enabled,
      quitting: () => quitting,
      hasTray: () => hasTray,
    });
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    return { window, event };
  }

  it('hides the window instead of closing it while the setting is on', () => {
    const { window, event } = windowWith(true);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window.hide).toHaveBeenCalled();
  });

  it('closes as usual when the setting is off, the app quits, or there is no tray', () => {
    for (const [enabled, quitting, hasTray] of [
      [false, false, true],
      [true, true, true],
      [true, false, false],
    ] as const) {
      const { window, event } = windowWith(enabled, quitting, hasTray);
      expect(event.preventDefault).not.toHaveBeenCalled();
      expect(window.hide).not.toHaveBeenCalled();
    }
  });
});
