/**
 * Starts the web host: the app's core under plain Node, for machines without the Electron
 * binary (and for every end-to-end test). Prints one line `KC_WEBHOST_READY <url>` to stdout.
 *
 * Environment: KC_API_URL (default: the settings' provider profile, the sandbox at
 * http://127.0.0.1:4010 unless changed), KC_DATA_DIR
 * (default .webhost-data), KC_WEBHOST_PORT (default random), KC_VAULT=memory (no keychain),
 * KC_SYNC_POLL_MS / KC_SYNC_OFFLINE_MAX_MS (sync pauses), KC_DOWNLOAD_DIR (where "Speichern
 * unter" saves; default <data dir>/downloads), KC_TEST_LOCAL_AUTH=allow (tests only: an OS
 * confirmation that always says yes, so the offline unlock "by the OS" can be tested).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createCore } from '../core/app-core';
import { preferSmallHeap } from '../core/heap';
import { apiUrlFromSettings } from '../core/settings/api-endpoint';
import { openFileSettingsStore } from '../core/settings/file-settings-store';
import { openSecretStore } from '../core/vault/keyring-store';
import { createConsoleLogger } from './console-logger';
import { createDownloadFolder } from './download-folder';
import { createRecorder } from './recorder';
import { createWebHostScreenSignals } from './screen-signals';
import { startWebHost } from './web-host';

const root = resolve(__dirname, '..', '..', '..');
const DEFAULT_API_URL = 'http://127.0.0.1:4010';

function numberFromEnv(name: string): number | undefined {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

async function main(): Promise<void> {
  // as the Electron shell does: a small heap over peak speed (heap.ts says why)
  preferSmallHeap();
  const log = createConsoleLogger();
  const dataDir = resolve(process.env.KC_DATA_DIR ?? join(root, '.webhost-data'));
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const version = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const secrets = await openSecretStore({
    service: 'de.cmo.kundencenter',
    // one keychain namespace per data folder, so two profiles (or test runs) never mix
    profile: createHash('sha256').update(dataDir).digest('hex').slice(0, 16),
    log,
    force: process.env.KC_VAULT === 'memory' ? 'memory' : undefined,
  });
  const recorder = createRecorder({
    localAuth: process.env.KC_TEST_LOCAL_AUTH === 'allow' ? 'allow' : undefined,
  });
  const settings = openFileSettingsStore(dataDir, () =>
    log.warn('settings: the settings file was damaged; defaults are used where it was'),
  );
  const screen = createWebHostScreenSignals();
  const core = createCore({
    // the environment wins (tests, development); else the provider profile of the settings
    apiUrl: process.env.KC_API_URL ?? apiUrlFromSettings(settings.get(), DEFAULT_API_URL, log),
    dataDir,
    host: 'web',
    version,
    secrets,
    settings,
    notifier: recorder,
    badge: recorder,
    clipboard: recorder,
    browser: recorder,
    localAuth: recorder.localAuth,
    screenSignals: screen,
    saveDialog: createDownloadFolder(
      resolve(process.env.KC_DOWNLOAD_DIR ?? join(dataDir, 'downloads')),
      recorder,
    ),
    log,
    syncTimings: {
      pollMs: numberFromEnv('KC_SYNC_POLL_MS'),
      offlineMaxMs: numberFromEnv('KC_SYNC_OFFLINE_MAX_MS'),
    },
  });
  await core.start();
  const host = await startWebHost({
    core,
    rendererDir: process.env.KC_RENDERER_DIR ?? join(root, 'out', 'renderer'),
    port: numberFromEnv('KC_WEBHOST_PORT'),
    recorder,
    screen,
    log,
  });
  process.stdout.write(`KC_WEBHOST_READY ${host.url}\n`);

  const shutdown = () => {
    void core
      .stop()
      .then(() => host.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`web host failed to start: ${String(error)}\n`);
  process.exit(1);
});
