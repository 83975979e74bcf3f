/**
 * Per-customer memo of what is computed from many rows (the invoice list's digest, the
 * statement), valid while the customer's revision counter for that table stays the same. The
 * counters are raised by triggers on every write (migration 0002), also by other processes
 * on the same database (the CLI), so a cached value is never stale.
 */
import type { Db } from '../db';

export type RevisionSource = 'invoices' | 'bookings';

export function billingRevision(db: Db, customerId: number, source: RevisionSource): number {
  const row = db
    .prepare('SELECT rev FROM billing_revisions WHERE customer_id = ? AND source = ?')
    .get(customerId, source) as { rev: number } | undefined;
  return row?.rev ?? 0;
}

export class RevisionCache<T> {
  private readonly entries = new Map<number, { key: string; value: T }>();

  constructor(private readonly maxCustomers = 32) {}

  /**
   * The cached value when `key` (revision and whatever else it depends on) is unchanged;
   * otherwise computed, from the value of the older key where there is one (to extend it).
   */
  get(customerId: number, key: string, compute: (older: T | undefined) => T): T {
    const hit = this.entries.get(customerId);
    this.entries.delete(customerId);
    const entry = hit && hit.key === key ? hit : { key, value: compute(hit?.value) };
    this.entries.set(customerId, entry);
    while (this.entries.size > this.maxCustomers) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return entry.value;
  }
}
