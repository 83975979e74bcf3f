/** The IPC channel names of the global search (see ipc.ts beside this file). */
export const SEARCH_CHANNELS = ['search:query'] as const;

export type SearchChannel = (typeof SEARCH_CHANNELS)[number];
