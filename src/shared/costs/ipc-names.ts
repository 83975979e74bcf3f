/** The IPC channel names of "Kosten" (see ipc.ts beside this file). */
export const COSTS_CHANNELS = ['billing:costs', 'billing:costsCsv'] as const;

export type CostsChannel = (typeof COSTS_CHANNELS)[number];
