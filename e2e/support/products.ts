/** Helpers for the "Produkte & Dienste" specs: navigation, the sandbox outbox, PDF text. */
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { recorded, sandboxGet, type Running } from './processes';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Open "Produkte & Dienste" from the main menu. */
export async function openProducts(app: Page): Promise<void> {
  await app
    .getByRole('navigation', { name: 'Kundencenter' })
    .getByRole('link', { name: 'Produkte & Dienste' })
    .click();
  await expect(app.getByRole('heading', { name: 'Produkte & Dienste', level: 1 })).toBeVisible();
  await expect(app.getByTestId('contract-row').first()).toBeVisible();
}

/** Open a contract of the list by its product name. */
export async function openContract(app: Page, productName: string): Promise<void> {
  await app.getByRole('link', { name: productName, exact: true }).first().click();
  await expect(app.getByRole('heading', { name: productName, level: 2 })).toBeVisible();
}

/** The name of a file the web host recorded as saved, once it is there. */
export async function waitForDownload(host: Running, name: RegExp): Promise<string> {
  await expect
    .poll(async () => (await recorded(host)).downloads?.map((d) => d.name) ?? [])
    .toContainEqual(expect.stringMatching(name));
  return (await recorded(host)).downloads!.find((d) => name.test(d.name))!.name;
}

/** The text of a PDF, by poppler's pdftotext, with runs of white space made single spaces. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The mails the sandbox "sent" to an address. */
export function outbox(sandbox: Running, to: string): Promise<Mail[]> {
  return sandboxGet<Mail[]>(sandbox.url, `/v1/sandbox/outbox?to=${encodeURIComponent(to)}`);
}
