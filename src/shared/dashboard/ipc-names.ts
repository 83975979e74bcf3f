/** The IPC channel names of the "Übersicht" (see ipc.ts beside this file). */
export const DASHBOARD_CHANNELS = ['dashboard:overview'] as const;

export type DashboardChannel = (typeof DASHBOARD_CHANNELS)[number];

/** The 'data:changed' resource announced whenever one of the overview's sources changed. */
export const DASHBOARD_RESOURCE = 'dashboard';
