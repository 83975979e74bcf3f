/** Handlers of the account and team operations (server/openapi/team.yaml). */
import { etagOf, ifMatchMatches } from '../account/account';
import { getAuth } from '../auth/bearer';
import { register, verifyEmail } from '../auth/registration';
import { createSession, deviceNameOf } from '../auth/tokens';
import { findMembership } from '../auth/rights';
import { conditional } from '../conditional';
import type { AppContext } from '../context';
import type { Handler } from '../openapi';
import { ApiError } from '../problem';
import {
  createContact as createContactRow,
  deleteContact as deleteContactRow,
  getContact as getContactRow,
  listContacts as listContactRows,
  updateContact as updateContactRow,
} from './contacts';
import { loadMe } from './me';
import {
  acceptInvitation as accept,
  acceptInvitationNew as acceptNew,
  createInvitation as invite,
  inspectInvitation as inspect,
  loadTeam,
  removeUser as remove,
  revokeInvitation as revoke,
  updateUserRights,
} from './team';
import { dataDirOf, loadVerification, maybeSubmit, storeDocument } from './verification';

export function teamHandlers(ctx: AppContext) {
  const db = ctx.db;

  const getMe: Handler<'getMe'> = (request, reply) =>
    conditional(request, reply, loadMe(db, getAuth(request)));

  const registerHandler: Handler<'register'> = async (request, reply) => {
    await register(ctx, request.body.email, request.body.password);
    reply.code(202);
    return {};
  };

  const verifyEmailHandler: Handler<'verifyEmail'> = (request, reply) => {
    const { customerId } = verifyEmail(ctx, request.body.token);
    maybeSubmit(db, customerId, ctx.now());
    return reply.code(204).send();
  };

  const switchCustomer: Handler<'switchCustomer'> = (request) => {
    const auth = getAuth(request);
    const raw = request.body.customerId;
    const customerId = /^\d{1,15}$/.test(raw) ? Number(raw) : -1;
    if (!findMembership(db, auth.userId, customerId)) {
      throw new ApiError(404, 'not_found', { detail: 'Not a member of this customer account.' });
    }
    return createSession(ctx, auth.userId, customerId, deviceNameOf(db, auth.sessionId));
  };

  const getVerification: Handler<'getVerification'> = (request, reply) => {
    const verification = loadVerification(db, getAuth(request).customerId);
    if (!verification) throw new ApiError(404, 'not_found');
    return conditional(request, reply, verification);
  };

  const uploadVerificationDocument: Handler<'uploadVerificationDocument'> = (request, reply) => {
    const { customerId } = getAuth(request);
    storeDocument(db, dataDirOf(db), customerId, request.body, ctx.now());
    reply.code(201);
    return loadVerification(db, customerId)!;
  };

  const listUsers: Handler<'listUsers'> = (request, reply) =>
    conditional(request, reply, loadTeam(db, getAuth(request), ctx.now()));

  const createInvitation: Handler<'createInvitation'> = (request, reply) => {
    const invitation = invite(ctx, getAuth(request), request.body.email, request.body.rights);
    reply.code(201);
    return invitation;
  };

  const revokeInvitation: Handler<'revokeInvitation'> = (request, reply) => {
    revoke(ctx, getAuth(request), request.params.id);
    return reply.code(204).send();
  };

  const updateUser: Handler<'updateUser'> = (request) =>
    updateUserRights(ctx, getAuth(request), request.params.id, request.body.rights);

  const removeUser: Handler<'removeUser'> = (request, reply) => {
    remove(ctx, getAuth(request), request.params.id);
    return reply.code(204).send();
  };

  const inspectInvitation: Handler<'inspectInvitation'> = (request) =>
    inspect(ctx, request.params.token);

  const acceptInvitation: Handler<'acceptInvitation'> = (request) => {
    const auth = getAuth(request);
    accept(ctx, auth, request.body.token);
    return loadMe(db, auth);
  };

  const acceptInvitationNew: Handler<'acceptInvitationNew'> = async (request, reply) => {
    const result = await acceptNew(ctx, request.body.token, request.body.password);
    reply.code(201);
    return result;
  };

  const listContacts: Handler<'listContacts'> = (request, reply) => {
    const { cursor, limit } = request.query;
    const page = listContactRows(db, getAuth(request).customerId, cursor, limit ?? 100);
    return conditional(request, reply, page);
  };

  const createContact: Handler<'createContact'> = (request, reply) => {
    const contact = createContactRow(db, getAuth(request).customerId, request.body, ctx.now());
    reply.code(201).header('ETag', etagOf(contact));
    return contact;
  };

  const getContact: Handler<'getContact'> = (request, reply) =>
    conditional(request, reply, getContactRow(db, getAuth(request).customerId, request.params.id));

  const updateContact: Handler<'updateContact'> = (request, reply) => {
    const ifMatch = request.headers['if-match'];
    const contact = updateContactRow(
      db,
      getAuth(request).customerId,
      request.params.id,
      request.body,
      ctx.now(),
      (current) => {
        if (typeof ifMatch === 'string' && !ifMatchMatches(ifMatch, etagOf(current))) {
          throw new ApiError(412, 'precondition_failed', {
            detail: 'The contact was changed meanwhile; load it again.',
          });
        }
      },
    );
    reply.header('ETag', etagOf(contact));
    return contact;
  };

  const deleteContact: Handler<'deleteContact'> = (request, reply) => {
    deleteContactRow(db, getAuth(request).customerId, request.params.id, ctx.now());
    return reply.code(204).send();
  };

  return {
    getMe,
    register: registerHandler,
    verifyEmail: verifyEmailHandler,
    switchCustomer,
    getVerification,
    uploadVerificationDocument,
    listUsers,
    createInvitation,
    revokeInvitation,
    updateUser,
    removeUser,
    inspectInvitation,
    acceptInvitation,
    acceptInvitationNew,
    listContacts,
    createContact,
    getContact,
    updateContact,
    deleteContact,
  };
}
