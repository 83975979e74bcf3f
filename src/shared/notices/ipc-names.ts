/** The IPC channel names of the provider notices (see ipc.ts beside this file). */
export const NOTICES_CHANNELS = ['notices:list', 'notices:get'] as const;

export type NoticesChannel = (typeof NOTICES_CHANNELS)[number];
