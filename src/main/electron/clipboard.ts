/** The Clipboard port on Electron's clipboard. */
import type { Clipboard as ElectronClipboard } from 'electron';
import type { Logger } from '../core/app-core-types';
import type { Clipboard } from '../core/ports';

/** Electron 45's clipboard write is asynchronous: fire-and-forget, a failure is logged. */
export function createElectronClipboard(clipboard: ElectronClipboard, log?: Logger): Clipboard {
  return {
    writeText(text) {
      clipboard.writeText(text).catch((error: unknown) => {
        log?.warn('clipboard: write failed', { reason: String(error) });
      });
    },
    readText: () => clipboard.readText(),
    clear() {
      clipboard.clear();
    },
  };
}
