/** The IPC channel names of the window's remembered view state (see ipc.ts beside this file). */
export const VIEWS_CHANNELS = ['views:state', 'views:setSort', 'views:dismissVaultNotice'] as const;

export type ViewsChannel = (typeof VIEWS_CHANNELS)[number];
