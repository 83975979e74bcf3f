/** The cached provider notices (notices:list), reloaded when sync changed them. */
import type { Notice } from '../../shared/notices/types';
import { createCachedStore } from '../billing/cached-store';
import { call, subscribe } from '../ipc';

export const NOTICES_RESOURCE = 'notices';

export const noticesStore = createCachedStore<Notice[]>(
  () => call('notices:list'),
  [NOTICES_RESOURCE],
);

/** Load the notices and follow sync; the cleanup forgets them. */
export function connectNotices(): () => void {
  const off = subscribe('data:changed', ({ resource }) => {
    if (resource === NOTICES_RESOURCE) void noticesStore.load();
  });
  void noticesStore.load();
  return () => {
    off();
    noticesStore.reset();
  };
}
