/**
 * The statement as the API sends it, once per revision of a customer's bookings: its ETag,
 * its JSON (built when first asked for), and the answer to `?after=<ledger>`: only the
 * bookings after the version the client names, when its bookings are still the first ones,
 * unchanged. A ledger is the count of bookings and a hash of their JSON, so checking one costs
 * a hash over that prefix, and each booking is serialized once.
 *
 * Bookings are only ever added (migration 0019), so a new revision is the last one extended by
 * the bookings added since (`extend`), when they date after its last: no reading of the whole
 * statement, no hashing it again, and the versions handed out before are known by their token.
 */
import { createHash, type Hash } from 'node:crypto';
import type { BillingStatement, Booking } from '../../../src/shared/billing';
import type { UnbalancedBooking } from './statement';

export interface StatementLedger {
  etag: string;
  /** the newest booking it holds (bookings.seq): where an extension reads on */
  readonly seq: number;
  /** the whole statement's JSON */
  json(): string;
  /** the JSON of the bookings after the version `after` names, or null: send the whole */
  after(after: string | undefined): string | null;
  /**
   * This statement with `added` (booked after `seq`, in booking order) at its end, or null
   * when one of them dates before its last booking: then they do not simply follow.
   */
  extend(added: readonly (UnbalancedBooking & { seq: number })[]): StatementLedger | null;
}

/** how many versions of one statement are recognised without hashing them again */
const KNOWN_MAX = 1000;

const LEDGER = /^(\d{1,9})\.([A-Za-z0-9_-]{22})$/;

/** What versions of one customer's statement share: the bookings' JSON and the tokens given. */
interface Shared {
  pieces: string[];
  /** the hash over every piece so far, continued as pieces are added */
  running: Hash;
  /** token → count, for every version handed out */
  known: Map<string, number>;
}

const newHash = () => createHash('sha256').update('kc-ledger');
const tokenOf = (count: number, hash: Hash) =>
  `${count}.${hash.copy().digest('base64url').slice(0, 22)}`;

/** A ledger over `statement` as loaded whole; `seq`: its newest booking's. */
export function statementLedger(statement: BillingStatement, seq: number): StatementLedger {
  const pieces = statement.bookings.map((booking) => JSON.stringify(booking));
  const running = newHash();
  for (const piece of pieces) running.update(piece).update(',');
  const last = statement.bookings.at(-1);
  return version({ pieces, running, known: new Map() }, pieces.length, statement.balanceCents, {
    seq,
    lastDate: last?.date ?? null,
  });
}

function version(
  shared: Shared,
  count: number,
  balanceCents: number,
  end: { seq: number; lastDate: string | null },
): StatementLedger {
  const { pieces, known } = shared;
  const ledger = tokenOf(count, shared.running);
  known.set(ledger, count);
  // the versions clients may still hold: a long-running server forgets the oldest
  if (known.size > KNOWN_MAX) known.delete(known.keys().next().value!);
  // what the JSON says is the ledger (all bookings) and the balance: a strong validator
  const etag = `"${createHash('sha256').update(`${ledger}|${balanceCents}`).digest('base64url').slice(0, 32)}"`;
  const body = (from: number, appendedAfter?: number) =>
    `{"balanceCents":${balanceCents},"bookings":[${pieces.slice(from, count).join(',')}],"ledger":${JSON.stringify(ledger)}${appendedAfter === undefined ? '' : `,"appendedAfter":${appendedAfter}`}}`;
  /** the token of the first `n` bookings, hashed anew (a version this process did not give) */
  const tokenOfFirst = (n: number) => {
    const hash = newHash();
    for (let i = 0; i < n; i++) hash.update(pieces[i]!).update(',');
    return tokenOf(n, hash);
  };
  let whole: string | null = null;
  return {
    etag,
    seq: end.seq,
    json: () => (whole ??= body(0)),
    after(after) {
      const match = after === undefined ? null : LEDGER.exec(after);
      if (!match) return null;
      const held = Number(match[1]);
      if (held > count) return null;
      if (known.get(after!) !== held && tokenOfFirst(held) !== after) return null;
      return body(held, held);
    },
    extend(added) {
      if (count !== pieces.length) return null; // an older version: only the newest grows
      if (added.length === 0) return this;
      if (end.lastDate !== null && added.some((booking) => booking.date < end.lastDate!)) {
        return null;
      }
      // same-day bookings keep their booking order, as the statement sorts them
      const ordered = [...added].sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq,
      );
      let balance = balanceCents;
      for (const { seq: _seq, ...booking } of ordered) {
        balance += booking.amountCents;
        const piece = JSON.stringify({ ...booking, balanceCents: balance } satisfies Booking);
        pieces.push(piece);
        shared.running.update(piece).update(',');
      }
      return version(shared, pieces.length, balance, {
        seq: Math.max(...added.map((booking) => booking.seq)),
        lastDate: ordered.at(-1)!.date,
      });
    },
  };
}
