/**
 * The large account in the app as a person sees it (web host + Chromium), two figures of
 * bench/scale.ts:
 *
 * Start: from spawning the web host (signed in, its cache filled by an earlier run) until the
 * Übersicht is painted with every card's data, split into Node's own start-up (a bare Node +
 * tsx start, measured alone), the web host until it listens (the core restores the session
 * from the keychain), and the renderer until the cards are complete.
 *
 * Renderer heap: the JS heap of the page (after a GC) with the 10,000-invoice list open and
 * scrolled to its end, as a person scrolling down would.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { LARGE_EMAIL } from '../server/src/billing/large';
import { startWebHost, tempDir, type Running } from '../e2e/support/processes';
import { median } from './stats';

const PASSWORD = 'Demo-Passwort-2026';
const COMPLETE = '[data-testid="dashboard-cards"][data-complete="true"]';
const STARTS = 3;
const MB = 1024 * 1024;

export interface RendererFigures {
  start: { total: number; node: number; host: number; paint: number };
  heap: { dashboard: number; list: number; rows: number };
}

/** What a start of Node with tsx's loader costs before any of our code runs. */
function nodeStartMs(): number {
  const tsx = join(__dirname, '..', 'node_modules', '.bin', 'tsx');
  const runs: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const t = performance.now();
    execFileSync(tsx, ['-e', '0'], { stdio: 'ignore' });
    runs.push(performance.now() - t);
  }
  return median(runs);
}

async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Scrolls the invoice table down screen by screen until its last row is rendered. */
async function scrollToEnd(page: Page): Promise<number> {
  const scroller = page.locator('.invoice-table__scroll');
  const rows = Number(await page.locator('.invoice-table').getAttribute('aria-rowcount'));
  for (let step = 0; step < 2000; step++) {
    const atEnd = await scroller.evaluate((el) => {
      el.scrollTop += el.clientHeight;
      return el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
    });
    if (atEnd) break;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  await page.locator(`.invoice-table [aria-rowindex="${rows}"]`).waitFor({ timeout: 30_000 });
  return rows - 1;
}

export async function benchRenderer(apiUrl: string): Promise<RendererFigures> {
  const appDir = tempDir('bench-scale-host');
  const browser = await chromium.launch({
    executablePath: process.env.KC_CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  let host: Running | null = null;
  try {
    // sign in once and let the first sync fill the cache; every later start restores it
    host = await startWebHost(apiUrl, appDir);
    const first = await browser.newPage();
    await first.goto(host.url);
    await first.getByLabel(/E-Mail/).fill(LARGE_EMAIL);
    await first
      .getByLabel(/Passwort/)
      .first()
      .fill(PASSWORD);
    await first.getByRole('button', { name: 'Anmelden' }).click();
    await first.locator(COMPLETE).waitFor({ timeout: 180_000 });
    // the zones come last in a pass: let it end before the app quits
    await first.waitForTimeout(5000);
    await first.close();
    await host.stop();
    host = null;

    const node = nodeStartMs();
    const totals: number[] = [];
    const hosts: number[] = [];
    let page: Page | null = null;
    for (let i = 0; i < STARTS; i++) {
      await page?.close();
      if (host) await host.stop();
      const spawned = performance.now();
      host = await startWebHost(apiUrl, appDir);
      const listening = performance.now();
      page = await browser.newPage();
      await page.goto(host.url);
      await page.locator(COMPLETE).waitFor({ timeout: 120_000 });
      totals.push(performance.now() - spawned);
      hosts.push(listening - spawned);
    }
    const total = median(totals);
    const hostMs = median(hosts);

    // the last start's page: the list opened from the menu, as a person does
    const app = page!;
    const dashboard = await usedHeap(app);
    await app
      .getByRole('navigation', { name: 'Kundencenter' })
      .getByRole('link', { name: 'Abrechnung' })
      .click();
    await app
      .getByRole('navigation', { name: 'Bereiche der Abrechnung' })
      .getByRole('link', { name: 'Rechnungen' })
      .click();
    await app.locator('.invoice-table__scroll').waitFor({ timeout: 60_000 });
    const rows = await scrollToEnd(app);
    const list = await usedHeap(app);
    return {
      start: { total, node, host: hostMs - node, paint: total - hostMs },
      heap: { dashboard: dashboard / MB, list: list / MB, rows },
    };
  } finally {
    await host?.stop();
    await browser.close();
  }
}
