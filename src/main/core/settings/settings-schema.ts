/** The settings schema, shared by electron-store (app) and conf (web host). */
import { z } from 'zod';
import type { Settings } from '../../../shared/domain';
import { languageSchema, syncIntervalSchema } from '../../../shared/ipc';
import { PROVIDER_PROFILE_IDS } from '../../../shared/provider-profiles';
import { THEMES } from '../../../shared/settings';
import { listSortSchema } from '../../../shared/views/ipc';
import { DISMISSED_NOTICES_MAX, SORTABLE_LISTS } from '../../../shared/views/types';
import {
  CLIENT_NUMBER,
  CONSULTANT_NUMBER,
  CREDITOR_ACCOUNT,
  DATEV_CHARTS,
  DATEV_DEFAULTS,
  EXPENSE_ACCOUNT,
} from '../../../shared/datev';
import { DEFAULT_EINVOICE_FORMAT, EINVOICE_FORMATS } from '../../../shared/einvoice';

export const settingsSchema = z.object({
  language: languageSchema,
  invoicePdfYears: z.number().int().min(1).max(10),
  idleLockMinutes: z.number().int().min(1).max(120),
  credentialsUnlock: z.enum(['password', 'os']),
  offlineCredentials: z.boolean(),
  notifyTicketReplies: z.boolean(),
  notifyTicketClosed: z.boolean(),
  notifyNewInvoices: z.boolean(),
  notifyNotices: z.boolean(),
  syncIntervalSeconds: syncIntervalSchema,
  theme: z.enum(THEMES),
  apiProfile: z.enum(PROVIDER_PROFILE_IDS),
  customApiUrl: z.string().max(2048),
  listSorts: z.partialRecord(z.enum(SORTABLE_LISTS), listSortSchema),
  dismissedVaultNotices: z.array(z.string().regex(/^[0-9a-f]{32}$/)).max(DISMISSED_NOTICES_MAX),
  einvoiceFormat: z.enum(EINVOICE_FORMATS),
  datevChart: z.enum(DATEV_CHARTS),
  datevCreditorAccount: z.string().regex(CREDITOR_ACCOUNT),
  datevExpenseAccount: z.string().regex(EXPENSE_ACCOUNT),
  // empty until the tax advisor's numbers are typed in (the header then leaves them blank)
  datevConsultantNumber: z.union([z.literal(''), z.string().regex(CONSULTANT_NUMBER)]),
  datevClientNumber: z.union([z.literal(''), z.string().regex(CLIENT_NUMBER)]),
  startAtLogin: z.boolean(),
  closeToTray: z.boolean(),
  appLockOnScreenLock: z.boolean(),
  appLockIdleMinutes: z.number().int().min(0).max(240),
  lastSeenVersion: z.string().max(64),
});

export const settingsDefaults: Settings = Object.freeze({
  language: 'de',
  invoicePdfYears: 3,
  idleLockMinutes: 5,
  credentialsUnlock: 'password',
  offlineCredentials: true,
  notifyTicketReplies: true,
  notifyTicketClosed: true,
  notifyNewInvoices: true,
  notifyNotices: true,
  // what the app polled before it was a setting; live events bring most changes sooner
  syncIntervalSeconds: 30,
  theme: 'system',
  // `npm start` runs the sandbox; a packaged build for customers defaults to 'cmo' (see README)
  apiProfile: 'sandbox',
  customApiUrl: '',
  listSorts: {},
  dismissedVaultNotices: [],
  einvoiceFormat: DEFAULT_EINVOICE_FORMAT,
  datevChart: 'skr03',
  datevCreditorAccount: DATEV_DEFAULTS.skr03.creditorAccount,
  datevExpenseAccount: DATEV_DEFAULTS.skr03.expenseAccount,
  datevConsultantNumber: '',
  datevClientNumber: '',
  // the desktop's habits, off until the person asks for them
  startAtLogin: false,
  closeToTray: false,
  // the app locks with the screen; after idle time only when the person chose a time
  appLockOnScreenLock: true,
  appLockIdleMinutes: 0,
  // set at the first start; a different version later is an update ("Neu in dieser Version")
  lastSeenVersion: '',
});

/**
 * Reads whatever a settings file holds. Unknown or broken values fall back to their default
 * one by one, so a damaged file never crashes the app and never loses the valid parts. A
 * setting the file does not have yet (written by an older version) takes its default without
 * counting as a repair.
 */
export function parseSettings(
  raw: unknown,
  defaults: Settings = settingsDefaults,
): { settings: Settings; repaired: boolean } {
  const full = settingsSchema.safeParse(raw);
  if (full.success) return { settings: full.data, repaired: false };
  const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  const source = isObject ? (raw as Record<string, unknown>) : {};
  const settings: Settings = { ...defaults };
  let repaired = !isObject;
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    if (source[key] === undefined) continue;
    const field = settingsSchema.shape[key].safeParse(source[key]);
    if (field.success) Object.assign(settings, { [key]: field.data });
    else repaired = true;
  }
  return { settings, repaired };
}
