// The statement's tail: a client holding a version names its `ledger` and gets only the
// bookings added since, when the ones it holds are still the first, unchanged; otherwise the
// whole statement. The ETag is always the whole statement's.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startSignedIn } from './billing-helpers';
import { type Schemas, type TestServer } from './helpers';

type Statement = Schemas['BillingStatement'];

let s: TestServer;
let demo: Caller;

beforeAll(async () => {
  ({ s, demo } = await startSignedIn());
});

afterAll(async () => {
  await s.stop();
});

const statement = (after?: string, headers?: Record<string, string>) =>
  demo.call<Statement>(
    'GET',
    `/v1/billing/statement${after === undefined ? '' : `?after=${encodeURIComponent(after)}`}`,
    undefined,
    headers,
  );

async function payOneOpenInvoice(): Promise<string> {
  const res = await demo.call<Schemas['InvoicePage']>('GET', '/v1/invoices?limit=500');
  const open = res.body.items.find((invoice) => invoice.openCents > 0);
  if (!open) throw new Error('the demo customer has no open invoice');
  const paid = await s.call('POST', `/v1/sandbox/invoices/${open.id}/payment`);
  expect(paid.status).toBe(200);
  return open.number;
}

describe('the statement after a booking', () => {
  it('sends only the bookings added since the version the client names', async () => {
    const before = await statement();
    expect(before.body.ledger).toMatch(/^\d+\.[\w-]{22}$/);
    expect(before.body.appendedAfter).toBeUndefined();
    const held = before.body.bookings.length;

    const number = await payOneOpenInvoice();
    const tail = await statement(before.body.ledger, {
      'If-None-Match': before.headers.get('etag')!,
    });
    expect(tail.status).toBe(200);
    expect(tail.body.appendedAfter).toBe(held);
    expect(tail.body.bookings).toHaveLength(1);
    expect(tail.body.bookings[0]).toMatchObject({ kind: 'payment' });
    expect(tail.body.bookings[0]?.reference).toContain(number);

    // what the client holds plus the tail is the whole statement, to the byte
    const whole = await statement();
    expect({
      balanceCents: tail.body.balanceCents,
      bookings: [...before.body.bookings, ...tail.body.bookings],
      ledger: tail.body.ledger,
    }).toEqual(whole.body);
    expect(tail.headers.get('etag')).toBe(whole.headers.get('etag'));
    // nothing new since: the ETag still answers 304, and without it the tail is empty
    expect(
      (await statement(whole.body.ledger, { 'If-None-Match': whole.headers.get('etag')! })).status,
    ).toBe(304);
    const empty = await statement(whole.body.ledger);
    expect(empty.body).toMatchObject({ appendedAfter: whole.body.bookings.length, bookings: [] });
  });

  it('sends the whole statement for a version whose bookings are not the first ones', async () => {
    const now = await statement();
    const [count, hash] = now.body.ledger!.split('.') as [string, string];
    const forged = [
      `${count}.${hash.slice(0, 21)}${hash.endsWith('A') ? 'B' : 'A'}`, // other bookings
      `${Number(count) + 1}.${hash}`, // more bookings than there are
      `${Number(count) - 1}.${hash}`, // the hash of all, claimed for fewer
      'garbage',
    ];
    for (const ledger of forged) {
      const res = await statement(ledger);
      expect(res.status).toBe(200);
      expect(res.body.appendedAfter).toBeUndefined();
      expect(res.body).toEqual(now.body);
    }
  });
});

describe('bookings', () => {
  it('are only added to: changing or removing one is refused by the database', () => {
    const db = new Database(path.join(s.dataDir, 'kundencenter.sqlite'));
    try {
      expect(() => db.prepare('UPDATE bookings SET amount_cents = 0').run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM bookings').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });
});
