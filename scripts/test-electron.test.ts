import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { findPackagedApp, parseFuses } from '../e2e-electron/support/packaged-app';

const run = promisify(execFile);
const dist = mkdtempSync(join(tmpdir(), 'kc-dist-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function touch(path: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '');
}

describe('the packaged app for the smoke test', () => {
  it('is found where electron-builder leaves it on each OS, else null', () => {
    expect(findPackagedApp('linux', dist, undefined)).toBeNull();
    touch(join(dist, 'linux-unpacked', 'kundencenter'));
    expect(findPackagedApp('linux', dist, undefined)?.executable).toBe(
      join(dist, 'linux-unpacked', 'kundencenter'),
    );
    touch(join(dist, 'win-unpacked', 'Kundencenter.exe'));
    expect(findPackagedApp('win32', dist, undefined)?.fuseTarget).toBe(
      join(dist, 'win-unpacked', 'Kundencenter.exe'),
    );
    const bundle = join(dist, 'mac-arm64', 'Kundencenter.app');
    touch(join(bundle, 'Contents', 'MacOS', 'Kundencenter'));
    // the fuses live in the framework inside the bundle: the library is given the .app
    expect(findPackagedApp('darwin', dist, undefined)).toEqual({
      executable: join(bundle, 'Contents', 'MacOS', 'Kundencenter'),
      fuseTarget: bundle,
      folder: join(dist, 'mac-arm64'),
    });
    expect(findPackagedApp('linux', dist, join(dist, 'nowhere'))).toBeNull();
  });

  it('reads the fuses as @electron/fuses prints them, colours or not', () => {
    const output = [
      'Analyzing app: kundencenter',
      'Fuse Version: \u001b[36mv1\u001b[39m',
      '  \u001b[33mRunAsNode\u001b[39m is \u001b[31mDisabled\u001b[39m',
      '  EnableCookieEncryption is Enabled',
    ].join('\n');
    expect(parseFuses(output)).toEqual({ RunAsNode: false, EnableCookieEncryption: true });
  });

  it('npm run test:electron fails, saying why, where there is no packaged app', async () => {
    const tsx = join('node_modules', 'tsx', 'dist', 'cli.mjs');
    const failed = await run(process.execPath, [tsx, 'scripts/test-electron.ts'], {
      env: { ...process.env, KC_ELECTRON_APP: join(dist, 'no-such-app') },
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('the Electron binary is missing on this machine');
    expect(failed?.stderr).toContain('did NOT run');
  });
});
