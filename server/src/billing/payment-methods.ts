/** Which payment methods the provider offers, which one the customer uses, and switching it. */
import type { PaymentMethodKind, PaymentMethods } from '../../../src/shared/billing';
import { recordChange } from '../changes/changes';
import type { Db } from '../db';
import { ApiError } from '../problem';
import { PAYMENT_METHODS } from './provider';
import { activeMandate, customerNumberOf } from './sepa';
import { loadBillingSettings, saveBillingSettings } from './settings';

export function loadPaymentMethods(db: Db, customerId: number): PaymentMethods {
  return {
    available: [...PAYMENT_METHODS],
    current: loadBillingSettings(db, customerId).paymentMethod,
  };
}

/** 409 `mandate_required` for direct debit without an active mandate. */
export function setDefaultPaymentMethod(
  db: Db,
  customerId: number,
  kind: PaymentMethodKind,
  now: number,
): PaymentMethods {
  return db
    .transaction(() => {
      if (kind === 'sepa_direct_debit' && !activeMandate(db, customerId)) {
        throw new ApiError(409, 'mandate_required', {
          detail: 'Grant a SEPA direct debit mandate first.',
        });
      }
      if (loadBillingSettings(db, customerId).paymentMethod !== kind) {
        saveBillingSettings(db, customerId, { paymentMethod: kind }, now);
        recordChange(
          db,
          customerId,
          'payment-methods',
          customerNumberOf(db, customerId),
          'upsert',
          now,
        );
      }
      return loadPaymentMethods(db, customerId);
    })
    .immediate();
}
