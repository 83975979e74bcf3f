/** Handlers of the account and team operations (server/openapi/team.yaml). */
import type { AppContext } from '../context';
import type { HandlerMap } from '../openapi';
import { ApiError } from '../problem';

// PLACEHOLDER while the area is built: every operation answers 501.
const todo = (): never => {
  throw new ApiError(501, 'not_implemented');
};

export function teamHandlers(_ctx: AppContext): HandlerMap {
  return {
    getMe: todo,
    register: todo,
    verifyEmail: todo,
    switchCustomer: todo,
    getVerification: todo,
    uploadVerificationDocument: todo,
    listUsers: todo,
    createInvitation: todo,
    revokeInvitation: todo,
    updateUser: todo,
    removeUser: todo,
    inspectInvitation: todo,
    acceptInvitation: todo,
    acceptInvitationNew: todo,
    listContacts: todo,
    createContact: todo,
    getContact: todo,
    updateContact: todo,
    deleteContact: todo,
  };
}
