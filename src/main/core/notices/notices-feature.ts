/**
 * Provider notices in the core: synced as a collection (readable offline), read by the
 * Übersicht, the notice view and the contract detail, and a system notification when a new
 * one touches the customer.
 */
import type { NoticesChannel } from '../../../shared/notices/ipc-names';
import type { Notice } from '../../../shared/notices/types';
import type { Feature, FeatureContext } from '../feature';
import { createNoticeNotifier } from './notice-notifier';
import { NOTICES, NOTICES_RESOURCES } from './notice-resources';

/** What this area keeps offline (listed in SYNC_RESOURCES). */
export { NOTICES_RESOURCES };

export function createNoticesFeature(ctx: FeatureContext): Feature<NoticesChannel> {
  const { options } = ctx;
  let notifier: ReturnType<typeof createNoticeNotifier> | null = null;
  const notifierFor = () => {
    const live = ctx.live();
    if (!live) return null;
    notifier ??= createNoticeNotifier({
      cache: live.cache,
      list: async () =>
        (await live.sync.readIfAllowed<Notice[]>(NOTICES).catch(() => null))?.data ?? null,
      enabled: () => options.settings.get().notifyNotices,
      language: () => options.settings.get().language,
      show: (notification) => options.notifier.show(notification),
    });
    return notifier;
  };

  return {
    handlers: {
      'notices:list': async () => (await ctx.live()?.sync.read<Notice[]>(NOTICES)) ?? null,
      'notices:get': async ({ id }) => {
        // the list holds every notice whole: no request, also offline
        const list = await ctx.live()?.sync.read<Notice[]>(NOTICES);
        const notice = list?.data.find((n) => n.id === id);
        return list && notice
          ? { data: notice, syncedAt: list.syncedAt, followsSync: list.followsSync }
          : null;
      },
    },
    afterPass(changed) {
      if (changed.has(NOTICES)) void notifierFor()?.check();
    },
    onSignedIn() {
      // the first look takes note of what is there (a fresh cache knows nothing yet)
      void notifierFor()?.check();
    },
    onSignedOut() {
      notifier = null;
    },
  };
}
