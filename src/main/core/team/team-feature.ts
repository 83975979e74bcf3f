/**
 * Account and team in the core: who I am and my customer accounts, customer information,
 * registration and verification, further users with rights, contacts. Each handler's work is
 * in a file of its own beside this one.
 */
import type { Cached } from '../../../shared/domain';
import type { TeamChannel } from '../../../shared/team/ipc-names';
import type { Me, Team, Verification } from '../../../shared/team/types';
import type { Feature, FeatureContext } from '../feature';
import { createAccessWatch } from './access-watch';
import { saveAccount } from './account-save';
import { switchAccount } from './account-switch';
import { createContact, deleteContact, listContacts, updateContact } from './contacts';
import { acceptInvitationNew, confirmEmail, inspectInvitation, register } from './registration';
import { ME, TEAM, VERIFICATION } from './team-resources';
import {
  acceptInvitation,
  inviteUser,
  removeUser,
  revokeInvitation,
  setUserRights,
} from './team-users';
import { uploadDocument } from './verification';

export { TEAM_RESOURCES } from './team-resources';

export function createTeamFeature(ctx: FeatureContext): Feature<TeamChannel> {
  const access = createAccessWatch(ctx);
  /** a cached document; null while signed out or not fetched yet; a refused one throws 403 */
  const read = async <T>(name: string): Promise<Cached<T> | null> =>
    (await ctx.live()?.sync.read<T>(name)) ?? null;

  return {
    handlers: {
      'me:get': () => read<Me>(ME),
      'account:switch': ({ customerId }) => switchAccount(ctx, customerId),
      'account:update': (patch) => saveAccount(ctx, patch),
      'register:create': (input) => register(ctx, input),
      'register:confirmEmail': ({ token }) => confirmEmail(ctx, token),
      'verification:get': () => read<Verification>(VERIFICATION),
      'verification:upload': (upload) => uploadDocument(ctx, upload),
      'team:get': () => read<Team>(TEAM),
      'users:invite': (input) => inviteUser(ctx, input),
      'users:setRights': async (input) => {
        const user = await setUserRights(ctx, input);
        if (user.self) await access.check();
        return user;
      },
      'users:remove': ({ userId }) => removeUser(ctx, userId),
      'invitations:revoke': ({ id }) => revokeInvitation(ctx, id),
      'invitations:inspect': ({ token }) => inspectInvitation(ctx, token),
      'invitations:accept': ({ token }) => acceptInvitation(ctx, token),
      'invitations:acceptNew': (input) => acceptInvitationNew(ctx, input),
      'contacts:list': () => listContacts(ctx),
      'contacts:create': (input) => createContact(ctx, input),
      'contacts:update': (input) => updateContact(ctx, input),
      'contacts:delete': ({ id }) => deleteContact(ctx, id),
    },
    afterPass: (changed) => access.afterPass(changed),
  };
}
