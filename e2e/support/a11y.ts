import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** how bad a violation must be to fail the scan: anything but "minor" */
const FAILING = new Set(['moderate', 'serious', 'critical']);

/** Scans the screen as it is now: no moderate, serious or critical accessibility violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact && FAILING.has(v.impact));
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}
