import { defineConfig } from '@playwright/test';

// The Electron smoke test (`npm run test:electron`): the packaged app, one at a time.
export default defineConfig({
  testDir: 'e2e-electron',
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
