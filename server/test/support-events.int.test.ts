import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, signIn, startSignedInBoth } from './billing-helpers';
import { cli, startTestServer, type Schemas, type TestServer } from './helpers';
import { openEvents, staffReply, type SseReader } from './support-helpers';

let s: TestServer;
let demo: Caller;
let mfa: Caller;
const open: SseReader[] = [];

beforeAll(async () => {
  ({ s, demo, mfa } = await startSignedInBoth());
});
afterAll(async () => {
  for (const r of open) r.close();
  await s.stop();
});

async function events(c: Caller, lastEventId?: string) {
  const reader = await openEvents(s, c, lastEventId);
  open.push(reader);
  return reader;
}

const ticketChange = (id: string) => (e: { event: string; data: unknown }) =>
  e.event === 'change' && (e.data as { resource: string; id: string }).id === id;

describe('GET /v1/events', () => {
  it('without a cursor starts with reset, then streams a staff reply as a tickets change', async () => {
    const r = await events(demo);
    const reset = await r.waitFor((e) => e.event === 'reset', 'reset');
    await r.waitFor((e) => e.event === 'ready', 'ready');
    expect(reset.id).toMatch(/^v1\./);

    await staffReply(s, 'tkt_demo_100234_1', 'Die Last ist wieder normal.');
    const change = await r.waitFor(ticketChange('tkt_demo_100234_1'), 'the tickets change');
    expect(change.data).toEqual({
      resource: 'tickets',
      id: 'tkt_demo_100234_1',
      op: 'upsert',
      cursor: change.id,
    });
    // the same entry that GET /v1/changes lists
    const listed = await demo.call<Schemas['ChangesPage']>(
      'GET',
      `/v1/changes?cursor=${encodeURIComponent(reset.id!)}`,
    );
    expect(listed.body.changes).toEqual([
      expect.objectContaining({ resource: 'tickets', id: 'tkt_demo_100234_1', op: 'upsert' }),
    ]);
    r.close();
  });

  it('resumes after a dropped connection from Last-Event-ID, missing nothing, repeating nothing', async () => {
    const first = await events(demo);
    await first.waitFor((e) => e.event === 'ready', 'ready');
    await staffReply(s, 'tkt_demo_100234_2', 'Erste Antwort.');
    const seen = await first.waitFor(ticketChange('tkt_demo_100234_2'), 'the first change');
    first.close(); // the connection drops

    // while nobody listens: a staff reply, the customer's own reply and a close
    await staffReply(s, 'tkt_demo_100234_4', 'Weiterleitung ist eingerichtet.');
    await demo.call('POST', '/v1/tickets/tkt_demo_100234_2/messages', { body: 'Anbei.' });
    await demo.call('POST', '/v1/tickets/tkt_demo_100234_4/close');

    const again = await events(demo, seen.id);
    await again.waitFor((e) => e.event === 'ready', 'ready');
    expect(again.events.some((e) => e.event === 'reset')).toBe(false);
    expect(again.changes().map((c) => c.id)).toEqual([
      'tkt_demo_100234_4',
      'tkt_demo_100234_2',
      'tkt_demo_100234_4',
    ]);
    const ids = again.changes().map((c) => c.cursor);
    expect(ids).not.toContain(seen.id);

    // and it stays live
    await staffReply(s, 'tkt_demo_100234_3', 'Noch ein Hinweis.');
    await again.waitFor(ticketChange('tkt_demo_100234_3'), 'the live change');
    again.close();
  });

  it("shows no other customer's changes", async () => {
    const theirs = await events(mfa);
    const mine = await events(demo);
    await theirs.waitFor((e) => e.event === 'ready', 'ready');
    await mine.waitFor((e) => e.event === 'ready', 'ready');
    await staffReply(s, 'tkt_demo_100234_1', 'Nur für K-100234.');
    await staffReply(s, 'tkt_demo_100235_1', 'Nur für K-100235.');
    await theirs.waitFor(ticketChange('tkt_demo_100235_1'), 'their change');
    await mine.waitFor(ticketChange('tkt_demo_100234_1'), 'my change');
    expect(theirs.changes().map((c) => c.id)).toEqual(['tkt_demo_100235_1']);
    expect(mine.changes().map((c) => c.id)).not.toContain('tkt_demo_100235_1');
    theirs.close();
    mine.close();
  });

  it('streams a staff reply written with the sandbox CLI (another process)', async () => {
    const r = await events(demo);
    await r.waitFor((e) => e.event === 'ready', 'ready');
    const out = await cli(['reply', 'T-100004', 'Erledigt, bitte testen.', '--data', s.dataDir]);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({
      author: 'staff',
      ticketId: 'tkt_demo_100234_4',
      body: 'Erledigt, bitte testen.',
    });
    await r.waitFor(ticketChange('tkt_demo_100234_4'), 'the change from the CLI');
    const t = await demo.call<Schemas['Ticket']>('GET', '/v1/tickets/tkt_demo_100234_4');
    expect(t.body).toMatchObject({ status: 'answered', unread: true });
    r.close();
  });

  it('answers an unknown cursor with reset', async () => {
    const r = await events(demo, 'v1.otherdatabase.12');
    const reset = await r.waitFor((e) => e.event === 'reset', 'reset');
    expect(reset.data).toEqual({ cursor: reset.id });
    r.close();
  });

  it('needs a signed-in user', async () => {
    const res = await fetch(`${s.url}/v1/events`);
    expect(res.status).toBe(401);
  });
});

describe('server shutdown', () => {
  it('ends open streams, and the server closes', async () => {
    const own = await startTestServer();
    const c = await signIn(own);
    const r = await openEvents(own, c);
    await r.waitFor((e) => e.event === 'ready', 'ready');
    await own.stop();
    await r.waitForEnd();
    expect(r.ended).toBe(true);
  });
});
