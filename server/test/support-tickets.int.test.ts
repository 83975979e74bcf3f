import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idempotencyTestHooks } from '../src/idempotency';
import { type Caller, startSignedInBoth } from './billing-helpers';
import { DEMO_EMAIL, expectProblem, type Schemas, type TestServer } from './helpers';
import { NEW_TICKET, staffReply } from './support-helpers';

type Ticket = Schemas['Ticket'];
type Detail = Schemas['TicketDetail'];
type Message = Schemas['TicketMessage'];

let s: TestServer;
let demo: Caller;
let mfa: Caller;

beforeAll(async () => {
  ({ s, demo, mfa } = await startSignedInBoth());
});
afterAll(() => s.stop());

const thread = async (c: Caller, id: string) => {
  const res = await c.call<Detail>('GET', `/v1/tickets/${id}`);
  expect(res.status).toBe(200);
  return res.body;
};

describe('the ticket list', () => {
  it('shows the demo tickets, newest activity first, with status and unread marker', async () => {
    const res = await demo.call<Schemas['TicketPage']>('GET', '/v1/tickets');
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    const byId = Object.fromEntries(res.body.items.map((t) => [t.id, t]));
    expect(Object.keys(byId).sort()).toEqual([
      'tkt_demo_100234_1',
      'tkt_demo_100234_2',
      'tkt_demo_100234_3',
      'tkt_demo_100234_4',
    ]);
    expect(byId.tkt_demo_100234_1).toMatchObject({
      number: 'T-100001',
      status: 'answered',
      unread: true,
      department: 'technik',
      lastMessagePreview: expect.stringMatching(/^Guten Tag Frau Mustermann/) as unknown,
    });
    expect(byId.tkt_demo_100234_3).toMatchObject({ status: 'closed', unread: false });
    const times = res.body.items.map((t) => t.lastActivityAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by status and department and pages with a cursor', async () => {
    const closed = await demo.call<Schemas['TicketPage']>('GET', '/v1/tickets?status=closed');
    expect(closed.body.items.map((t) => t.id)).toEqual(['tkt_demo_100234_3']);
    const money = await demo.call<Schemas['TicketPage']>(
      'GET',
      '/v1/tickets?department=buchhaltung',
    );
    expect(money.body.items.map((t) => t.id)).toEqual(['tkt_demo_100234_2']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = await demo.call<Schemas['TicketPage']>('GET', `/v1/tickets?limit=3${q}`);
      seen.push(...page.body.items.map((t) => t.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(4);

    expectProblem(await demo.call('GET', '/v1/tickets?cursor=nonsense'), 400, 'validation_failed');
  });

  it('answers 304 to an unchanged list and a fresh list after a staff reply', async () => {
    const first = await demo.call('GET', '/v1/tickets?status=waiting_for_customer');
    const etag = first.headers.get('etag')!;
    const same = await demo.call('GET', '/v1/tickets?status=waiting_for_customer', undefined, {
      'if-none-match': etag,
    });
    expect(same.status).toBe(304);
    await staffReply(s, 'T-100002', 'Haben Sie den Kontoauszug schon gefunden?');
    const after = await demo.call<Schemas['TicketPage']>(
      'GET',
      '/v1/tickets?status=answered',
      undefined,
      {
        'if-none-match': etag,
      },
    );
    expect(after.status).toBe(200);
    expect(after.body.items.find((t) => t.id === 'tkt_demo_100234_2')?.unread).toBe(true);
  });
});

describe('a ticket', () => {
  it('shows the thread with staff and customer messages and the attachment', async () => {
    const t = await thread(demo, 'tkt_demo_100234_1');
    expect(t.messages.map((m) => m.author)).toEqual(['customer', 'staff']);
    expect(t.messages[0]).toMatchObject({
      authorName: 'Erika Mustermann',
      attachments: [
        { id: 'att_demo_100234_1', fileName: 'Auslastung März.png', mimeType: 'image/png' },
      ],
    });
  });

  it('is marked read on request (reading alone does not), and stays read', async () => {
    expect((await thread(demo, 'tkt_demo_100234_1')).unread).toBe(true);
    const read = await demo.call<Ticket>('POST', '/v1/tickets/tkt_demo_100234_1/read');
    expect(read.status).toBe(200);
    expect(read.body.unread).toBe(false);
    expect((await thread(demo, 'tkt_demo_100234_1')).unread).toBe(false);
  });

  it("another customer's ticket is answered like a missing one", async () => {
    expectProblem(await mfa.call('GET', '/v1/tickets/tkt_demo_100234_1'), 404, 'not_found');
    expectProblem(
      await mfa.call('POST', '/v1/tickets/tkt_demo_100234_1/messages', { body: 'Hallo' }),
      404,
      'not_found',
    );
    expectProblem(await mfa.call('POST', '/v1/tickets/tkt_demo_100234_1/close'), 404, 'not_found');
    expectProblem(await mfa.call('POST', '/v1/tickets/tkt_demo_100234_1/read'), 404, 'not_found');
    const own = await mfa.call<Schemas['TicketPage']>('GET', '/v1/tickets');
    expect(own.body.items.map((t) => t.id)).toEqual(['tkt_demo_100235_1']);
  });

  it('opens a new ticket and mails a confirmation', async () => {
    s.clock.advance(1);
    const res = await demo.call<Detail>('POST', '/v1/tickets', {
      ...NEW_TICKET,
      related: [{ kind: 'contract', id: 'V-100234-01', label: 'Webhosting Business' }],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      number: expect.stringMatching(/^T-\d+$/) as unknown,
      status: 'open',
      unread: false,
      subject: NEW_TICKET.subject,
      messages: [{ author: 'customer', body: NEW_TICKET.message, attachments: [] }],
    });
    const mail = await s.call<Schemas['SandboxMail'][]>(
      'GET',
      `/v1/sandbox/outbox?to=${encodeURIComponent(DEMO_EMAIL)}`,
    );
    expect(mail.body[0]?.subject).toContain(res.body.number);
    const list = await demo.call<Schemas['TicketPage']>('GET', '/v1/tickets');
    expect(list.body.items[0]?.id).toBe(res.body.id);
  });

  it('refuses blanks and what is not the customer’s (422 per field)', async () => {
    const res = await demo.call('POST', '/v1/tickets', {
      ...NEW_TICKET,
      subject: '   ',
      related: [{ kind: 'contract', id: 'V-100235-01', label: 'not mine' }],
      attachmentIds: ['att_nope'],
    });
    const problem = expectProblem(res, 422, 'validation_failed');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'subject', code: 'required' },
        { field: 'related.0', code: 'related_unknown' },
        { field: 'attachmentIds.0', code: 'attachment_unknown' },
      ]),
    );
  });

  it('knows the customer’s domains as the Domains list does, not from contracts', async () => {
    // muster-webdesign.eu is in no contract; muster-blog.de only in a contract's list
    const res = await demo.call('POST', '/v1/tickets', {
      ...NEW_TICKET,
      related: [
        { kind: 'domain', id: 'muster-webdesign.eu', label: 'muster-webdesign.eu' },
        { kind: 'domain', id: 'muster-blog.de', label: 'muster-blog.de' },
      ],
    });
    expect(expectProblem(res, 422, 'validation_failed').errors).toEqual([
      { field: 'related.1', code: 'related_unknown' },
    ]);
  });

  it('a reply to a closed ticket reopens it; a staff reply answers it', async () => {
    const created = await demo.call<Detail>('POST', '/v1/tickets', NEW_TICKET);
    const id = created.body.id;
    const closed = await demo.call<Ticket>('POST', `/v1/tickets/${id}/close`);
    expect(closed.body.status).toBe('closed');
    const reply = await demo.call<Message>('POST', `/v1/tickets/${id}/messages`, {
      body: 'Das Problem ist wieder da.',
    });
    expect(reply.status).toBe(201);
    expect((await thread(demo, id)).status).toBe('open');

    await staffReply(s, id, 'Wir sehen es uns an.');
    const t = await thread(demo, id);
    expect(t).toMatchObject({ status: 'answered', unread: true });
    expect(t.messages.map((m) => m.author)).toEqual(['customer', 'customer', 'staff']);
  });
});

