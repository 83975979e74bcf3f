// "Support" in the core against the real sandbox server: tickets synced and readable, a ticket
// opened with an attachment, a staff reply arriving live over the event stream as one system
// notification (not repeated after a restart), a reply written offline kept in the outbox and
// sent once the server is back, the stream resuming after the server went away, a click on a
// notification asking the renderer for the ticket's screen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../../server/src/app';
import type { Cached } from '../../../shared/domain';
import type { OutboxEntry, TicketView } from '../../../shared/support/ipc';
import type { Ticket, TicketDetail, TicketMessage } from '../../../shared/support/types';
import type { Core } from '../app-core-types';
import type { Notification, SecretStore } from '../ports';
import { createMemorySecretStore } from '../vault/memory-store';
import { callerOf, until } from '../testing/core-calls';
import { createTestCore } from '../testing/test-core';

const DEMO = { email: 'demo@kundencenter.example', password: 'Demo-Passwort-2026' };
const serverDir = mkdtempSync(join(tmpdir(), 'kc-support-server-'));
const appDir = mkdtempSync(join(tmpdir(), 'kc-support-app-'));

let server: Awaited<ReturnType<typeof startServer>>;
let port = 0;
let secrets: SecretStore;
let core: Core;
const notifications: Notification[] = [];
const badge: number[] = [];
const events: { event: string; payload: unknown }[] = [];

function makeCore(): Core {
  const made = createTestCore(`http://127.0.0.1:${port}`, appDir, {
    secrets,
    notifier: { show: (notification) => notifications.push(notification) },
    badge: { setCount: (count) => badge.push(count) },
    saveDialog: { save: () => Promise.resolve({ saved: true }) },
    syncTimings: { pollMs: 600_000, offlineMinMs: 50, offlineMaxMs: 300, prefetchGapMs: 0 },
  });
  made.onEvent((event, payload) => events.push({ event, payload }));
  return made;
}

const call = callerOf(() => core);

async function staffReply(ticketId: string, body: string): Promise<TicketMessage> {
  const response = await fetch(`${server.url}/v1/sandbox/tickets/${ticketId}/reply`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ body }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as TicketMessage;
}

async function serverThread(ticketId: string): Promise<TicketView> {
  return (await call<Cached<TicketView>>('tickets:get', { id: ticketId })).data;
}

beforeAll(async () => {
  server = await startServer({ dataDir: serverDir, port: 0 });
  port = Number(new URL(server.url).port);
  secrets = createMemorySecretStore();
  core = makeCore();
  await core.start();
  await call('session:login', DEMO);
});

afterAll(async () => {
  await core.stop();
  await server.close();
  rmSync(serverDir, { recursive: true, force: true });
  rmSync(appDir, { recursive: true, force: true });
});

