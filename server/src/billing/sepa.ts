/**
 * SEPA direct debit mandates. One active mandate per customer; a revoked one stays on record.
 * The IBAN is kept for collecting and never answered again except masked.
 */
import type { SepaMandate, SepaMandates } from '../../../src/shared/billing';
import { checkBic, checkIban, maskIban, normalizeIban } from '../../../src/shared/billing-rules';
import { recordChange } from '../changes/changes';
import type { Db } from '../db';
import { ApiError, type FieldError } from '../problem';
import { newId } from './invoices';
import { PROVIDER } from './provider';
import { loadBillingSettings, saveBillingSettings } from './settings';

export interface MandateInput {
  accountHolder?: string;
  iban?: string;
  bic?: string | null;
  consent?: boolean;
}

export interface ValidMandate {
  accountHolder: string;
  iban: string;
  bic: string | null;
}

interface MandateRow {
  id: string;
  reference: string;
  account_holder: string;
  iban: string;
  bic: string | null;
  signed_at: number;
  revoked_at: number | null;
}

/** Every field's problem at once, so the form can show them all. */
export function validateMandate(input: MandateInput): ValidMandate | FieldError[] {
  const errors: FieldError[] = [];
  const accountHolder = (input.accountHolder ?? '').trim().replace(/\s+/g, ' ');
  if (accountHolder === '')
    errors.push({ field: 'accountHolder', code: 'account_holder_required' });
  const iban = normalizeIban(input.iban ?? '');
  if (checkIban(iban)) errors.push({ field: 'iban', code: 'iban_invalid' });
  const bicRaw = normalizeIban(input.bic ?? '');
  const bic = bicRaw === '' ? null : bicRaw;
  if (bic !== null && checkBic(bic)) errors.push({ field: 'bic', code: 'bic_invalid' });
  if (input.consent !== true) errors.push({ field: 'consent', code: 'consent_required' });
  return errors.length > 0 ? errors : { accountHolder, iban, bic };
}

export function customerNumberOf(db: Db, customerId: number): string {
  const row = db.prepare('SELECT customer_number FROM customers WHERE id = ?').get(customerId) as
    { customer_number: string } | undefined;
  if (!row) throw new Error(`no customer ${customerId}`);
  return row.customer_number;
}

/** `CMO-K100234-0001`: the customer number without its dash and the customer's n-th mandate. */
export function mandateReference(customerNumber: string, n: number): string {
  return `CMO-${customerNumber.replace(/-/g, '')}-${String(n).padStart(4, '0')}`;
}

function nextReference(db: Db, customerId: number): string {
  const { count } = db
    .prepare('SELECT COUNT(*) AS count FROM sepa_mandates WHERE customer_id = ?')
    .get(customerId) as { count: number };
  return mandateReference(customerNumberOf(db, customerId), count + 1);
}

function toMandate(row: MandateRow): SepaMandate {
  return {
    id: row.id,
    reference: row.reference,
    creditorId: PROVIDER.creditorId,
    accountHolder: row.account_holder,
    ibanMasked: maskIban(row.iban),
    bic: row.bic,
    signedAt: new Date(row.signed_at).toISOString(),
    status: row.revoked_at === null ? 'active' : 'revoked',
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at).toISOString(),
  };
}

export function listMandates(db: Db, customerId: number): SepaMandates {
  const rows = db
    .prepare(
      `SELECT * FROM sepa_mandates WHERE customer_id = ?
       ORDER BY signed_at DESC, reference DESC`,
    )
    .all(customerId) as MandateRow[];
  return {
    creditorId: PROVIDER.creditorId,
    nextReference: nextReference(db, customerId),
    mandates: rows.map(toMandate),
  };
}

export function activeMandate(db: Db, customerId: number): SepaMandate | null {
  const row = db
    .prepare('SELECT * FROM sepa_mandates WHERE customer_id = ? AND revoked_at IS NULL')
    .get(customerId) as MandateRow | undefined;
  return row ? toMandate(row) : null;
}

/**
 * Records the mandate and makes direct debit the payment method. 422 with every invalid field,
 * 409 `mandate_exists` while another one is active.
 */
export function createMandate(
  db: Db,
  customerId: number,
  userId: number,
  input: MandateInput,
  now: number,
): SepaMandate {
  const valid = validateMandate(input);
  if (Array.isArray(valid)) throw new ApiError(422, 'validation_failed', { errors: valid });
  return db
    .transaction(() => {
      if (activeMandate(db, customerId)) {
        throw new ApiError(409, 'mandate_exists', {
          detail: 'Revoke the active mandate before granting a new one.',
        });
      }
      const id = newId('sm');
      db.prepare(
        `INSERT INTO sepa_mandates (id, customer_id, reference, account_holder, iban, bic,
         signed_by, signed_at, revoked_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
      ).run(
        id,
        customerId,
        nextReference(db, customerId),
        valid.accountHolder,
        valid.iban,
        valid.bic,
        userId,
        now,
      );
      const customerNumber = customerNumberOf(db, customerId);
      recordChange(db, customerId, 'sepa-mandates', id, 'upsert', now);
      if (loadBillingSettings(db, customerId).paymentMethod !== 'sepa_direct_debit') {
        saveBillingSettings(db, customerId, { paymentMethod: 'sepa_direct_debit' }, now);
        recordChange(db, customerId, 'payment-methods', customerNumber, 'upsert', now);
      }
      const row = db.prepare('SELECT * FROM sepa_mandates WHERE id = ?').get(id) as MandateRow;
      return toMandate(row);
    })
    .immediate();
}

/**
 * Revokes the customer's mandate (404 for another customer's, 409 `mandate_revoked` when it is
 * already). Bank transfer replaces direct debit as the payment method.
 */
export function revokeMandate(db: Db, customerId: number, mandateId: string, now: number): void {
  db.transaction(() => {
    const row = db
      .prepare('SELECT * FROM sepa_mandates WHERE id = ? AND customer_id = ?')
      .get(mandateId, customerId) as MandateRow | undefined;
    if (!row) throw new ApiError(404, 'not_found');
    if (row.revoked_at !== null) {
      throw new ApiError(409, 'mandate_revoked', { detail: 'The mandate is already revoked.' });
    }
    db.prepare('UPDATE sepa_mandates SET revoked_at = ? WHERE id = ?').run(now, mandateId);
    recordChange(db, customerId, 'sepa-mandates', mandateId, 'upsert', now);
    if (loadBillingSettings(db, customerId).paymentMethod === 'sepa_direct_debit') {
      saveBillingSettings(db, customerId, { paymentMethod: 'bank_transfer' }, now);
      recordChange(
        db,
        customerId,
        'payment-methods',
        customerNumberOf(db, customerId),
        'upsert',
        now,
      );
    }
  }).immediate();
}
