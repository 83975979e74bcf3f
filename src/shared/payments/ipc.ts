/**
 * The IPC channels of paying an invoice, exporting the statement and renewing a domain,
 * merged into the one table in src/shared/ipc.ts.
 */
import { z } from 'zod';
import type { Cached } from '../domain';
import type { PaymentsChannel } from './ipc-names';
import { ONLINE_METHODS, type OnlineMethod, type RenewalOffer, type RenewalResult } from './types';

const returns = <T>() => null as unknown as T;
const id = z.string().trim().min(1).max(64);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const domain = z.string().trim().min(3).max(253);

/**
 * How to pay an open invoice, from the cache (also offline): the transfer with the provider's
 * account and the invoice number as reference, its GiroCode as a QR module matrix (null when
 * the transfer cannot be one), and the online methods.
 */
export interface InvoicePayment {
  invoiceId: string;
  transfer: {
    recipient: string;
    /** electronic format, no spaces (what a banking app takes) */
    iban: string;
    bic: string;
    bankName: string;
    amountCents: number;
    /** the invoice number */
    reference: string;
  };
  giroCode: { size: number; modules: string } | null;
  onlineMethods: OnlineMethod[];
}

export const paymentsIpc = {
  /** null while the invoice or the provider's account is not cached yet */
  'invoices:payment': {
    input: z.object({ id }).strict(),
    output: returns<Cached<InvoicePayment> | null>(),
  },
  /**
   * Online: asks the server for a payment page for what is open and opens it in the system
   * browser (the renderer never sees its address); the invoice turns paid by sync.
   */
  'invoices:payOnline': {
    input: z.object({ id, method: z.enum(ONLINE_METHODS) }).strict(),
    output: returns<{ opened: true }>(),
  },
  /** the cached statement's bookings in the range (both days included) as CSV, saved where asked */
  'statement:exportCsv': {
    input: z
      .object({ from: day.optional(), to: day.optional() })
      .strict()
      .refine((range) => !range.from || !range.to || range.from <= range.to, {
        path: ['to'],
        message: 'range_reversed',
      }),
    output: returns<{ saved: boolean; count: number }>(),
  },
  /** online: what renewing or restoring the domain costs now (409 renewal_not_due otherwise) */
  'domains:renewal': {
    input: z.object({ name: domain }).strict(),
    output: returns<RenewalOffer>(),
  },
  /** online: orders the renewal at the confirmed price; an invoice is issued */
  'domains:renew': {
    input: z
      .object({
        name: domain,
        action: z.enum(['renew', 'restore']),
        grossCents: z.number().int().min(0).max(100_000_000),
      })
      .strict(),
    output: returns<RenewalResult>(),
  },
} satisfies Record<PaymentsChannel, { input: z.ZodType; output: unknown }>;
