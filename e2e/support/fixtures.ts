/**
 * Test fixtures: each test gets its own sandbox API and web host (random loopback ports,
 * temporary data folders) and a page opened on the app.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { startSandbox, startWebHost, tempDir, type Running } from './processes';

export const DEMO = { email: 'demo@kundencenter.example', password: 'Demo-Passwort-2026' };
export const MFA = { email: 'mfa@kundencenter.example', password: 'Demo-Passwort-2026' };

interface Fixtures {
  sandboxDir: string;
  sandbox: Running;
  appDir: string;
  host: Running;
  app: Page;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  sandboxDir: async ({}, use) => use(tempDir('sandbox')),
  sandbox: async ({ sandboxDir }, use) => {
    const sandbox = await startSandbox(sandboxDir);
    await use(sandbox);
    await sandbox.stop();
  },
  // eslint-disable-next-line no-empty-pattern
  appDir: async ({}, use) => use(tempDir('app')),
  host: async ({ sandbox, appDir }, use) => {
    const host = await startWebHost(sandbox.url, appDir);
    await use(host);
    await host.stop();
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.url);
    await use(page);
  },
});

export { expect };

export async function signIn(page: Page, account = DEMO): Promise<void> {
  await page.getByLabel('E-Mail-Adresse').fill(account.email);
  await page.getByLabel('Passwort', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}
