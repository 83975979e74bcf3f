/**
 * Switching to another customer account of the same person: the server issues a token pair
 * for it, the session adopts it, and the cache starts over (it belongs to one customer
 * account). Answers who-I-am in the new account straight from the server, while the first
 * sync pass refills the cache behind it.
 */
import type { Me } from '../../../shared/team/types';
import type { FeatureContext } from '../feature';
import type { TokenPair } from '../session/session';

export async function switchAccount(ctx: FeatureContext, customerId: string): Promise<Me> {
  ctx.signedIn();
  const api = ctx.session.api;
  const { data: tokens } = await api.request<TokenPair>({
    method: 'POST',
    path: '/v1/auth/switch',
    body: { customerId },
  });
  await ctx.session.adopt(tokens);
  await ctx.restartSync();
  // what the renderer shows belongs to the account left: every view reads again
  ctx.live()?.sync.announceAll();
  const { data: me } = await api.request<Me>({ path: '/v1/me' });
  return me;
}
