/**
 * Where electron-builder leaves the packaged app on each OS (`npm run dist`, electron-builder.yml:
 * productName "Kundencenter", Linux executableName "kundencenter"), what its fuses say
 * (`@electron/fuses read`), and the test copy Playwright can drive.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = join(__dirname, '..', '..');

export interface PackagedApp {
  /** what `_electron.launch` starts */
  executable: string;
  /** what `@electron/fuses` reads: the .app bundle on macOS, else the executable */
  fuseTarget: string;
  /** the folder that holds the whole unpacked app (copied for the test) */
  folder: string;
}

/**
 * The unpacked app electron-builder made for this OS in `dist` (KC_ELECTRON_APP names an
 * executable elsewhere); null when there is none.
 */
export function findPackagedApp(
  platform: NodeJS.Platform = process.platform,
  dist = join(ROOT, 'dist'),
  override = process.env['KC_ELECTRON_APP'],
): PackagedApp | null {
  if (override) {
    if (!existsSync(override)) return null;
    const bundle = override.match(/^(.*\.app)[/\\]Contents[/\\]MacOS[/\\][^/\\]+$/)?.[1];
    return bundle
      ? { executable: override, fuseTarget: bundle, folder: join(bundle, '..') }
      : { executable: override, fuseTarget: override, folder: join(override, '..') };
  }
  const candidates: PackagedApp[] = [];
  if (platform === 'linux') {
    const folder = join(dist, 'linux-unpacked');
    const executable = join(folder, 'kundencenter');
    candidates.push({ executable, fuseTarget: executable, folder });
  } else if (platform === 'win32') {
    const folder = join(dist, 'win-unpacked');
    const executable = join(folder, 'Kundencenter.exe');
    candidates.push({ executable, fuseTarget: executable, folder });
  } else if (platform === 'darwin') {
    // dist/mac (Intel), dist/mac-arm64 (Apple silicon), dist/mac-universal
    const folders = existsSync(dist) ? readdirSync(dist).filter((n) => /^mac(-|$)/.test(n)) : [];
    for (const name of folders.sort()) {
      const bundle = join(dist, name, 'Kundencenter.app');
      candidates.push({
        executable: join(bundle, 'Contents', 'MacOS', 'Kundencenter'),
        fuseTarget: bundle,
        folder: join(dist, name),
      });
    }
  }
  return candidates.find((candidate) => existsSync(candidate.executable)) ?? null;
}

/** What the binary's fuse wire says, read with the `@electron/fuses read` command. */
export async function readFuses(app: PackagedApp): Promise<Record<string, boolean>> {
  const cli = join(ROOT, 'node_modules', '@electron', 'fuses', 'dist', 'bin.js');
  const { stdout } = await run(process.execPath, [cli, 'read', '--app', app.fuseTarget], {
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return parseFuses(stdout);
}

/** "  RunAsNode is Disabled" lines into { RunAsNode: false }; colour codes are ignored. */
export function parseFuses(output: string): Record<string, boolean> {
  const fuses: Record<string, boolean> = {};
  // eslint-disable-next-line no-control-regex
  for (const line of output.replace(/\u001b\[[0-9;]*m/g, '').split(/\r?\n/)) {
    const match = /^\s+(\w+) is (Enabled|Disabled)\s*$/.exec(line);
    if (match) fuses[match[1]!] = match[2] === 'Enabled';
  }
  return fuses;
}

/**
 * A copy of the packaged app whose one difference is the inspector fuse turned on: Playwright's
 * `_electron` drives main through Node's inspector (`--inspect=0`), which the release binary
 * refuses by design. The caller reads the copy's fuses to prove that is the only difference.
 */
export async function testCopy(app: PackagedApp): Promise<PackagedApp> {
  const into = mkdtempSync(join(tmpdir(), 'kc-electron-app-'));
  const folder = join(into, basename(app.folder));
  cpSync(app.folder, folder, { recursive: true, verbatimSymlinks: true });
  const moved = (path: string) => join(folder, path.slice(app.folder.length));
  const copy = { executable: moved(app.executable), fuseTarget: moved(app.fuseTarget), folder };
  const { flipFuses, FuseV1Options, FuseVersion } = await import('@electron/fuses');
  await flipFuses(copy.fuseTarget, {
    version: FuseVersion.V1,
    [FuseV1Options.EnableNodeCliInspectArguments]: true,
    // macOS on Apple silicon runs nothing unsigned: the copy is signed ad hoc again
    resetAdHocDarwinSignature: process.platform === 'darwin' && process.arch === 'arm64',
  });
  return copy;
}
