/** "Support" in end-to-end tests: the screen, staff replies, recorded notifications and clicks. */
import { expect, type Page } from '@playwright/test';
import { recorded, sandboxPost, type Running } from './processes';

export interface RecordedNotification {
  title: string;
  body: string;
  target?: { kind: string; id: string; reply?: boolean };
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Opens "Support" from the main menu, optionally a section of its sub-navigation. */
export async function openSupport(app: Page, section?: 'Tickets' | 'Ticket eröffnen') {
  await app
    .getByRole('navigation', { name: 'Kundencenter' })
    .getByRole('link', { name: 'Support' })
    .click();
  await expect(app.getByRole('heading', { name: 'Support', level: 1 })).toBeVisible();
  if (section) {
    await app
      .getByRole('navigation', { name: 'Bereiche des Supports' })
      .getByRole('link', { name: section })
      .click();
  }
}

/** The ticket id of the thread shown ("#/support/tickets/<id>"). */
export function shownTicketId(app: Page): string {
  const match = /#\/support\/tickets\/([^/?]+)/.exec(app.url());
  if (!match) throw new Error(`no ticket shown at ${app.url()}`);
  return decodeURIComponent(match[1]!);
}

/** What the provider's staff does: a reply through the sandbox endpoint. */
export async function staffReply(
  apiUrl: string,
  ticketId: string,
  body: string,
  authorName = 'Jonas Becker',
): Promise<void> {
  await sandboxPost(apiUrl, `/v1/sandbox/tickets/${encodeURIComponent(ticketId)}/reply`, {
    body,
    authorName,
  });
}

/** The notifications the web host recorded instead of showing them. */
export async function notifications(host: Running): Promise<RecordedNotification[]> {
  return (await recorded(host)).notifications as RecordedNotification[];
}

/** A click on the n-th recorded notification, as the person would click the system's. */
export async function clickNotification(host: Running, index: number): Promise<void> {
  const url = new URL(host.url);
  const response = await fetch(new URL(`/__kc/notifications/${index}/click`, url.origin), {
    method: 'POST',
    headers: { 'x-kc-token': url.searchParams.get('kc') ?? '' },
  });
  if (!response.ok) throw new Error(`notification click: ${response.status}`);
}

/** An answer typed into the n-th recorded notification's reply field (macOS); true when sent. */
export async function replyToNotification(
  host: Running,
  index: number,
  text: string,
): Promise<boolean> {
  const url = new URL(host.url);
  const response = await fetch(new URL(`/__kc/notifications/${index}/reply`, url.origin), {
    method: 'POST',
    headers: { 'x-kc-token': url.searchParams.get('kc') ?? '', 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  if (!response.ok) throw new Error(`notification reply: ${response.status}`);
  return ((await response.json()) as { sent: boolean }).sent;
}
