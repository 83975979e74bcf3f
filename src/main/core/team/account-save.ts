/**
 * Saving the customer information with If-Match: the ETag of the account as the person saw
 * it (the cached one). When someone else changed it meanwhile (412), nothing is overwritten:
 * the answer carries both versions, the person's changes and the account as it is now.
 */
import type { Account } from '../../../shared/domain';
import type { AccountPatch, AccountSaveResult } from '../../../shared/team/types';
import { ApiError } from '../api/api-error';
import type { FeatureContext } from '../feature';
import { refreshAfterWrite } from './after-write';
import { ACCOUNT, ME, VERIFICATION } from './team-resources';

export async function saveAccount(
  ctx: FeatureContext,
  patch: AccountPatch,
): Promise<AccountSaveResult> {
  const { sync } = ctx.signedIn();
  try {
    const { data } = await ctx.session.api.request<Account>({
      method: 'PATCH',
      path: '/v1/account',
      body: patch,
      ifMatch: await sync.etag(ACCOUNT),
    });
    // the name shows in who-I-am, complete data moves the verification on
    await refreshAfterWrite(sync, [ACCOUNT, ME, VERIFICATION], ctx.options.log);
    return { status: 'saved', account: data };
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 412)) throw error;
    // the current version, cached with its ETag: saving "mine" again then applies on top of it
    await sync.refresh([ACCOUNT]);
    const theirs = await sync.read<Account>(ACCOUNT);
    if (!theirs) throw error;
    return { status: 'conflict', mine: patch, theirs: theirs.data };
  }
}
