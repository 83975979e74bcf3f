/** What the provider notices keep offline, as the sync engine's resources. */
import { compareNotices, type Notice } from '../../../shared/notices/types';
import { defineCollection, type SyncResource } from '../sync/sync-resources';

export const NOTICES = 'notices';

/** The cache name of a notice fetched alone (the list holds every notice whole too). */
export const noticeKey = (id: string) => `notice:${id}`;

export const NOTICES_RESOURCES: SyncResource[] = [
  defineCollection<Notice, Notice>({
    kind: 'collection',
    name: NOTICES,
    path: '/v1/notices',
    pageSize: 500,
    itemPath: (id) => `/v1/notices/${encodeURIComponent(id)}`,
    itemKey: noticeKey,
    idOf: (notice) => notice.id,
    // the list entry is the whole notice: a notice is small and read from the list
    summarize: (notice) => notice,
    compare: compareNotices,
  }),
];
