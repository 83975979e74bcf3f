import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDownloadFolder } from './download-folder';
import { createRecorder } from './recorder';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kc-downloads-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('web host download folder', () => {
  it('saves under the proposed name and records it for the end-to-end tests', async () => {
    const recorder = createRecorder();
    const folder = createDownloadFolder(join(dir, 'downloads'), recorder);
    const data = new Uint8Array(Buffer.from('PK zip bytes'));
    expect(
      await folder.save({
        defaultName: 'Rechnungen-2026.zip',
        filters: [{ name: 'ZIP', extensions: ['zip'] }],
        data,
      }),
    ).toEqual({ saved: true });
    expect(await readFile(join(dir, 'downloads', 'Rechnungen-2026.zip'), 'utf8')).toBe(
      'PK zip bytes',
    );
    expect(recorder.snapshot().downloads).toEqual([{ name: 'Rechnungen-2026.zip', size: 12 }]);
  });

  it('removes the halves of saves a kill interrupted, nothing else', async () => {
    const downloads = join(dir, 'downloads');
    await mkdir(downloads);
    await writeFile(join(downloads, 'Rechnung.pdf'), '%PDF');
    await writeFile(join(downloads, 'Rechnung.pdf.0123456789ab.tmp'), '%PD');
    createDownloadFolder(downloads, createRecorder());
    expect(await readdir(downloads)).toEqual(['Rechnung.pdf']);
  });

  it('keeps every save inside the folder', async () => {
    const recorder = createRecorder();
    const folder = createDownloadFolder(join(dir, 'downloads'), recorder);
    const data = new Uint8Array([1]);
    await folder.save({ defaultName: '../../escape.pdf', filters: [], data });
    await folder.save({ defaultName: '..', filters: [], data });
    expect((await readdir(join(dir, 'downloads'))).sort()).toEqual(['download', 'escape.pdf']);
    expect(await readdir(dir)).toEqual(['downloads']);
  });
});
