/**
 * What a person does before (or instead of) signing in: register and confirm the address,
 * look at an invitation, create a login from one. All anonymous calls.
 */
import type { SessionState } from '../../../shared/domain';
import type { InvitationInfo } from '../../../shared/team/types';
import type { FeatureContext } from '../feature';
import { refreshAfterWrite } from './after-write';
import { ME, VERIFICATION } from './team-resources';

/** Always succeeds for a valid input (202): the server does not tell whether the address exists. */
export async function register(
  ctx: FeatureContext,
  input: { email: string; password: string },
): Promise<void> {
  await ctx.session.api.request({
    method: 'POST',
    path: '/v1/auth/register',
    body: input,
    anonymous: true,
  });
}

export async function confirmEmail(ctx: FeatureContext, token: string): Promise<void> {
  await ctx.session.api.request({
    method: 'POST',
    path: '/v1/auth/verify-email',
    body: { token },
    anonymous: true,
  });
  // confirmed while signed in: the first verification step is done
  const live = ctx.live();
  if (live) await refreshAfterWrite(live.sync, [VERIFICATION, ME], ctx.options.log);
}

export async function inspectInvitation(
  ctx: FeatureContext,
  token: string,
): Promise<InvitationInfo> {
  const { data } = await ctx.session.api.request<InvitationInfo>({
    path: `/v1/invitations/${encodeURIComponent(token)}`,
    anonymous: true,
  });
  return data;
}

/**
 * Creates the invited person's login, then signs in with it (a session of someone else on
 * this machine ends first: one person at a time).
 */
export async function acceptInvitationNew(
  ctx: FeatureContext,
  input: { token: string; password: string },
): Promise<SessionState> {
  const { data } = await ctx.session.api.request<{ email: string }>({
    method: 'POST',
    path: '/v1/invitations/accept-new',
    body: input,
    anonymous: true,
  });
  if (ctx.session.current.status !== 'signedOut') await ctx.session.logout();
  const state = await ctx.session.login(data.email, input.password);
  if (state.status === 'signedIn') await ctx.restartSync();
  return state;
}
