/** The IPC channel names of "Domains" (see ipc.ts beside this file). */
export const DOMAINS_CHANNELS = [
  'domains:list',
  'domains:get',
  'domains:update',
  'domains:setContacts',
  'domains:authCode',
  'dns:get',
  'dns:save',
  'dns:exportZone',
] as const;

export type DomainsChannel = (typeof DOMAINS_CHANNELS)[number];
