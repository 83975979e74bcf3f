/**
 * Paying and renewing (issue 15): the shapes of the API (server/openapi/payments.yaml) and of
 * the IPC channels. Money in euro cents, dates YYYY-MM-DD.
 */

export const ONLINE_METHODS = ['paypal', 'credit_card'] as const;
export type OnlineMethod = (typeof ONLINE_METHODS)[number];

/** The provider's account for transfers, the same for every customer. */
export interface PaymentDetails {
  recipient: string;
  /** electronic format, no spaces */
  iban: string;
  bic: string;
  bankName: string;
  onlineMethods: OnlineMethod[];
}

/** POST /v1/invoices/{id}/online-payment: the payment provider's page. */
export interface OnlinePayment {
  url: string;
  expiresAt: string;
}

export type RenewalAction = 'renew' | 'restore';

/** What renewing (or restoring) a domain costs now. */
export interface RenewalOffer {
  domain: string;
  action: RenewalAction;
  years: number;
  lines: { description: string; netCents: number }[];
  netCents: number;
  vatCents: number;
  grossCents: number;
  newExpiresAt: string;
}

export interface RenewalResult {
  domain: string;
  expiresAt: string;
  invoiceId: string;
  invoiceNumber: string;
  grossCents: number;
}