describe('Idempotency-Key on replies and new tickets', () => {
  it('a resent reply is stored once and answered like the first time', async () => {
    const key = { 'idempotency-key': 'reply-1' };
    const body = { body: 'Nur einmal, bitte.' };
    const first = await demo.call<Message>(
      'POST',
      '/v1/tickets/tkt_demo_100234_4/messages',
      body,
      key,
    );
    const again = await demo.call<Message>(
      'POST',
      '/v1/tickets/tkt_demo_100234_4/messages',
      body,
      key,
    );
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const t = await thread(demo, 'tkt_demo_100234_4');
    expect(t.messages.filter((m) => m.body === body.body)).toHaveLength(1);
  });

  it('parallel resends store the message once', async () => {
    const key = { 'idempotency-key': 'reply-parallel' };
    const body = { body: 'Gleichzeitig gesendet.' };
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        demo.call<Message>('POST', '/v1/tickets/tkt_demo_100234_4/messages', body, key),
      ),
    );
    for (const a of answers) expect([201, 409]).toContain(a.status);
    const ids = new Set(answers.filter((a) => a.status === 201).map((a) => a.body.id));
    expect(ids.size).toBe(1);
    const t = await thread(demo, 'tkt_demo_100234_4');
    expect(t.messages.filter((m) => m.body === body.body)).toHaveLength(1);
  });

  it('the same key with another body is refused (422)', async () => {
    const key = { 'idempotency-key': 'ticket-1' };
    const first = await demo.call('POST', '/v1/tickets', NEW_TICKET, key);
    expect(first.status).toBe(201);
    const other = await demo.call('POST', '/v1/tickets', { ...NEW_TICKET, subject: 'Anders' }, key);
    expectProblem(other, 422, 'idempotency_key_reused');
  });

  it('the same key while the first request still runs is refused (409), then replayed', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    idempotencyTestHooks.whileRunning = async () => {
      idempotencyTestHooks.whileRunning = null;
      entered();
      await gate;
    };
    const key = { 'idempotency-key': 'ticket-slow' };
    const first = demo.call<Detail>('POST', '/v1/tickets', NEW_TICKET, key);
    await inside;
    const during = await demo.call('POST', '/v1/tickets', NEW_TICKET, key);
    const problem = expectProblem(during, 409, 'idempotency_in_progress');
    expect(problem).toBeDefined();
    expect(during.headers.get('retry-after')).toBe('1');
    release();
    const done = await first;
    expect(done.status).toBe(201);
    const after = await demo.call<Detail>('POST', '/v1/tickets', NEW_TICKET, key);
    expect(after.body.id).toBe(done.body.id);
  });

  it('keys of one user do not collide with another user’s', async () => {
    const key = { 'idempotency-key': 'shared-key' };
    const a = await demo.call<Detail>('POST', '/v1/tickets', NEW_TICKET, key);
    const b = await mfa.call<Detail>('POST', '/v1/tickets', NEW_TICKET, key);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(a.body.id).not.toBe(b.body.id);
  });
});

describe('the sandbox staff reply', () => {
  it('names the ticket by number and refuses unknown tickets', async () => {
    const m = await staffReply(s, 'T-100005', 'Noch eine Ergänzung.');
    expect(m).toMatchObject({
      author: 'staff',
      authorName: 'Support-Team',
      ticketId: 'tkt_demo_100235_1',
    });
    expectProblem(
      await s.call('POST', '/v1/sandbox/tickets/T-999999/reply', { body: 'x' }),
      404,
      'not_found',
    );
  });
});
