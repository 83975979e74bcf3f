/**
 * "In den Infobereich schließen": closing the window hides it while the app keeps syncing and
 * notifying in the tray; the tray, the dock or a second start bring it back. Quitting (menu,
 * tray, the OS logging out) still quits.
 */
import type { BrowserWindow } from 'electron';

export interface CloseToTrayOptions {
  /** the setting, asked at every close */
  enabled: () => boolean;
  /** true once the app is quitting: then a close is a close */
  quitting: () => boolean;
  /** false where there is no tray icon to come back from */
  hasTray: () => boolean;
}

export function keepInTrayOnClose(
  window: Pick<BrowserWindow, 'on' | 'hide'>,
  options: CloseToTrayOptions,
): void {
  window.on('close', (event) => {
    if (options.quitting() || !options.enabled() || !options.hasTray()) return;
    event.preventDefault();
    window.hide();
  });
}
