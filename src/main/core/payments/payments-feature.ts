/**
 * Paying and renewing in the core: how to pay an open invoice (from the cache, also offline:
 * the transfer and its GiroCode), a payment page opened in the system browser, the statement
 * exported as CSV, and a domain's renewal or restore ordered at the confirmed price.
 */
import type { BillingStatement, Invoice } from '../../../shared/billing';
import type { Account, Cached } from '../../../shared/domain';
import type { InvoicePayment } from '../../../shared/payments/ipc';
import type { PaymentsChannel } from '../../../shared/payments/ipc-names';
import type {
  OnlinePayment,
  PaymentDetails,
  RenewalOffer,
  RenewalResult,
} from '../../../shared/payments/types';
import { ApiError } from '../api/api-error';
import { INVOICES, STATEMENT } from '../billing/billing-resources';
import type { Feature, FeatureContext } from '../feature';
import type { SyncResource } from '../sync/sync-resources';
import { GiroCodeError, giroCodePayload, qrMatrix } from './girocode';
import { paymentPageAllowed } from './payment-page-url';
import { bookingsBetween, statementCsv, statementFileName } from './statement-csv';

export const PAYMENT_DETAILS = 'payment-details';

/** What this area keeps offline (listed in SYNC_RESOURCES): the provider's account. */
export const PAYMENTS_RESOURCES: SyncResource[] = [
  { kind: 'document', name: PAYMENT_DETAILS, path: '/v1/billing/payment-details' },
];

const CSV_FILTER = [{ name: 'CSV', extensions: ['csv'] }];
const enc = encodeURIComponent;

/** The transfer for what is open on the invoice, and its GiroCode when it can be one. */
export function invoicePayment(invoice: Invoice, details: PaymentDetails): InvoicePayment {
  const transfer = {
    recipient: details.recipient,
    iban: details.iban,
    bic: details.bic,
    bankName: details.bankName,
    amountCents: invoice.openCents,
    reference: invoice.number,
  };
  let giroCode: InvoicePayment['giroCode'] = null;
  try {
    giroCode = qrMatrix(
      giroCodePayload({
        name: transfer.recipient,
        iban: transfer.iban,
        bic: transfer.bic,
        amountCents: transfer.amountCents,
        reference: transfer.reference,
      }),
    );
  } catch (error) {
    // nothing open, or details a GiroCode cannot carry: the transfer is shown without one
    if (!(error instanceof GiroCodeError)) throw error;
  }
  return { invoiceId: invoice.id, transfer, giroCode, onlineMethods: details.onlineMethods };
}

export function createPaymentsFeature(ctx: FeatureContext): Feature<PaymentsChannel> {
  const { options, session } = ctx;
  const api = session.api;

  /** Whatever the write changed arrives by the change log; a failed pass only delays it. */
  const syncAfterWrite = async () => {
    await ctx
      .live()
      ?.sync.syncNow()
      .catch((error: unknown) =>
        options.log?.warn('payments: sync after a write failed', { error: String(error) }),
      );
  };

  return {
    handlers: {
      'invoices:payment': async ({ id }) => {
        const live = ctx.live();
        if (!live) return null;
        const [invoice, details] = await Promise.all([
          live.sync.loadItem<Invoice>(INVOICES, id),
          live.sync.readIfAllowed<PaymentDetails>(PAYMENT_DETAILS),
        ]);
        if (!invoice || !details) return null;
        return {
          data: invoicePayment(invoice.data, details.data),
          // as old as the older of the two
          syncedAt: [invoice.syncedAt, details.syncedAt].sort()[0]!,
          followsSync: Boolean(invoice.followsSync && details.followsSync),
        } satisfies Cached<InvoicePayment>;
      },
      'invoices:payOnline': async ({ id, method }) => {
        ctx.signedIn();
        const browser = options.browser;
        if (!browser) throw new ApiError(400, 'browser_unavailable');
        const { data } = await api.request<OnlinePayment>({
          method: 'POST',
          path: `/v1/invoices/${enc(id)}/online-payment`,
          body: { method },
        });
        if (!paymentPageAllowed(data.url, options.apiUrl)) {
          options.log?.warn('payments: refused a payment page address');
          throw new ApiError(400, 'payment_page_refused');
        }
        await browser.open(data.url);
        return { opened: true };
      },
      'statement:exportCsv': async ({ from, to }) => {
        const { sync } = ctx.signedIn();
        const statement = await sync.read<BillingStatement>(STATEMENT);
        if (!statement) throw new ApiError(0, 'offline');
        const account = await sync.readIfAllowed<Account>('account').catch(() => null);
        const bookings = bookingsBetween(statement.data, from, to);
        const { saved } = await options.saveDialog.save({
          defaultName: statementFileName(account?.data.customerNumber ?? null, from, to),
          filters: CSV_FILTER,
          data: Buffer.from(statementCsv(bookings), 'utf8'),
        });
        return { saved, count: bookings.length };
      },
      'domains:renewal': async ({ name }) => {
        ctx.signedIn();
        const { data } = await api.request<RenewalOffer>({
          path: `/v1/domains/${enc(name)}/renewal`,
        });
        return data;
      },
      'domains:renew': async ({ name, action, grossCents }) => {
        ctx.signedIn();
        const { data } = await api.request<RenewalResult>({
          method: 'POST',
          path: `/v1/domains/${enc(name)}/renewal`,
          body: { action, grossCents },
        });
        await syncAfterWrite();
        return data;
      },
    },
  };
}
