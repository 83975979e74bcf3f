/**
 * The statement as the API sends it, once per revision of a customer's bookings: the whole
 * JSON with its ETag, and a hash chain over the bookings so that a client naming the version
 * it holds (`ledger`: how many bookings, and the chain's hash after them) can be sent only
 * the bookings after those, when they are still the first ones, unchanged.
 */
import { createHash } from 'node:crypto';
import type { BillingStatement } from '../../../src/shared/billing';
import { etagOf } from '../account/account';

export interface StatementLedger {
  etag: string;
  json: string;
  /** the JSON of the bookings after the version `after` names, or null: send the whole */
  after(after: string | undefined): string | null;
}

const LEDGER = /^(\d{1,9})\.([A-Za-z0-9_-]{22})$/;

export function statementLedger(statement: BillingStatement): StatementLedger {
  // chain[i]: the hash of the first i bookings, each hashed after the one before
  const chain: string[] = [createHash('sha256').update('kc-ledger').digest('base64url')];
  for (const booking of statement.bookings) {
    const previous = chain[chain.length - 1]!;
    chain.push(
      createHash('sha256').update(previous).update(JSON.stringify(booking)).digest('base64url'),
    );
  }
  const token = (count: number) => `${count}.${chain[count]!.slice(0, 22)}`;
  const ledger = token(statement.bookings.length);
  const whole: BillingStatement = { ...statement, ledger };
  return {
    etag: etagOf(whole),
    json: JSON.stringify(whole),
    after(after) {
      const match = after === undefined ? null : LEDGER.exec(after);
      if (!match) return null;
      const count = Number(match[1]);
      if (count > statement.bookings.length || token(count) !== after) return null;
      const tail: BillingStatement = {
        balanceCents: statement.balanceCents,
        bookings: statement.bookings.slice(count),
        ledger,
        appendedAfter: count,
      };
      return JSON.stringify(tail);
    },
  };
}
