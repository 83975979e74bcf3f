/**
 * Handlers of the payments operations (tag `payments`): the provider's bank details, payment
 * pages for PayPal and card, domain renewals; and the sandbox's payment page itself.
 */
import { getAuth } from '../auth/bearer';
import { conditional } from '../conditional';
import type { AppContext } from '../context';
import { idempotent } from '../idempotency';
import type { Handler } from '../openapi';
import {
  completePayment,
  createPaymentPage,
  describePage,
  findPaymentPage,
  paymentDetails,
} from './online-payments';
import { paidPageHtml, payPageHtml } from './pay-page';
import { loadRenewalOffer, renewDomain as renew } from './renewal';

export function paymentsHandlers(ctx: AppContext) {
  const getPaymentDetails: Handler<'getPaymentDetails'> = (request, reply) =>
    conditional(request, reply, paymentDetails());

  const createOnlinePayment: Handler<'createOnlinePayment'> = (request, reply) => {
    const { customerId } = getAuth(request);
    // the sandbox serves the page itself, at the address the app reached it by
    const origin = `${request.protocol}://${request.host}`;
    return idempotent(ctx.db, request, reply, 'createOnlinePayment', ctx.now(), () => ({
      status: 201,
      body: createPaymentPage(
        ctx.db,
        customerId,
        request.params.id,
        request.body.method,
        ctx.now(),
        origin,
      ),
    }));
  };

  const getDomainRenewal: Handler<'getDomainRenewal'> = (request) =>
    loadRenewalOffer(ctx.db, getAuth(request).customerId, request.params.name, ctx.now());

  const renewDomain: Handler<'renewDomain'> = (request, reply) => {
    const { customerId } = getAuth(request);
    return idempotent(ctx.db, request, reply, 'renewDomain', ctx.now(), () => ({
      status: 201,
      body: renew(ctx.db, customerId, request.params.name, request.body, ctx.now()),
    }));
  };

  const html = (reply: Parameters<Handler<'sandboxPaymentPage'>>[1], body: string) =>
    reply.type('text/html; charset=utf-8').send(body);

  const sandboxPaymentPage: Handler<'sandboxPaymentPage'> = (request, reply) => {
    const row = findPaymentPage(ctx.db, request.params.token, ctx.now());
    return html(reply, payPageHtml(describePage(ctx.db, row, ctx.now())));
  };

  const sandboxCompletePayment: Handler<'sandboxCompletePayment'> = (request, reply) =>
    html(reply, paidPageHtml(completePayment(ctx.db, request.params.token, ctx.now())));

  return {
    getPaymentDetails,
    createOnlinePayment,
    getDomainRenewal,
    renewDomain,
    ...(ctx.sandbox ? { sandboxPaymentPage, sandboxCompletePayment } : {}),
  };
}
