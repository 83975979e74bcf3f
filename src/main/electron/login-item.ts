/**
 * "Beim Anmelden starten": the app starts with the person's session, minimised to the tray.
 * macOS and Windows keep login items themselves (app.setLoginItemSettings); Linux desktops
 * read XDG autostart entries (~/.config/autostart), which Electron does not write, so we do.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'electron';
import type { Logger } from '../core/app-core-types';

/** The argument a start at login carries: open no window, only the tray icon. */
export const HIDDEN_ARG = '--hidden';
const AUTOSTART_FILE = 'de.cmo.kundencenter.desktop';

export interface LoginItemOptions {
  app: Pick<App, 'setLoginItemSettings'>;
  platform: NodeJS.Platform;
  /** the executable to start (on Linux an AppImage's own path, not its mount) */
  executable: string;
  /** Linux: the XDG autostart folder */
  autostartDir?: string;
  log?: Logger;
}

/** Linux: $XDG_CONFIG_HOME/autostart, else ~/.config/autostart. */
export function autostartFolder(env: NodeJS.ProcessEnv = process.env): string {
  return join(env['XDG_CONFIG_HOME'] || join(homedir(), '.config'), 'autostart');
}

/** The XDG desktop entry that starts the app hidden at login. */
export function autostartEntry(executable: string): string {
  const quoted = `"${executable.replace(/(["`$\\])/g, '\\$1')}"`;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Kundencenter',
    `Exec=${quoted} ${HIDDEN_ARG}`,
    'X-GNOME-Autostart-enabled=true',
    'NoDisplay=true',
    '',
  ].join('\n');
}

/** Registers or removes the start at login; a failure is logged, never thrown. */
export function applyStartAtLogin(enabled: boolean, options: LoginItemOptions): void {
  try {
    if (options.platform === 'linux') {
      const dir = options.autostartDir ?? autostartFolder();
      const file = join(dir, AUTOSTART_FILE);
      if (enabled) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, autostartEntry(options.executable), { mode: 0o644 });
      } else {
        rmSync(file, { force: true });
      }
      return;
    }
    options.app.setLoginItemSettings({
      openAtLogin: enabled,
      // Windows passes the argument that says "hidden"; macOS says it by wasOpenedAtLogin
      args: [HIDDEN_ARG],
      path: options.platform === 'win32' ? options.executable : undefined,
    });
  } catch (error) {
    options.log?.warn('login item: could not be changed', { reason: String(error) });
  }
}

/** Whether this start came from the login item (no window then, only the tray). */
export function startedHidden(
  argv: readonly string[],
  app: Pick<App, 'getLoginItemSettings'>,
  platform: NodeJS.Platform,
): boolean {
  if (argv.includes(HIDDEN_ARG)) return true;
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin === true;
}
