/** The IPC channel names of "Produkte & Dienste" (see ipc.ts beside this file). */
export const PRODUCTS_CHANNELS = [
  'contracts:list',
  'contracts:get',
  'contracts:invoices',
  'credentials:lock',
  'credentials:unlock',
  'credentials:relock',
  'credentials:list',
  'credentials:reveal',
  'credentials:copy',
  'credentials:reset',
  'cancellation:options',
  'cancellation:create',
  'cancellation:revoke',
  'cancellation:saveReceipt',
] as const;

export type ProductsChannel = (typeof PRODUCTS_CHANNELS)[number];
