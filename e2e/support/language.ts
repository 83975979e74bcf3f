import { expect, type Page } from '@playwright/test';

/**
 * Signed in, the language is chosen in Einstellungen (the header has no switch): opens it,
 * picks English and comes back to the screen the test was on.
 */
export async function switchToEnglish(page: Page): Promise<void> {
  const back = await page.evaluate(() => window.location.hash);
  await page.getByRole('banner').getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('main').getByLabel('Sprache der App').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, back);
}
