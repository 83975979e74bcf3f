/** Handlers of the "Produkte & Dienste" operations (server/openapi/products.yaml). */
import type { FastifyReply } from 'fastify';
import { etagOf } from '../account/account';
import { getAuth, requireStepUp } from '../auth/bearer';
import { berlinDate } from '../billing/dates';
import { customerNumberOf } from '../billing/sepa';
import { conditional, notModified } from '../conditional';
import type { AppContext } from '../context';
import { idempotent } from '../idempotency';
import type { Handler } from '../openapi';
import { ApiError } from '../problem';
import { cancellationOptions, createCancellation, revokeCancellation } from './cancellation';
import {
  contractInvoicePage,
  contractPage,
  contractRow,
  contractStatus,
  latestCancellation,
  loadContract,
  toCancellation,
  toSummary,
} from './contracts';
import { listCredentials, resetCredential } from './credentials';
import { receiptEtag, receiptFileName, renderReceiptPdf } from './receipt-pdf';

/** Secrets must not be kept by any cache on the way (RFC 9111 no-store). */
function noStore(reply: FastifyReply): void {
  reply.header('Cache-Control', 'no-store').header('Pragma', 'no-cache');
}

export function productsHandlers(ctx: AppContext) {
  const today = () => berlinDate(ctx.now());

  const listContracts: Handler<'listContracts'> = (request, reply) => {
    const { customerId } = getAuth(request);
    const page = contractPage(ctx.db, customerId, request.query, today());
    // the page's contracts (status included, which moves with the date) and what was asked
    const etag = etagOf({ query: request.query, page });
    if (notModified(request, reply, etag)) return reply;
    return page;
  };

  const getContract: Handler<'getContract'> = (request, reply) =>
    conditional(
      request,
      reply,
      loadContract(ctx.db, getAuth(request).customerId, request.params.id, today()),
    );

  const listContractInvoices: Handler<'listContractInvoices'> = (request) => {
    const { customerId } = getAuth(request);
    const row = contractRow(ctx.db, customerId, request.params.id);
    return contractInvoicePage(ctx.db, customerId, row.contract_number, today(), {
      cursor: request.query.cursor,
      limit: request.query.limit ?? 50,
    });
  };

  const getContractCredentials: Handler<'getContractCredentials'> = (request, reply) => {
    const auth = requireStepUp(request);
    const row = contractRow(ctx.db, auth.customerId, request.params.id);
    noStore(reply);
    return { items: listCredentials(ctx.db, row.id) };
  };

  const resetContractCredential: Handler<'resetContractCredential'> = (request, reply) => {
    const auth = requireStepUp(request);
    const row = contractRow(ctx.db, auth.customerId, request.params.id);
    noStore(reply);
    return idempotent(ctx.db, request, reply, 'resetContractCredential', ctx.now(), () => {
      if (contractStatus(row.end_date, today()) === 'ended') {
        throw new ApiError(409, 'contract_ended', { detail: 'This contract has already ended.' });
      }
      return {
        status: 200,
        body: resetCredential(
          ctx.db,
          auth.customerId,
          row.id,
          request.params.credentialId,
          ctx.now(),
        ),
      };
    });
  };

  const getCancellationOptions: Handler<'getCancellationOptions'> = (request) =>
    cancellationOptions(ctx.db, getAuth(request), request.params.id, today());

  const createCancellationHandler: Handler<'createCancellation'> = (request, reply) => {
    const auth = getAuth(request);
    return idempotent(ctx.db, request, reply, 'createCancellation', ctx.now(), () => ({
      status: 201,
      body: createCancellation(ctx.db, auth, request.params.id, request.body, today(), ctx.now()),
    }));
  };

  const revokeCancellationHandler: Handler<'revokeCancellation'> = (request, reply) => {
    const auth = getAuth(request);
    return idempotent<never>(ctx.db, request, reply, 'revokeCancellation', ctx.now(), () => {
      revokeCancellation(ctx.db, auth.customerId, request.params.id, today(), ctx.now());
      return { status: 204, body: undefined };
    });
  };

  const getCancellationReceipt: Handler<'getCancellationReceipt'> = async (request, reply) => {
    const { customerId } = getAuth(request);
    const row = contractRow(ctx.db, customerId, request.params.id);
    const cancellation = latestCancellation(ctx.db, row.id);
    if (!cancellation) throw new ApiError(404, 'not_found', { detail: 'Never cancelled.' });
    const customer = ctx.db
      .prepare(
        `SELECT COALESCE(company, first_name || ' ' || last_name) AS name FROM customers
         WHERE id = ?`,
      )
      .get(customerId) as { name: string };
    const summary = toSummary(row, today());
    const document = {
      cancellation: toCancellation(cancellation),
      contract: {
        contractNumber: summary.contractNumber,
        productName: summary.productName,
        domains: summary.domains,
      },
      customerNumber: customerNumberOf(ctx.db, customerId),
      customerName: customer.name,
    };
    if (notModified(request, reply, receiptEtag(document))) return reply;
    const pdf = await renderReceiptPdf(document);
    return reply
      .type('application/pdf')
      .header(
        'Content-Disposition',
        `attachment; filename="${receiptFileName(summary.contractNumber)}"`,
      )
      .send(pdf);
  };

  return {
    listContracts,
    getContract,
    listContractInvoices,
    getContractCredentials,
    resetContractCredential,
    getCancellationOptions,
    createCancellation: createCancellationHandler,
    revokeCancellation: revokeCancellationHandler,
    getCancellationReceipt,
  };
}
