// What the outbox keeps, against the real sandbox behind a proxy: a new ticket whose answer is
// lost on the way back is opened once (its Idempotency-Key is kept and sent again); a reply and
// a new ticket written offline survive "Cache leeren" and are sent once back online; signing
// out drops what is still queued (it belongs to the session left).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../../server/src/app';
import type { Cached } from '../../../shared/domain';
import type { OutboxEntry } from '../../../shared/support/ipc';
import type { Ticket, TicketDetail, TicketPage } from '../../../shared/support/types';
import type { Core } from '../app-core-types';
import { callerOf, until } from '../testing/core-calls';
import { startCountingProxy, type CountingProxy } from '../testing/counting-proxy';
import { createTestCore } from '../testing/test-core';

const DEMO = { email: 'demo@kundencenter.example', password: 'Demo-Passwort-2026' };
const serverDir = mkdtempSync(join(tmpdir(), 'kc-outbox-kept-server-'));
const appDir = mkdtempSync(join(tmpdir(), 'kc-outbox-kept-app-'));

let server: Awaited<ReturnType<typeof startServer>>;
let port = 0;
let proxy: CountingProxy;
let core: Core;

type Created = { queued: false; ticket: TicketDetail } | { queued: true; entry: OutboxEntry };

const call = callerOf(() => core);

/** The tickets as the server has them, past the app's cache. */
async function serverTickets(): Promise<Ticket[]> {
  const login = await fetch(`${server.url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(DEMO),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const response = await fetch(`${server.url}/v1/tickets?limit=100`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  return ((await response.json()) as TicketPage).items;
}

async function serverThread(subject: string): Promise<TicketDetail | null> {
  const ticket = (await serverTickets()).find((t) => t.subject === subject);
  if (!ticket) return null;
  return (await call<Cached<TicketDetail>>('tickets:get', { id: ticket.id })).data;
}

const offline = async () => {
  await server.close();
  await until('offline', async () => !(await call<{ online: boolean }>('sync:now')).online);
};
const online = async () => {
  server = await startServer({ dataDir: serverDir, port });
};

const ticketInput = (subject: string) => ({
  department: 'technik',
  subject,
  priority: 'normal',
  related: [],
  message: `${subject}: bitte prüfen.`,
});

beforeAll(async () => {
  server = await startServer({ dataDir: serverDir, port: 0 });
  port = Number(new URL(server.url).port);
  proxy = await startCountingProxy(server.url);
  core = createTestCore(proxy.url, appDir, {
    saveDialog: { save: () => Promise.resolve({ saved: true }) },
    syncTimings: { pollMs: 600_000, offlineMinMs: 50, offlineMaxMs: 300, prefetchGapMs: 0 },
  });
  await core.start();
  await call('session:login', DEMO);
  await until('tickets synced', () => call<Cached<Ticket[]> | null>('tickets:list'));
});

afterAll(async () => {
  await core.stop();
  await proxy.close();
  await server.close();
  rmSync(serverDir, { recursive: true, force: true });
  rmSync(appDir, { recursive: true, force: true });
});

describe('the outbox keeps what is not sent yet', () => {
  it('opens a new ticket once when the answer to its first try was lost', async () => {
    proxy.loseNextAnswer('POST', '/v1/tickets');
    const created = await call<Created>('tickets:create', ticketInput('Antwort verloren'));
    // the server opened it, but the app never heard so: it waits in the outbox and is tried
    // again with the same key, which the server answers with the ticket it opened then
    expect(created.queued).toBe(true);
    await until(
      'outbox empty',
      async () => (await call<OutboxEntry[]>('outbox:list')).length === 0,
    );
    expect((await serverTickets()).filter((t) => t.subject === 'Antwort verloren')).toHaveLength(1);
    const tries = proxy.all.filter((r) => r.method === 'POST' && r.path === '/v1/tickets');
    expect(tries.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a reply and a new ticket written offline across "Cache leeren", then sends each once', async () => {
    const [ticket] = (await call<Cached<Ticket[]>>('tickets:list')).data;
    await offline();
    const reply = await call<OutboxEntry>('tickets:reply', {
      ticketId: ticket!.id,
      body: 'Offline geschrieben, nach dem Leeren gesendet.',
    });
    const created = await call<Created>('tickets:create', ticketInput('Offline eröffnet'));
    expect(created).toMatchObject({
      queued: true,
      entry: { ticketId: null, newTicket: { subject: 'Offline eröffnet' } },
    });

    await call('cache:clear');
    const kept = await call<OutboxEntry[]>('outbox:list');
    expect(kept.map((entry) => entry.id)).toEqual([reply.id, created.queued && created.entry.id]);

    await online();
    await until(
      'outbox empty',
      async () => (await call<OutboxEntry[]>('outbox:list')).length === 0,
    );
    const thread = await until('reply on the server', async () => {
      const detail = await call<Cached<TicketDetail>>('tickets:get', { id: ticket!.id });
      return detail.data.messages.some((m) => m.body.startsWith('Offline geschrieben')) && detail;
    });
    expect(
      thread.data.messages.filter((m) => m.body.startsWith('Offline geschrieben')),
    ).toHaveLength(1);
    expect((await serverTickets()).filter((t) => t.subject === 'Offline eröffnet')).toHaveLength(1);
    expect((await serverThread('Offline eröffnet'))?.messages[0]?.body).toBe(
      'Offline eröffnet: bitte prüfen.',
    );
  });

  it('drops what is still queued at sign-out: it belongs to the session left', async () => {
    const [ticket] = (await call<Cached<Ticket[]>>('tickets:list')).data;
    // refused by the server (a program is no allowed attachment): it stays, marked failed
    await call<OutboxEntry>('tickets:reply', {
      ticketId: ticket!.id,
      body: 'Mit Programm',
      attachments: [
        {
          fileName: 'tool.exe',
          mimeType: 'application/octet-stream',
          base64: Buffer.from('MZ\x90\x00').toString('base64'),
        },
      ],
    });
    await until('refused', async () =>
      (await call<OutboxEntry[]>('outbox:list')).some((entry) => entry.state === 'failed'),
    );
    await call('session:logout');
    await call('session:login', DEMO);
    expect(await call<OutboxEntry[]>('outbox:list')).toEqual([]);
  });
});
