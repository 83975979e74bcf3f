import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { expect, signIn, test } from './support/fixtures';
import { startWebHost, tempDir } from './support/processes';

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await expect(
    page.getByRole('main').getByRole('heading', { name: 'Einstellungen', level: 1 }),
  ).toBeVisible();
  // settings are not a menu entry: no entry claims to be the page shown
  await expect(page.getByRole('navigation').locator('[aria-current="page"]')).toHaveCount(0);
}

const cacheFiles = (appDir: string): string[] => {
  try {
    return readdirSync(join(appDir, 'cache')).sort();
  } catch {
    return [];
  }
};

test('settings persist across a restart; the dark theme applies at once and passes axe', async ({
  app,
  sandbox,
  appDir,
  host,
}) => {
  await signIn(app);
  await expect(app.getByTestId('customer-number')).toBeVisible();
  await openSettings(app);
  const main = app.getByRole('main');
  await expectAccessible(app);

  await main.getByRole('radio', { name: 'Dunkel' }).check();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(main.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();
  await expectAccessible(app);

  await main.getByLabel('Abgleich alle').selectOption({ label: '5 Minuten' });
  await main.getByRole('checkbox', { name: 'Eine neue Rechnung ist eingetroffen' }).uncheck();
  await main
    .getByLabel('Zugangsdaten sperren nach')
    .selectOption({ label: '15 Minuten ohne Eingabe' });
  await expect(main.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();
  await host.stop();

  const again = await startWebHost(sandbox.url, appDir);
  try {
    await app.goto(again.url);
    await expect(app.getByTestId('customer-number')).toBeVisible();
    // the theme is there before any screen asks for settings
    await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
    await openSettings(app);
    await expect(main.getByLabel('Abgleich alle')).toHaveValue('300');
    await expect(
      main.getByRole('checkbox', { name: 'Eine neue Rechnung ist eingetroffen' }),
    ).not.toBeChecked();
    await expect(
      main.getByRole('checkbox', { name: 'Der Support hat auf ein Ticket geantwortet' }),
    ).toBeChecked();
    await expect(main.getByLabel('Zugangsdaten sperren nach')).toHaveValue('15');
    await main.getByRole('radio', { name: 'Hell' }).check();
    await expect(app.locator('html')).toHaveAttribute('data-theme', 'light');
    await expectAccessible(app);
  } finally {
    await again.stop();
  }
});

test('the system theme follows the colour scheme the system prefers', async ({ app }) => {
  await app.emulateMedia({ colorScheme: 'dark' });
  await signIn(app);
  await openSettings(app);
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'system');
  const background = () => app.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(16, 21, 28)');
  await app.emulateMedia({ colorScheme: 'light' });
  expect(await background()).toBe('rgb(244, 246, 249)');
});

test('a damaged settings file falls back to defaults with a notice, never a crash', async ({
  page,
  sandbox,
}) => {
  const appDir = tempDir('app');
  writeFileSync(join(appDir, 'settings.json'), '{"language": "en", "theme": "dark",,, oops');
  const host = await startWebHost(sandbox.url, appDir);
  try {
    await page.goto(host.url);
    // defaults: German, the system theme
    await signIn(page);
    await expect(page.getByTestId('customer-number')).toBeVisible();
    const banner = page.getByTestId('settings-repaired-banner');
    await expect(banner).toContainText('Einstellungen waren beschädigt und wurden zurückgesetzt');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
    await banner.getByRole('link', { name: 'Einstellungen öffnen' }).click();
    await expect(page).toHaveURL(/#\/settings$/);
    const notice = page.getByRole('main').getByTestId('settings-repaired');
    await expect(notice).toContainText('Einstellungen waren beschädigt');
    await expectAccessible(page);
    await notice.getByRole('button', { name: 'Verstanden' }).click();
    await expect(notice).toBeHidden();
    await expect(page.getByRole('main').getByLabel('Sprache der App')).toHaveValue('de');
  } finally {
    await host.stop();
  }
});

test('Cache leeren drops the offline data and fills it again from the server', async ({
  app,
  appDir,
}) => {
  await signIn(app);
  await expect(app.getByTestId('customer-number')).toBeVisible();
  await expect.poll(() => cacheFiles(appDir).length).toBeGreaterThan(3);
  const before = cacheFiles(appDir);

  await openSettings(app);
  const main = app.getByRole('main');
  await main.getByRole('button', { name: 'Cache leeren' }).click();
  const dialog = app.getByRole('dialog', { name: 'Cache leeren?' });
  await expectAccessible(app);
  await dialog.getByRole('button', { name: 'Cache leeren' }).click();
  await expect(dialog).toBeHidden();
  await expect(main.getByRole('status').filter({ hasText: 'Cache geleert' })).toBeVisible();

  // a new cache key names every entry anew: none of the old files is left, the new ones fill up
  await expect
    .poll(() => cacheFiles(appDir).filter((name) => !before.includes(name)).length)
    .toBeGreaterThan(3);
  expect(cacheFiles(appDir).filter((name) => before.includes(name))).toEqual([]);
  await app.getByRole('link', { name: 'Übersicht' }).click();
  await expect(app.getByTestId('customer-number')).toHaveText(/K-100234/);
});

test('Überall abmelden signs out this and a second session of the same login', async ({
  app,
  sandbox,
  browser,
}) => {
  const otherDir = tempDir('app-other');
  const other = await startWebHost(sandbox.url, otherDir);
  const second = await browser.newPage();
  try {
    await second.goto(other.url);
    await signIn(second);
    await expect(second.getByTestId('customer-number')).toBeVisible();

    await signIn(app);
    await openSettings(app);
    await app.getByRole('main').getByRole('button', { name: 'Überall abmelden' }).click();
    const dialog = app.getByRole('dialog', { name: 'Überall abmelden?' });
    await dialog.getByRole('button', { name: 'Überall abmelden' }).click();
    await expect(app.getByRole('heading', { name: 'Anmelden' })).toBeVisible();

    // the other device learns it with its next call to the server (the next sync)
    await expect(second.getByRole('heading', { name: 'Anmelden' })).toBeVisible({
      timeout: 20_000,
    });
  } finally {
    await second.close();
    await other.stop();
  }
});
