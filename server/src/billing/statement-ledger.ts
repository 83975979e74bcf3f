/**
 * The statement as the API sends it, once per revision of a customer's bookings: its ETag,
 * its JSON (built when first asked for), and the answer to `?after=<ledger>`: only the
 * bookings after the version the client names, when its bookings are still the first ones,
 * unchanged. A ledger is the count of bookings and a hash of their JSON, so checking one costs
 * a hash over that prefix, and each booking is serialized once per revision.
 */
import { createHash } from 'node:crypto';
import type { BillingStatement } from '../../../src/shared/billing';

export interface StatementLedger {
  etag: string;
  /** the whole statement's JSON */
  json(): string;
  /** the JSON of the bookings after the version `after` names, or null: send the whole */
  after(after: string | undefined): string | null;
}

const LEDGER = /^(\d{1,9})\.([A-Za-z0-9_-]{22})$/;

export function statementLedger(statement: BillingStatement): StatementLedger {
  const pieces = statement.bookings.map((booking) => JSON.stringify(booking));
  const token = (count: number) => {
    const hash = createHash('sha256').update('kc-ledger');
    for (let i = 0; i < count; i++) hash.update(pieces[i]!).update(',');
    return `${count}.${hash.digest('base64url').slice(0, 22)}`;
  };
  const ledger = token(pieces.length);
  const { balanceCents } = statement;
  // what the JSON says is the ledger (all bookings) and the balance: a strong validator
  const etag = `"${createHash('sha256').update(`${ledger}|${balanceCents}`).digest('base64url').slice(0, 32)}"`;
  const body = (from: number, appendedAfter?: number) =>
    `{"balanceCents":${balanceCents},"bookings":[${pieces.slice(from).join(',')}],"ledger":${JSON.stringify(ledger)}${appendedAfter === undefined ? '' : `,"appendedAfter":${appendedAfter}`}}`;
  let whole: string | null = null;
  return {
    etag,
    json: () => (whole ??= body(0)),
    after(after) {
      const match = after === undefined ? null : LEDGER.exec(after);
      if (!match) return null;
      const count = Number(match[1]);
      if (count > pieces.length || token(count) !== after) return null;
      return body(count, count);
    },
  };
}
