/** Handlers of the sandbox-only operations (tag `sandbox`); registered on loopback only. */
import { findUserByEmail } from '../auth/users';
import { issueInvoiceNow, payInvoiceNow } from '../billing/issue';
import type { AppContext } from '../context';
import { listMail } from '../mail/outbox';
import type { Handler } from '../openapi';
import { ApiError } from '../problem';
import { sandboxPatchAccount, sandboxTotp, sandboxVerify } from './sandbox';

export function sandboxHandlers(ctx: AppContext) {
  const sandboxListOutbox: Handler<'sandboxListOutbox'> = (request) =>
    listMail(ctx.db, request.query.to);

  const sandboxGetTotp: Handler<'sandboxGetTotp'> = (request) => {
    const result = sandboxTotp(ctx.db, request.query.email, ctx.now());
    if (!result) {
      throw new ApiError(404, 'not_found', { detail: 'No user with two-factor authentication.' });
    }
    return result;
  };

  const sandboxPatchAccountHandler: Handler<'sandboxPatchAccount'> = (request) => {
    const account = sandboxPatchAccount(ctx.db, request.body.email, request.body.patch, ctx.now());
    if (!account) throw new ApiError(404, 'not_found', { detail: 'No user with this e-mail.' });
    return account;
  };

  const sandboxIssueInvoice: Handler<'sandboxIssueInvoice'> = (request, reply) => {
    const user = findUserByEmail(ctx.db, request.body.email);
    if (!user) throw new ApiError(404, 'not_found', { detail: 'No user with this e-mail.' });
    const invoice = issueInvoiceNow(ctx.db, user.customer_id, ctx.now());
    reply.code(201);
    return invoice;
  };

  const sandboxPayInvoice: Handler<'sandboxPayInvoice'> = (request) =>
    payInvoiceNow(ctx.db, request.params.id, ctx.now());

  const sandboxDecideVerification: Handler<'sandboxDecideVerification'> = (request) => {
    const { email, decision, reason } = request.body;
    const verification = sandboxVerify(ctx.db, email, decision, reason ?? null, ctx.now());
    if (!verification)
      throw new ApiError(404, 'not_found', { detail: 'No user with this e-mail.' });
    return verification;
  };

  return {
    sandboxDecideVerification,
    sandboxIssueInvoice,
    sandboxPayInvoice,
    sandboxListOutbox,
    sandboxGetTotp,
    sandboxPatchAccount: sandboxPatchAccountHandler,
  };
}
