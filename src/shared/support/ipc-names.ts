/** The IPC channel names of "Support" (see ipc.ts beside this file). */
export const SUPPORT_CHANNELS = [
  'tickets:list',
  'tickets:get',
  'tickets:create',
  'tickets:reply',
  'tickets:close',
  'tickets:attachment',
  'tickets:saveAttachment',
  'outbox:list',
  'outbox:retry',
  'outbox:discard',
  'support:unread',
] as const;

export type SupportChannel = (typeof SUPPORT_CHANNELS)[number];
