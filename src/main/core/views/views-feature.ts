/**
 * The window's remembered view state: how each list is sorted and who dismissed the keychain
 * notice. Both live in the settings (electron-store in the app, a JSON file in the web host),
 * so they survive a restart even without a keychain, when no encrypted cache outlives the run.
 */
import { createHash } from 'node:crypto';
import type { ViewsChannel } from '../../../shared/views/ipc-names';
import { DISMISSED_NOTICES_MAX } from '../../../shared/views/types';
import type { Feature, FeatureContext } from '../feature';

/**
 * The account as the settings file names it: a hash of its address, so the file says that
 * someone dismissed the notice, not who (the settings are not encrypted).
 */
export function accountKey(email: string): string {
  return createHash('sha256')
    .update(`kc-vault-notice:${email.trim().toLowerCase()}`)
    .digest('hex')
    .slice(0, 32);
}

export function createViewsFeature(ctx: FeatureContext): Feature<ViewsChannel> {
  const { settings } = ctx.options;
  const currentKey = (): string | null => {
    const state = ctx.session.current;
    return state.status === 'signedIn' ? accountKey(state.email) : null;
  };
  return {
    handlers: {
      'views:state': () => {
        const current = settings.get();
        const key = currentKey();
        return {
          sorts: current.listSorts,
          vaultNoticeDismissed: key !== null && current.dismissedVaultNotices.includes(key),
        };
      },
      'views:setSort': ({ list, sort }) => {
        settings.set({ listSorts: { ...settings.get().listSorts, [list]: sort } });
      },
      'views:dismissVaultNotice': () => {
        const key = currentKey();
        if (key === null) return;
        const others = settings.get().dismissedVaultNotices.filter((k) => k !== key);
        settings.set({
          dismissedVaultNotices: [...others, key].slice(-DISMISSED_NOTICES_MAX),
        });
      },
    },
  };
}
