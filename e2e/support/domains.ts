/** Helpers of the Domains e2e spec: a signed-in web host on a shared sandbox, and the screens. */
import type { Browser, Page } from '@playwright/test';
import { expect, signIn } from './fixtures';
import { startWebHost, tempDir, type Running } from './processes';

/** The demo customer's domain with the full zone (transfer lock on) */
export const FULL_ZONE = 'muster-webdesign.de';
/** expires within 30 days */
export const EXPIRING = 'muster-webdesign-shop.de';

/** A web host (one core, one session) against `apiUrl`, with a page signed in as the demo user. */
export async function signedInHost(
  browser: Browser,
  apiUrl: string,
): Promise<{ host: Running; page: Page; close: () => Promise<void> }> {
  const host = await startWebHost(apiUrl, tempDir('app'));
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(host.url);
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Übersicht' })).toBeVisible();
  return {
    host,
    page,
    close: async () => {
      await context.close();
      await host.stop();
    },
  };
}

/** Until the first sync has stored everything (zones included): then offline reads the cache. */
export async function untilSynced(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const kc = (
          window as unknown as {
            kc: { invoke(c: string): Promise<{ ok: boolean; data?: unknown }> };
          }
        ).kc;
        const status = await kc.invoke('sync:status');
        const data = status.data as { syncing: boolean; lastSyncedAt: string | null } | undefined;
        return status.ok && data !== undefined && !data.syncing && data.lastSyncedAt !== null;
      }),
    )
    .toBe(true);
}

/** Open a route of the app by its hash (as a deep link would). */
export async function openRoute(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
}

/** The DNS editor's field of a record row ("Wert", 4 → "Wert (Eintrag 4)"). */
export function dnsField(page: Page, field: string, row: number) {
  return page.getByRole('main').getByLabel(`${field} (Eintrag ${row})`, { exact: true });
}
