/**
 * The names of every IPC channel and event, without their schemas, so the sandboxed preload
 * can allow-list them without bundling zod. `ipc.ts` asserts at compile time that these lists
 * match its table exactly. Each menu area lists its own channels beside its table.
 */
import { COSTS_CHANNELS } from './costs/ipc-names';
import { DASHBOARD_CHANNELS } from './dashboard/ipc-names';
import { DESKTOP_CHANNELS } from './desktop/ipc-names';
import { DOMAINS_CHANNELS } from './domains/ipc-names';
import { NOTICES_CHANNELS } from './notices/ipc-names';
import { PAYMENTS_CHANNELS } from './payments/ipc-names';
import { PRODUCTS_CHANNELS } from './products/ipc-names';
import { SEARCH_CHANNELS } from './search/ipc-names';
import { SECURITY_CHANNELS } from './security/ipc-names';
import { SUPPORT_CHANNELS } from './support/ipc-names';
import { TEAM_CHANNELS } from './team/ipc-names';
import { VIEWS_CHANNELS } from './views/ipc-names';

export const CHANNEL_NAMES = [
  'app:info',
  'session:get',
  'session:login',
  'session:mfa',
  'session:logout',
  'password:forgot',
  'password:reset',
  'account:get',
  'sync:status',
  'sync:now',
  'settings:get',
  'settings:set',
  'settings:notice',
  'settings:dismissNotice',
  'cache:clear',
  'session:logoutEverywhere',
  'clipboard:writeText',
  'billing:overview',
  'invoices:list',
  'invoices:get',
  'invoices:pdf',
  'invoices:savePdf',
  'invoices:exportYear',
  'invoices:saveEinvoice',
  'billing:statement',
  'payment:methods',
  'payment:setDefault',
  'sepa:mandates',
  'sepa:create',
  'sepa:revoke',
  'billing:emails',
  'billing:setEmails',
  ...PRODUCTS_CHANNELS,
  ...TEAM_CHANNELS,
  ...SUPPORT_CHANNELS,
  ...DOMAINS_CHANNELS,
  ...SEARCH_CHANNELS,
  ...DASHBOARD_CHANNELS,
  ...NOTICES_CHANNELS,
  ...VIEWS_CHANNELS,
  ...SECURITY_CHANNELS,
  ...PAYMENTS_CHANNELS,
  ...DESKTOP_CHANNELS,
  ...COSTS_CHANNELS,
] as const;

export const EVENT_NAMES = [
  'session:changed',
  'sync:changed',
  'data:changed',
  'lock:changed',
  'notification:open',
  'app:navigate',
  'app:command',
  'appLock:changed',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];
