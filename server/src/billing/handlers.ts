/** Handlers of the billing operations (tag `billing`): invoices, statement, payment, mandates. */
import type { AppContext } from '../context';
import { getAuth, requireStepUp } from '../auth/bearer';
import { etagOf } from '../account/account';
import { conditional, notModified } from '../conditional';
import { idempotent } from '../idempotency';
import type { Handler } from '../openapi';
import { ApiError } from '../problem';
import { loadBillingEmails, saveBillingEmails } from './billing-emails';
import { berlinDate } from './dates';
import {
  checkInvoiceCursor,
  DEFAULT_INVOICE_LIMIT,
  invoicePage,
  invoicePageEtag,
  loadInvoiceSet,
  type InvoiceSet,
} from './invoice-pages';
import { loadInvoiceDocument } from './invoices';
import { loadPaymentMethods, setDefaultPaymentMethod } from './payment-methods';
import { invoicePdfEtag, PdfCache } from './pdf-cache';
import { billingRevision, RevisionCache } from './revision-cache';
import { createMandate, listMandates, revokeMandate } from './sepa';
import { loadBookingsAfter, loadStatement } from './statement';
import { statementLedger, type StatementLedger } from './statement-ledger';

export function billingHandlers(ctx: AppContext) {
  const pdfs = new PdfCache();
  const invoiceSets = new RevisionCache<InvoiceSet>();
  const statements = new RevisionCache<StatementLedger>();
  const today = () => berlinDate(ctx.now());

  const listInvoices: Handler<'listInvoices'> = (request, reply) => {
    const { cursor } = request.query;
    const limit = request.query.limit ?? DEFAULT_INVOICE_LIMIT;
    checkInvoiceCursor(cursor);
    const { customerId } = getAuth(request);
    const day = today();
    // the statuses depend on the date (open turns overdue), so the day is part of the key
    const key = `${billingRevision(ctx.db, customerId, 'invoices')}|${day}`;
    const set = invoiceSets.get(customerId, key, () => loadInvoiceSet(ctx.db, customerId, day));
    if (notModified(request, reply, invoicePageEtag(set, cursor, limit))) return reply;
    return invoicePage(set, cursor, limit);
  };

  const getInvoice: Handler<'getInvoice'> = (request, reply) => {
    const doc = loadInvoiceDocument(
      ctx.db,
      getAuth(request).customerId,
      request.params.id,
      today(),
    );
    if (!doc) throw new ApiError(404, 'not_found');
    return conditional(request, reply, doc.invoice);
  };

  const getInvoicePdf: Handler<'getInvoicePdf'> = async (request, reply) => {
    const doc = loadInvoiceDocument(
      ctx.db,
      getAuth(request).customerId,
      request.params.id,
      today(),
    );
    if (!doc) throw new ApiError(404, 'not_found');
    const etag = invoicePdfEtag(doc);
    if (notModified(request, reply, etag)) return reply;
    const pdf = await pdfs.get(etag, doc);
    return reply
      .type('application/pdf')
      .header('Content-Disposition', `attachment; filename="Rechnung-${doc.invoice.number}.pdf"`)
      .send(pdf);
  };

  const getBillingStatement: Handler<'getBillingStatement'> = (request, reply) => {
    const { customerId } = getAuth(request);
    const key = String(billingRevision(ctx.db, customerId, 'bookings'));
    // serialized once per revision: a large account's statement is megabytes of JSON; a new
    // revision extends the last by the bookings added since, where they simply follow
    const ledger = statements.get(customerId, key, (older) => {
      const extended = older?.extend(loadBookingsAfter(ctx.db, customerId, older.seq));
      if (extended) return extended;
      const whole = loadStatement(ctx.db, customerId);
      return statementLedger(whole, whole.seq);
    });
    if (notModified(request, reply, ledger.etag)) return reply;
    return reply
      .type('application/json; charset=utf-8')
      .send(ledger.after(request.query.after) ?? ledger.json());
  };

  const getPaymentMethods: Handler<'getPaymentMethods'> = (request, reply) =>
    conditional(request, reply, loadPaymentMethods(ctx.db, getAuth(request).customerId));

  const setDefaultPaymentMethodHandler: Handler<'setDefaultPaymentMethod'> = (request, reply) => {
    const methods = setDefaultPaymentMethod(
      ctx.db,
      getAuth(request).customerId,
      request.body.kind,
      ctx.now(),
    );
    reply.header('ETag', etagOf(methods));
    return methods;
  };

  const listSepaMandates: Handler<'listSepaMandates'> = (request, reply) =>
    conditional(request, reply, listMandates(ctx.db, getAuth(request).customerId));

  const createSepaMandate: Handler<'createSepaMandate'> = (request, reply) => {
    const auth = requireStepUp(request);
    return idempotent(ctx.db, request, reply, 'createSepaMandate', ctx.now(), () => ({
      status: 201,
      body: createMandate(ctx.db, auth.customerId, auth.userId, request.body, ctx.now()),
    }));
  };

  const revokeSepaMandate: Handler<'revokeSepaMandate'> = (request, reply) => {
    const auth = getAuth(request);
    return idempotent<never>(ctx.db, request, reply, 'revokeSepaMandate', ctx.now(), () => {
      revokeMandate(ctx.db, auth.customerId, request.params.id, ctx.now());
      return { status: 204, body: undefined };
    });
  };

  const getBillingEmails: Handler<'getBillingEmails'> = (request, reply) =>
    conditional(request, reply, loadBillingEmails(ctx.db, getAuth(request).customerId));

  const setBillingEmails: Handler<'setBillingEmails'> = (request, reply) => {
    const emails = saveBillingEmails(ctx.db, getAuth(request).customerId, request.body, ctx.now());
    reply.header('ETag', etagOf(emails));
    return emails;
  };

  return {
    listInvoices,
    getInvoice,
    getInvoicePdf,
    getBillingStatement,
    getPaymentMethods,
    setDefaultPaymentMethod: setDefaultPaymentMethodHandler,
    listSepaMandates,
    createSepaMandate,
    revokeSepaMandate,
    getBillingEmails,
    setBillingEmails,
  };
}
