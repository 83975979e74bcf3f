/**
 * The web host's SaveDialog: no dialog to show, so every "Speichern unter" lands in one
 * folder (KC_DOWNLOAD_DIR) under the name the app proposes, and is recorded for the
 * end-to-end tests. The name is reduced to a plain file name: nothing the core proposes can
 * point outside the folder.
 */
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { SaveDialog } from '../core/ports';
import { removeOrphanTempsSync, writeFileAtomic } from '../core/store/atomic-write';
import type { Recorder } from './recorder';

export function createDownloadFolder(
  dir: string,
  recorder: Pick<Recorder, 'recordDownload'>,
): SaveDialog {
  // the halves of saves a kill interrupted (the folder is the host's own, not the person's)
  removeOrphanTempsSync(dir);
  return {
    async save({ defaultName, data }) {
      const name = basename(defaultName).replace(/^\.+/, '') || 'download';
      const file = join(dir, name);
      await writeFileAtomic(file, data, 0o644);
      recorder.recordDownload({ name, size: (await stat(file)).size });
      return { saved: true };
    },
  };
}
