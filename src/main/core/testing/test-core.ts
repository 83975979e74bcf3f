/**
 * A core for integration tests and benches: against `apiUrl`, with its data folder, secrets in
 * memory, settings in that folder, and ports that do nothing (no notification, an empty
 * clipboard, a save dialog the person cancels). `overrides` replace what a test needs
 * otherwise (its own secrets to restart with, a notifier it reads, sync timings, a log).
 */
import { createCore } from '../app-core';
import type { Core, CoreOptions } from '../app-core-types';
import { openFileSettingsStore } from '../settings/file-settings-store';
import { createMemorySecretStore } from '../vault/memory-store';

export function createTestCore(
  apiUrl: string,
  dataDir: string,
  overrides: Partial<CoreOptions> = {},
): Core {
  return createCore({
    apiUrl,
    dataDir,
    host: 'web',
    version: 'test',
    secrets: createMemorySecretStore(),
    settings: openFileSettingsStore(dataDir),
    notifier: { show: () => undefined },
    clipboard: {
      writeText: () => undefined,
      readText: () => Promise.resolve(''),
      clear: () => undefined,
    },
    saveDialog: { save: () => Promise.resolve({ saved: false }) },
    ...overrides,
  });
}
