/** The IPC channel names of paying and renewing (see ipc.ts beside this file). */
export const PAYMENTS_CHANNELS = [
  'invoices:payment',
  'invoices:payOnline',
  'statement:exportCsv',
  'domains:renewal',
  'domains:renew',
] as const;

export type PaymentsChannel = (typeof PAYMENTS_CHANNELS)[number];
