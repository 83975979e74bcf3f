/**
 * Per-customer billing settings: where invoices are mailed and how they are paid. A customer
 * without a row has the defaults (the account's e-mail, bank transfer); the row is written on
 * the first change.
 */
import type { PaymentMethodKind } from '../../../src/shared/billing';
import type { Db } from '../db';
import { DEFAULT_PAYMENT_METHOD } from './provider';

export interface BillingSettings {
  billingEmail: string;
  paymentMethod: PaymentMethodKind;
}

export function loadBillingSettings(db: Db, customerId: number): BillingSettings {
  const row = db
    .prepare(
      `SELECT COALESCE(s.billing_email, c.email) AS billing_email,
              COALESCE(s.payment_method, ?) AS payment_method
       FROM customers c LEFT JOIN billing_settings s ON s.customer_id = c.id
       WHERE c.id = ?`,
    )
    .get(DEFAULT_PAYMENT_METHOD, customerId) as
    { billing_email: string; payment_method: PaymentMethodKind } | undefined;
  if (!row) throw new Error(`no customer ${customerId}`);
  return { billingEmail: row.billing_email, paymentMethod: row.payment_method };
}

export function saveBillingSettings(
  db: Db,
  customerId: number,
  patch: Partial<BillingSettings>,
  now: number,
): BillingSettings {
  const next = { ...loadBillingSettings(db, customerId), ...patch };
  db.prepare(
    `INSERT INTO billing_settings (customer_id, billing_email, payment_method, updated_at)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (customer_id) DO UPDATE SET billing_email = excluded.billing_email,
       payment_method = excluded.payment_method, updated_at = excluded.updated_at`,
  ).run(customerId, next.billingEmail, next.paymentMethod, now);
  return next;
}
