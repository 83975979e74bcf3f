/**
 * The SaveDialog port on Electron's native "Speichern unter" dialog, attached to the focused
 * window (so it is modal to the app, not floating beside it). The chosen file is replaced
 * atomically: a crash mid-write never leaves half a PDF under the person's chosen name.
 */
import { basename, join } from 'node:path';
import type { BrowserWindow, Dialog, SaveDialogOptions } from 'electron';
import type { Logger } from '../core/app-core-types';
import type { SaveDialog } from '../core/ports';
import { writeFileAtomic } from '../core/store/atomic-write';

export interface ElectronSaveDialogOptions {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  focusedWindow(): BrowserWindow | null;
  /** where the dialog starts (the person's downloads folder) */
  downloadsDir(): string;
  log?: Logger;
}

export function createElectronSaveDialog(options: ElectronSaveDialogOptions): SaveDialog {
  return {
    async save({ defaultName, filters, data }) {
      const dialogOptions: SaveDialogOptions = {
        defaultPath: join(options.downloadsDir(), basename(defaultName)),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = options.focusedWindow();
      const result = window
        ? await options.dialog.showSaveDialog(window, dialogOptions)
        : await options.dialog.showSaveDialog(dialogOptions);
      if (result.canceled || !result.filePath) return { saved: false };
      try {
        // the person's own file: readable like the rest of their documents
        await writeFileAtomic(result.filePath, data, 0o644);
      } catch (error) {
        options.log?.warn('save: writing the chosen file failed', { reason: String(error) });
        throw error;
      }
      return { saved: true };
    },
  };
}
