import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expectAccessible } from './support/a11y';
import { expect, signIn, test } from './support/fixtures';
import { startWebHost } from './support/processes';
import { switchToEnglish } from './support/language';

/** What the keychain holds for this app folder (the web host names its profile so). */
function keychainEntry(appDir: string, key: string): string | null {
  const profile = createHash('sha256').update(resolve(appDir)).digest('hex').slice(0, 16);
  try {
    return execFileSync(
      'secret-tool',
      ['lookup', 'service', 'de.cmo.kundencenter', 'username', `${profile}:${key}`],
      {
        encoding: 'utf8',
      },
    );
  } catch {
    return null; // secret-tool exits 1 when there is no such entry
  }
}

test('the language switch is remembered across a restart', async ({
  app,
  sandbox,
  appDir,
  host,
}) => {
  await signIn(app);
  await switchToEnglish(app);
  await expect(app.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(app);
  await host.stop();

  const again = await startWebHost(sandbox.url, appDir);
  try {
    await app.goto(again.url);
    await expect(app.getByRole('heading', { name: 'Overview' })).toBeVisible();
    await expect(app.getByRole('button', { name: 'Sign out' })).toBeVisible();
  } finally {
    await again.stop();
  }
});

test('sign-out clears the keychain entry, the cache key and the cache', async ({
  app,
  appDir,
  sandbox,
  host,
}) => {
  await signIn(app);
  await expect(app.getByTestId('customer-number')).toBeVisible();
  expect(keychainEntry(appDir, 'session')).toContain('kcr_');
  expect(keychainEntry(appDir, 'cache-key')).toBeTruthy();
  expect(readdirSync(join(appDir, 'cache')).length).toBeGreaterThan(0);

  await app.getByRole('button', { name: 'Abmelden' }).click();
  await expect(app.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
  expect(keychainEntry(appDir, 'session')).toBeNull();
  expect(keychainEntry(appDir, 'cache-key')).toBeNull();
  expect(existsSync(join(appDir, 'cache')) ? readdirSync(join(appDir, 'cache')) : []).toEqual([]);

  // and a restart stays signed out
  await host.stop();
  const again = await startWebHost(sandbox.url, appDir);
  try {
    await app.goto(again.url);
    await expect(app.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
  } finally {
    await again.stop();
  }
});
