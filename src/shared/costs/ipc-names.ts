/** The IPC channel names of "Kosten" (see ipc.ts beside this file). */
export const COSTS_CHANNELS = ['costs:report', 'costs:exportCsv'] as const;

export type CostsChannel = (typeof COSTS_CHANNELS)[number];
