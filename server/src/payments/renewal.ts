/**
 * Renewing a domain that expires soon or has expired, and restoring one past the grace period
 * (in redemption): the offer at its TLD's price, and the order at the price the person
 * confirmed, which makes the domain active again and issues an invoice.
 */
import { vatAmount } from '../../../src/shared/billing-rules';
import { EXPIRING_SOON_DAYS } from '../../../src/shared/domains/types';
import type {
  RenewalAction,
  RenewalOffer,
  RenewalResult,
} from '../../../src/shared/payments/types';
import { recordChange } from '../changes/changes';
import { addDays, berlinDate, germanDate } from '../billing/dates';
import { currentSnapshot, recordInvoiceChanges } from '../billing/issue';
import { InvoiceWriter } from '../billing/invoices';
import { VAT_RATE } from '../billing/provider';
import type { Db } from '../db';
import { domainRow, type DomainRow } from '../domains/domains';
import { bumpVersions } from '../domains/versions';
import { ApiError } from '../problem';

/** A year of registration, net, per TLD (the provider's price list). */
export const YEAR_NET_CENTS: Readonly<Record<string, number>> = {
  de: 1200,
  com: 1500,
  net: 1500,
  org: 1500,
  eu: 1000,
};
export const OTHER_TLD_NET_CENTS = 2000;
/** what the registry charges to take a domain back out of redemption, net */
export const RESTORE_NET_CENTS = 5000;
/** expired up to this many days ago: renewed at the normal price (the registry's grace) */
export const GRACE_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

function addYear(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/** What is due for the domain today, or null (long valid, or in transfer). */
export function renewalAction(
  status: DomainRow['status'],
  expiresAt: string,
  today: string,
): RenewalAction | null {
  const left = daysBetween(today, expiresAt);
  if (status === 'redemption') return 'restore';
  if (status === 'expired') return -left <= GRACE_DAYS ? 'renew' : 'restore';
  if (status === 'active') return left <= EXPIRING_SOON_DAYS ? 'renew' : null;
  return null;
}

/** The offer for the domain today, or null when nothing is due. */
export function renewalOffer(
  row: Pick<DomainRow, 'name' | 'tld' | 'status' | 'expires_at'>,
  today: string,
): RenewalOffer | null {
  const action = renewalAction(row.status, row.expires_at, today);
  if (!action) return null;
  // the year counts from the old end, as registries count it; from today when that is past
  const fromOld = addYear(row.expires_at);
  const newExpiresAt = fromOld > today ? fromOld : addYear(today);
  const lines = [
    ...(action === 'restore'
      ? [{ description: `Domain ${row.name}: Wiederherstellung`, netCents: RESTORE_NET_CENTS }]
      : []),
    {
      description: `Domain ${row.name}: Verlängerung um 1 Jahr bis ${germanDate(newExpiresAt)}`,
      netCents: YEAR_NET_CENTS[row.tld] ?? OTHER_TLD_NET_CENTS,
    },
  ];
  const netCents = lines.reduce((sum, line) => sum + line.netCents, 0);
  // per line, as the invoice computes it
  const vatCents = lines.reduce((sum, line) => sum + vatAmount(line.netCents, VAT_RATE), 0);
  return {
    domain: row.name,
    action,
    years: 1,
    lines,
    netCents,
    vatCents,
    grossCents: netCents + vatCents,
    newExpiresAt,
  };
}

function notDue(): ApiError {
  return new ApiError(409, 'renewal_not_due', {
    detail: 'This domain is not due for renewal or restore.',
  });
}

export function loadRenewalOffer(
  db: Db,
  customerId: number,
  name: string,
  now: number,
): RenewalOffer {
  const offer = renewalOffer(domainRow(db, customerId, name), berlinDate(now));
  if (!offer) throw notDue();
  return offer;
}

/** Orders what the person confirmed; 409 renewal_changed when the offer is not that any more. */
export function renewDomain(
  db: Db,
  customerId: number,
  name: string,
  confirmed: { action: RenewalAction; grossCents: number },
  now: number,
): RenewalResult {
  const today = berlinDate(now);
  return db
    .transaction(() => {
      const row = domainRow(db, customerId, name);
      const offer = renewalOffer(row, today);
      if (!offer) throw notDue();
      if (offer.action !== confirmed.action || offer.grossCents !== confirmed.grossCents) {
        throw new ApiError(409, 'renewal_changed', {
          detail: 'The price or kind of this renewal changed; nothing was ordered.',
        });
      }
      db.prepare(
        `UPDATE domains SET status = 'active', expires_at = ?, version = version + 1,
           updated_at = ? WHERE name = ?`,
      ).run(offer.newExpiresAt, now, row.name);
      bumpVersions(db, customerId, { domains: true });
      recordChange(db, customerId, 'domains', row.name, 'upsert', now);
      const issued = new InvoiceWriter(db, now).issue(customerId, {
        issueDate: today,
        lines: offer.lines.map((line) => ({
          description: line.description,
          contractId: row.contract_id,
          periodStart: today,
          periodEnd: addDays(offer.newExpiresAt, -1),
          quantity: 1,
          unitNetCents: line.netCents,
        })),
        snapshot: currentSnapshot(db, customerId),
      });
      recordInvoiceChanges(db, customerId, issued.id, now);
      return {
        domain: row.name,
        expiresAt: offer.newExpiresAt,
        invoiceId: issued.id,
        invoiceNumber: issued.number,
        grossCents: issued.grossCents,
      };
    })
    .immediate();
}
