import { describe, expect, it } from 'vitest';
import { withRunningBalance, type UnbalancedBooking } from './statement';
import { statementLedger } from './statement-ledger';

const b = (
  seq: number,
  date: string,
  kind: UnbalancedBooking['kind'],
  amountCents: number,
): UnbalancedBooking & { seq: number } => ({
  id: `bk_${seq}`,
  date,
  kind,
  reference: `RE-2026-00000${seq}`,
  amountCents,
  invoiceId: null,
  seq,
});

const plain = (bookings: (UnbalancedBooking & { seq: number })[]) =>
  bookings.map(({ seq: _seq, ...booking }) => booking);

/** The ledger as a fresh load of all `bookings` gives it. */
const whole = (bookings: (UnbalancedBooking & { seq: number })[]) =>
  statementLedger(withRunningBalance(plain(bookings)), Math.max(0, ...bookings.map((x) => x.seq)));

const FIRST = [
  b(1, '2026-01-05', 'invoice', 8805),
  b(2, '2026-01-19', 'payment', -8805),
  b(3, '2026-02-05', 'invoice', 2974),
];

describe('statementLedger: extending by the bookings added since', () => {
  it('gives what a fresh load of all gives: JSON, ETag and the answers to ?after=', () => {
    const before = whole(FIRST);
    const heldLedger = (JSON.parse(before.json()) as { ledger: string }).ledger;
    const added = [b(5, '2026-02-20', 'payment', -2974), b(4, '2026-02-05', 'credit', -100)];
    const extended = before.extend(added)!;
    const fresh = whole([...FIRST, ...added]);
    expect(extended.json()).toBe(fresh.json());
    expect(extended.etag).toBe(fresh.etag);
    expect(extended.seq).toBe(5);
    // the client holding the version before gets only the two added, same day in booking order
    const tail = JSON.parse(extended.after(heldLedger)!) as {
      appendedAfter: number;
      bookings: { id: string; balanceCents: number }[];
    };
    expect(tail.appendedAfter).toBe(3);
    expect(tail.bookings.map((x) => [x.id, x.balanceCents])).toEqual([
      ['bk_4', 2874],
      ['bk_5', -100],
    ]);
    expect(extended.after(heldLedger)).toBe(fresh.after(heldLedger));
  });

  it('refuses bookings dated before its last one (they would not simply follow)', () => {
    expect(whole(FIRST).extend([b(4, '2026-01-31', 'payment', -10)])).toBeNull();
  });

  it('extends only its newest version, and an empty extension is itself', () => {
    const before = whole(FIRST);
    expect(before.extend([])).toBe(before);
    before.extend([b(4, '2026-03-01', 'payment', -10)]);
    expect(before.extend([b(5, '2026-03-02', 'payment', -10)])).toBeNull();
  });

  it('still refuses a forged version after growing', () => {
    const grown = whole(FIRST).extend([b(4, '2026-03-01', 'payment', -10)])!;
    const { ledger } = JSON.parse(grown.json()) as { ledger: string };
    const [count, hash] = ledger.split('.') as [string, string];
    expect(grown.after(`${Number(count) - 1}.${hash}`)).toBeNull();
    expect(
      grown.after(`${count}.${hash.slice(0, 21)}${hash.endsWith('A') ? 'B' : 'A'}`),
    ).toBeNull();
  });
});