describe('support in the core', () => {
  let ticketId = '';

  it('lists the demo tickets and counts the unread ones on the badge', async () => {
    const list = await until('tickets synced', () => call<Cached<Ticket[]> | null>('tickets:list'));
    expect(list.data.length).toBeGreaterThanOrEqual(3);
    const unread = list.data.filter((ticket) => ticket.unread).length;
    expect(await call<number>('support:unread')).toBe(unread);
    await until('badge shows the count', () => badge.at(-1) === unread);
    // history is not news
    expect(notifications).toEqual([]);
  });

  it('opens a ticket with an attachment and reads its thread', async () => {
    const { ticket: created } = await call<{ ticket: TicketDetail }>('tickets:create', {
      department: 'technik',
      subject: 'Webseite lädt langsam',
      priority: 'normal',
      related: [],
      message: 'Seit heute früh lädt die Seite sehr langsam.',
      attachments: [
        {
          fileName: 'log.txt',
          mimeType: 'text/plain',
          base64: Buffer.from('GET / 200 9s\n').toString('base64'),
        },
      ],
    });
    ticketId = created.id;
    expect(created.number).toMatch(/^T-/);
    const list = await call<Cached<Ticket[]>>('tickets:list');
    expect(list.data[0]?.id).toBe(ticketId);
    const thread = await call<Cached<TicketView>>('tickets:get', { id: ticketId });
    const attachment = thread.data.messages[0]?.attachments[0];
    expect(attachment?.fileName).toBe('log.txt');
    const file = await call<{ base64: string; mimeType: string }>('tickets:attachment', {
      ticketId,
      attachmentId: attachment?.id,
    });
    expect(Buffer.from(file.base64, 'base64').toString()).toBe('GET / 200 9s\n');
    expect(file.mimeType).toBe('text/plain');
  });

  it('refuses a file that is not allowed, naming it', async () => {
    const result = await core.router.handle('tickets:create', {
      department: 'technik',
      subject: 'Programm',
      priority: 'low',
      related: [],
      message: 'Anbei',
      attachments: [
        {
          fileName: 'tool.exe',
          mimeType: 'application/octet-stream',
          base64: Buffer.from('MZ\x90\x00').toString('base64'),
        },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'attachment_type',
        fields: { 'attachments.0': 'errors.field.attachment_type' },
      },
    });
  });

  it('shows a staff reply at once through the event stream, as one notification', async () => {
    const message = await staffReply(
      ticketId,
      'Wir haben den Cache geleert, bitte testen Sie erneut.',
    );
    const shown = await until('notification', () =>
      notifications.find((n) => n.target?.id === ticketId),
    );
    expect(shown).toEqual({
      title: 'Webseite lädt langsam',
      body: 'Wir haben den Cache geleert, bitte testen Sie erneut.',
      target: { kind: 'ticket', id: ticketId, reply: true },
    });
    const list = await call<Cached<Ticket[]>>('tickets:list');
    expect(list.data.find((ticket) => ticket.id === ticketId)?.unread).toBe(true);
    // opening the thread marks it read on the server
    const thread = await serverThread(ticketId);
    expect(thread.messages.at(-1)?.id).toBe(message.id);
    await until(
      'marked read',
      async () =>
        !(await call<Cached<Ticket[]>>('tickets:list')).data.find((t) => t.id === ticketId)?.unread,
    );
    expect(notifications.filter((n) => n.target?.id === ticketId)).toHaveLength(1);
  });

  it('does not show the same reply again after a restart, and opens the ticket on a click', async () => {
    const before = notifications.length;
    await core.stop();
    core = makeCore();
    await core.start();
    await until('synced again', () => call<Cached<Ticket[]> | null>('tickets:list'));
    await call('sync:now');
    expect(notifications.length).toBe(before);
    core.openNotification({ kind: 'ticket', id: ticketId });
    expect(events.at(-1)).toEqual({
      event: 'notification:open',
      payload: { route: `/support/tickets/${ticketId}` },
    });
  });

  it('closes a ticket without telling the person what they did themselves', async () => {
    const before = notifications.length;
    const closed = await call<Ticket>('tickets:close', { id: ticketId });
    expect(closed.status).toBe('closed');
    await call('sync:now');
    const list = await call<Cached<Ticket[]>>('tickets:list');
    expect(list.data.find((ticket) => ticket.id === ticketId)?.status).toBe('closed');
    expect(notifications.length).toBe(before);
  });

  it('keeps a reply written offline and sends it once the server is back', async () => {
    await server.close();
    await until('offline', async () => !(await call<{ online: boolean }>('sync:now')).online);
    const entry = await call<OutboxEntry>('tickets:reply', {
      ticketId,
      body: 'Jetzt geht es wieder, danke!',
    });
    expect(entry.state).not.toBe('failed');
    const view = await call<Cached<TicketView>>('tickets:get', { id: ticketId });
    expect(view.data.pending.map((pending) => pending.body)).toEqual([
      'Jetzt geht es wieder, danke!',
    ]);
    expect(await call<OutboxEntry[]>('outbox:list')).toHaveLength(1);

    server = await startServer({ dataDir: serverDir, port });
    await until(
      'outbox empty',
      async () => (await call<OutboxEntry[]>('outbox:list')).length === 0,
    );
    const thread = await until('reply in the thread', async () => {
      const detail = await serverThread(ticketId);
      return detail.messages.some((m) => m.body === 'Jetzt geht es wieder, danke!') && detail;
    });
    expect(thread.messages.filter((m) => m.body === 'Jetzt geht es wieder, danke!')).toHaveLength(
      1,
    );
    expect(thread.pending).toEqual([]);
    // a reply reopens a closed ticket
    expect(thread.status).toBe('open');
  });

  it('follows the event stream again after the server restarted', async () => {
    // the stream comes back with the server; a staff reply then arrives live again
    const before = notifications.length;
    await staffReply(ticketId, 'Schön zu hören. Wir schließen das Ticket in einer Woche.');
    await until('second notification', () => notifications.length > before);
    expect(notifications.at(-1)?.body).toBe(
      'Schön zu hören. Wir schließen das Ticket in einer Woche.',
    );
  });
});
