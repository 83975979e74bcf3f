/** The IPC channel names of account and team (see ipc.ts beside this file). */
export const TEAM_CHANNELS = [
  'me:get',
  'account:switch',
  'account:update',
  'register:create',
  'register:confirmEmail',
  'verification:get',
  'verification:upload',
  'team:get',
  'users:invite',
  'users:setRights',
  'users:remove',
  'invitations:revoke',
  'invitations:inspect',
  'invitations:accept',
  'invitations:acceptNew',
  'contacts:list',
  'contacts:create',
  'contacts:update',
  'contacts:delete',
] as const;

export type TeamChannel = (typeof TEAM_CHANNELS)[number];
