import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronSaveDialog } from './save-dialog';
import type { FakeElectron } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).createFakeElectron());

let dir: string;
let electron: FakeElectron;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kc-save-'));
  electron = (await import('electron')) as unknown as FakeElectron;
  electron.dialog.showSaveDialog.mockClear();
  electron.BrowserWindow.focused = null;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function saveDialog() {
  return createElectronSaveDialog({
    dialog: electron.dialog as unknown as Dialog,
    focusedWindow: () => electron.BrowserWindow.getFocusedWindow() as unknown as BrowserWindow,
    downloadsDir: () => '/home/erika/Downloads',
  });
}

const pdf = new Uint8Array(Buffer.from('%PDF-1.7 Rechnung'));
const request = {
  defaultName: 'Rechnung-RE-2026-000123.pdf',
  filters: [{ name: 'PDF', extensions: ['pdf'] }],
  data: pdf,
};

describe('SaveDialog on Electron', () => {
  it('asks on the focused window, proposing the name in Downloads, and writes the file', async () => {
    const window = new electron.BrowserWindow({});
    electron.BrowserWindow.focused = window;
    const target = join(dir, 'meine-rechnung.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });

    expect(await saveDialog().save(request)).toEqual({ saved: true });

    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      defaultPath: '/home/erika/Downloads/Rechnung-RE-2026-000123.pdf',
      filters: request.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 Rechnung');
    if (process.platform !== 'win32') expect((await stat(target)).mode & 0o777).toBe(0o644);
    // written atomically: no temp file left beside it
    expect(await readdir(dir)).toEqual(['meine-rechnung.pdf']);
  });

  it('writes nothing when the person cancels', async () => {
    expect(await saveDialog().save(request)).toEqual({ saved: false });
    // no focused window: the dialog still opens, without a parent
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: expect.any(String) as unknown }),
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('never lets the proposed name carry a path', async () => {
    await saveDialog().save({ ...request, defaultName: '../../etc/Rechnung.pdf' });
    const [options] = electron.dialog.showSaveDialog.mock.calls[0] as [{ defaultPath: string }];
    expect(options.defaultPath).toBe('/home/erika/Downloads/Rechnung.pdf');
  });
});
