/**
 * `npm run test:electron`: the Electron smoke test (e2e-electron/) against the packaged app of
 * this OS. Without one (no Electron binary here, so no `npm run dist`) it says so and exits 1:
 * the smoke test never passes without having run.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findPackagedApp, ROOT } from '../e2e-electron/support/packaged-app';

const app = findPackagedApp();
if (!app) {
  const wanted =
    process.env['KC_ELECTRON_APP'] ?? join('dist', `<${process.platform} unpacked app>`);
  console.error(
    [
      `test:electron: no packaged app (${wanted}): the Electron binary is missing on this machine.`,
      'Build one with `npm run dist` where Electron can be downloaded (the release workflow',
      'does), or name an executable in KC_ELECTRON_APP. The Electron smoke test did NOT run.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`test:electron: ${app.executable}`);
const cli = join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
const result = spawnSync(
  process.execPath,
  [cli, 'test', '-c', 'playwright.electron.config.ts', ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
