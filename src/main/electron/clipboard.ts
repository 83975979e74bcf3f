/** The Clipboard port on Electron's clipboard. */
import type { Clipboard as ElectronClipboard } from 'electron';
import type { Logger } from '../core/app-core-types';
import type { Clipboard } from '../core/ports';

/**
 * Electron 45's clipboard is asynchronous while the port is synchronous. Writing is
 * fire-and-forget (a failure is logged); reading cannot be answered synchronously, and the
 * core never reads, so it throws instead of inventing a value. The port should become
 * asynchronous (or lose readText).
 */
export function createElectronClipboard(clipboard: ElectronClipboard, log?: Logger): Clipboard {
  return {
    writeText(text) {
      clipboard.writeText(text).catch((error: unknown) => {
        log?.warn('clipboard: write failed', { reason: String(error) });
      });
    },
    readText() {
      throw new Error('clipboard: Electron reads the clipboard only asynchronously');
    },
  };
}
