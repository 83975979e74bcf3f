import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectAccessible } from './support/a11y';
import { DEMO, expect, signIn, test } from './support/fixtures';
import { recorded, startSandbox, startWebHost, tempDir } from './support/processes';

test('the dashboard shows name, company, customer number (copyable) and verification status', async ({
  app,
  host,
}) => {
  await signIn(app);
  await expect(app.getByRole('heading', { name: 'Übersicht' })).toBeVisible();
  await expect(app.getByText('Guten Tag, Erika Mustermann')).toBeVisible();
  await expect(app.getByRole('main').getByText('Muster Webdesign GmbH').first()).toBeVisible();
  const number = (await app.getByTestId('customer-number').textContent())!.trim();
  expect(number).toMatch(/^K-\d+$/);
  await expect(app.getByTestId('verification-status')).toContainText('Verifiziert');
  await app.getByRole('button', { name: 'Kundennummer kopieren' }).click();
  await expect(app.getByText('Kopiert')).toBeVisible();
  expect((await recorded(host)).clipboard).toBe(number);
  // the menu: the overview is the current page, Domains opens its screen
  const menu = app.getByRole('navigation', { name: 'Kundencenter' });
  await expect(menu.getByRole('link', { name: 'Übersicht' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(menu.getByRole('link', { name: 'Domains' })).toHaveAttribute('href', '#/domains');
  await expectAccessible(app);
});

test('restart with the sandbox stopped: still signed in, dashboard from the encrypted cache, offline banner; sandbox back: banner gone, data fresh', async ({
  page,
}) => {
  const sandboxDir = tempDir('sandbox');
  const appDir = tempDir('app');
  let sandbox = await startSandbox(sandboxDir);
  const port = new URL(sandbox.url).port;
  let host = await startWebHost(sandbox.url, appDir);
  try {
    await page.goto(host.url);
    await signIn(page);
    const number = (await page.getByTestId('customer-number').textContent())!.trim();
    await expect(page.getByTestId('offline-banner')).toHaveCount(0);
    // the first sync has brought everything the Übersicht shows
    await expect(page.getByTestId('card-notices')).toHaveAttribute('data-state', 'ready', {
      timeout: 30_000,
    });

    // quit the app and stop the sandbox
    await host.stop();
    await sandbox.stop();
    // nothing in the app's folder gives the account away
    const cacheFiles = readdirSync(join(appDir, 'cache'));
    expect(cacheFiles.length).toBeGreaterThan(0);
    for (const file of cacheFiles) expect(file).not.toMatch(/account/);

    // meanwhile the provider changes the company name (the sandbox CLI works on its data folder)
    execFileSync(join('node_modules', '.bin', 'tsx'), [
      'server/src/cli.ts',
      'account',
      DEMO.email,
      '--company',
      'Muster Hosting AG',
      '--data',
      sandboxDir,
    ]);

    host = await startWebHost(sandbox.url, appDir);
    await page.goto(host.url);
    await expect(page.getByTestId('customer-number')).toHaveText(number);
    await expect(page.getByRole('main').getByText('Muster Webdesign GmbH').first()).toBeVisible();
    const banner = page.getByTestId('offline-banner');
    await expect(banner).toContainText(/Offline – Stand: \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
    // every card of the Übersicht comes from the encrypted cache too
    for (const card of ['card-open-amount', 'card-support', 'card-due-soon', 'card-notices']) {
      await expect(page.getByTestId(card)).toHaveAttribute('data-state', 'ready');
    }
    await expect(page.getByTestId('card-notices')).toContainText('Verzögerter E-Mail-Empfang');
    await expect(page.getByTestId('card-due-soon')).toContainText('muster-webdesign-shop.de');
    await expectAccessible(page);

    sandbox = await startSandbox(sandboxDir, Number(port));
    await expect(banner).toHaveCount(0, { timeout: 30_000 });
    await expect(page.getByRole('main').getByText('Muster Hosting AG').first()).toBeVisible();
  } finally {
    await host.stop();
    await sandbox.stop();
  }
});
