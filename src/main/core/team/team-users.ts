/** Further users of the customer account: invitations, rights, removal, joining another one. */
import type { Invitation, Me, Right, TeamUser } from '../../../shared/team/types';
import type { FeatureContext } from '../feature';
import { refreshAfterWrite } from './after-write';
import { ME, TEAM } from './team-resources';

const user = (id: string) => `/v1/users/${encodeURIComponent(id)}`;

export async function inviteUser(
  ctx: FeatureContext,
  input: { email: string; rights: Right[] },
): Promise<Invitation> {
  const { sync } = ctx.signedIn();
  const { data } = await ctx.session.api.request<Invitation>({
    method: 'POST',
    path: '/v1/users/invitations',
    body: input,
  });
  await refreshAfterWrite(sync, [TEAM], ctx.options.log);
  return data;
}

export async function revokeInvitation(ctx: FeatureContext, id: string): Promise<void> {
  const { sync } = ctx.signedIn();
  await ctx.session.api.request({
    method: 'DELETE',
    path: `/v1/users/invitations/${encodeURIComponent(id)}`,
  });
  await refreshAfterWrite(sync, [TEAM], ctx.options.log);
}

export async function setUserRights(
  ctx: FeatureContext,
  input: { userId: string; rights: Right[] },
): Promise<TeamUser> {
  const { sync } = ctx.signedIn();
  const { data } = await ctx.session.api.request<TeamUser>({
    method: 'PATCH',
    path: user(input.userId),
    body: { rights: input.rights },
  });
  // one's own rights may have changed: who-I-am then rechecks what the sync may fetch
  await refreshAfterWrite(sync, data.self ? [TEAM, ME] : [TEAM], ctx.options.log);
  return data;
}

export async function removeUser(ctx: FeatureContext, userId: string): Promise<void> {
  const { sync } = ctx.signedIn();
  await ctx.session.api.request({ method: 'DELETE', path: user(userId) });
  await refreshAfterWrite(sync, [TEAM], ctx.options.log);
}

/** Joins the inviting account with the signed-in login; the session stays where it is. */
export async function acceptInvitation(ctx: FeatureContext, token: string): Promise<Me> {
  const { sync } = ctx.signedIn();
  const { data } = await ctx.session.api.request<Me>({
    method: 'POST',
    path: '/v1/invitations/accept',
    body: { token },
  });
  // the new membership shows in the account switcher
  await refreshAfterWrite(sync, [ME], ctx.options.log);
  return data;
}
