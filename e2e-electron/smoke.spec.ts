/**
 * The packaged app itself, on a machine that can run it (the release workflow's runners):
 * the binary electron-builder made, started by Playwright's `_electron` against the sandbox on a
 * random loopback port with a temporary profile. Signs in, reads the dashboard and an invoice
 * PDF, checks the window's lock-down and the fuses, restarts and finds the session restored
 * from the OS keychain. Where no packaged app exists this fails; it never passes unrun.
 */
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findPackagedApp, readFuses, testCopy, type PackagedApp } from './support/packaged-app';
import { startSandbox, type Sandbox } from './support/sandbox';

const DEMO = { email: 'demo@kundencenter.example', password: 'Demo-Passwort-2026' };

test.describe.configure({ mode: 'serial' });

let packaged: PackagedApp;
let copy: PackagedApp;
let sandbox: Sandbox;
let profile: string;

test.beforeAll(async () => {
  const found = findPackagedApp();
  expect(found, 'a packaged app in dist/ (npm run dist) or KC_ELECTRON_APP').not.toBeNull();
  packaged = found!;
  copy = await testCopy(packaged);
  sandbox = await startSandbox();
  profile = mkdtempSync(join(tmpdir(), 'kc-electron-profile-'));
});

test.afterAll(async () => {
  await sandbox?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
  if (copy) rmSync(join(copy.folder, '..'), { recursive: true, force: true });
});

/** Starts the test copy on the temporary profile, pointed at the sandbox. */
async function launch(): Promise<{ electronApp: ElectronApplication; page: Page }> {
  const electronApp = await _electron.launch({
    executablePath: copy.executable,
    args: [`--user-data-dir=${profile}`],
    env: { ...process.env, KC_API_URL: sandbox.url },
    // Chromium's own sandbox on, as on a person's machine (Playwright turns it off on Linux)
    chromiumSandbox: true,
    timeout: 60_000,
  });
  const page = await electronApp.firstWindow();
  return { electronApp, page };
}

test('the fuses of the packaged binary are the release fuses', async () => {
  // @ts-expect-error -- a plain .mjs script without declarations
  const { FUSE_SETTINGS } = (await import('../scripts/after-pack.mjs')) as {
    FUSE_SETTINGS: Record<string, boolean>;
  };
  expect(await readFuses(packaged)).toEqual(FUSE_SETTINGS);
  // the copy Playwright drives differs in the inspector fuse alone
  expect(await readFuses(copy)).toEqual({ ...FUSE_SETTINGS, EnableNodeCliInspectArguments: true });
});

test('signs in, shows the dashboard and an invoice PDF, locked down; restarts signed in', async () => {
  const first = await launch();
  const { electronApp, page } = first;
  try {
    // the temporary profile is the one in use (nothing of a real installation is touched)
    const userData = await electronApp.evaluate(({ app }) => app.getPath('userData'));
    expect(realpathSync(userData)).toBe(realpathSync(profile));

    await page.getByLabel('E-Mail-Adresse').fill(DEMO.email);
    await page.getByLabel('Passwort', { exact: true }).fill(DEMO.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByRole('heading', { name: 'Übersicht', level: 1 })).toBeVisible();
    await expect(page.getByTestId('customer-number')).toHaveText('K-100234');

    // an invoice with its PDF drawn by pdf.js inside the sandboxed renderer
    await page
      .getByRole('navigation', { name: 'Kundencenter' })
      .getByRole('link', { name: 'Abrechnung' })
      .click();
    await page
      .getByRole('navigation', { name: 'Bereiche der Abrechnung' })
      .getByRole('link', { name: 'Rechnungen' })
      .click();
    await page.getByTestId('invoice-row').first().getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: /^Rechnung RE-\d{4}-\d{6}$/ })).toBeVisible();
    await expect(page.getByTestId('pdf-canvas')).toBeVisible();

    // what the whole Electron main holds once the demo account is synced, printed for the
    // notes: bench scale measures the core alone on Node, this is the shell's figure per OS
    const memory = await electronApp.evaluate(() => process.memoryUsage());
    const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
    console.log(
      `main process after sign-in (${process.platform}): RSS ${mb(memory.rss)} MB, JS heap ${mb(memory.heapUsed)} of ${mb(memory.heapTotal)} MB`,
    );

    // the window's web preferences as Electron applied them
    // (getLastWebPreferences is Electron's own, used by its tests, missing from its typings)
    const prefs = await electronApp.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
        getLastWebPreferences(): Record<string, unknown> | null;
      };
      const applied = contents.getLastWebPreferences();
      return {
        contextIsolation: applied?.contextIsolation,
        sandbox: applied?.sandbox,
        nodeIntegration: applied?.nodeIntegration,
        nodeIntegrationInSubFrames: applied?.nodeIntegrationInSubFrames,
        webSecurity: applied?.webSecurity,
      };
    });
    expect(prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
    });
    // in the page: no Node, and window.kc exists, which contextBridge refuses without isolation
    expect(
      await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        kc: typeof (globalThis as { kc?: unknown }).kc,
      })),
    ).toEqual({ require: 'undefined', process: 'undefined', kc: 'object' });

    // the CSP header on the app's own page, and in force: the page may fetch nothing
    const reloaded = await page.reload();
    expect(reloaded, 'the reload answers with the app page').not.toBeNull();
    expect(reloaded!.headers()['content-security-policy']).toContain("connect-src 'none'");
    const violated = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve(event.effectiveDirective),
          );
          fetch('https://example.com/').catch(() => undefined);
        }),
    );
    expect(violated).toBe('connect-src');

    // another origin is refused: neither navigation nor a new window leaves the app (plain
    // http, so the guard has nothing to hand to the system browser either)
    await page.evaluate(() => {
      window.location.href = 'http://example.com/';
    });
    expect(await page.evaluate(() => window.open('http://example.com/'))).toBeNull();
    await expect(page.getByRole('heading', { name: /^Rechnung RE-/ })).toBeVisible();
    const url = await electronApp.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => w.webContents.getURL()),
    );
    expect(url).toHaveLength(1);
    expect(url[0]).toMatch(/^app:\/\/kundencenter\//);

    // the desktop habits through the real shell: the menu's zoom kept per window, the
    // shortcut overview, the app lock by Ctrl+L and its unlock
    await page.keyboard.press('Control+=');
    await expect
      .poll(() =>
        electronApp.evaluate(({ BrowserWindow }) =>
          BrowserWindow.getAllWindows()[0]!.webContents.getZoomFactor(),
        ),
      )
      .toBe(1.1);
    await page.keyboard.press('Control+0');
    await page.keyboard.press('Control+/');
    await expect(page.getByRole('dialog', { name: 'Tastenkürzel' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+l');
    await expect(page.getByRole('main', { name: 'Kundencenter gesperrt' })).toBeVisible();
    await page.getByLabel('Passwort').fill(DEMO.password);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /^Rechnung RE-/ })).toBeVisible();
  } finally {
    await electronApp.close();
  }

  // a new start: the refresh token comes back from the keychain, no sign-in form
  const second = await launch();
  try {
    await expect(second.page.getByTestId('customer-number')).toHaveText('K-100234');
    await expect(second.page.getByLabel('E-Mail-Adresse')).toHaveCount(0);
    // leave the keychain as found
    await second.page.getByRole('button', { name: 'Abmelden' }).click();
    await expect(second.page.getByLabel('E-Mail-Adresse')).toBeVisible();
  } finally {
    await second.electronApp.close();
  }
});
