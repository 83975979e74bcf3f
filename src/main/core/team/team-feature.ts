/** Account and team in the core: me, customer data, registration, users, contacts. */
import type { TeamChannel } from '../../../shared/team/ipc-names';
import type { SyncResource } from '../sync/sync-engine';
import type { Feature, FeatureContext } from '../feature';
import { ApiError } from '../api/api-error';

/** What this area keeps offline (listed in SYNC_RESOURCES). */
export const TEAM_RESOURCES: SyncResource[] = [];

// PLACEHOLDER until the area is built: every channel answers 501.
const todo = (): never => {
  throw new ApiError(501, 'not_implemented');
};

export function createTeamFeature(_ctx: FeatureContext): Feature<TeamChannel> {
  return {
    handlers: {
      'me:get': todo,
      'account:switch': todo,
      'account:update': todo,
      'register:create': todo,
      'register:confirmEmail': todo,
      'verification:get': todo,
      'verification:upload': todo,
      'team:get': todo,
      'users:invite': todo,
      'users:setRights': todo,
      'users:remove': todo,
      'invitations:revoke': todo,
      'invitations:inspect': todo,
      'invitations:accept': todo,
      'invitations:acceptNew': todo,
      'contacts:list': todo,
      'contacts:create': todo,
      'contacts:update': todo,
      'contacts:delete': todo,
    },
  };
}
