/**
 * The one IPC contract: every channel with its zod input schema and its output type, every
 * event with its payload type. Main validates against it, the preload allow-lists from it,
 * the renderer is typed by it. Nothing else crosses the boundary.
 */
import { z } from 'zod';
import type {
  Account,
  AppInfo,
  Cached,
  IpcResult,
  SessionState,
  Settings,
  SyncStatus,
} from './domain';
import type { ChannelName, EventName } from './ipc-names';
import type {
  BillingEmails,
  BillingOverview,
  BillingStatement,
  Invoice,
  InvoiceSummary,
  PaymentMethods,
  SepaMandate,
  SepaMandates,
} from './billing';
import {
  CLIENT_NUMBER,
  CONSULTANT_NUMBER,
  CREDITOR_ACCOUNT,
  DATEV_CHARTS,
  EXPENSE_ACCOUNT,
} from './datev';
import { costsIpc } from './costs/ipc';
import { dashboardIpc } from './dashboard/ipc';
import { EINVOICE_FORMATS } from './einvoice';
import { desktopIpc } from './desktop/ipc';
import type { AppLockState } from './desktop/types';
import { domainsIpc } from './domains/ipc';
import { noticesIpc } from './notices/ipc';
import { paymentsIpc } from './payments/ipc';
import { PROVIDER_PROFILE_IDS } from './provider-profiles';
import { checkApiUrl, SYNC_INTERVALS, THEMES } from './settings';
import { productsIpc } from './products/ipc';
import type { CredentialLock } from './products/types';
import { searchIpc } from './search/ipc';
import { SECOND_FACTOR_CODE } from './security/codes';
import { securityIpc } from './security/ipc';
import { supportIpc } from './support/ipc';
import { teamIpc } from './team/ipc';
import { viewsIpc } from './views/ipc';

const email = z.string().trim().min(3).max(254).email();
const password = z.string().min(1).max(1024);
const none = z.undefined();
const id = z.string().trim().min(1).max(64);
/** A type-only marker for a channel's output (the value itself is never used). */
const returns = <T>() => null as unknown as T;

export const languageSchema = z.enum(['de', 'en']);
export const syncIntervalSchema = z.literal(SYNC_INTERVALS);
const paymentMethodKind = z.enum(['sepa_direct_debit', 'bank_transfer', 'paypal', 'credit_card']);

export const ipcTable = {
  'app:info': { input: none, output: returns<AppInfo>() },
  'session:get': { input: none, output: returns<SessionState>() },
  'session:login': {
    input: z.object({ email, password }).strict(),
    output: returns<SessionState>(),
  },
  /** the TOTP code, or one of the recovery codes in its place */
  'session:mfa': {
    input: z
      .object({
        code: z.string().max(20).regex(SECOND_FACTOR_CODE, { message: 'code_format' }),
      })
      .strict(),
    output: returns<SessionState>(),
  },
  'session:logout': { input: none, output: returns<SessionState>() },
  'password:forgot': { input: z.object({ email }).strict(), output: returns<void>() },
  'password:reset': {
    input: z.object({ token: z.string().trim().min(16).max(256), password }).strict(),
    output: returns<void>(),
  },
  'account:get': { input: none, output: returns<Cached<Account> | null>() },
  'sync:status': { input: none, output: returns<SyncStatus>() },
  'sync:now': { input: none, output: returns<SyncStatus>() },
  'settings:get': { input: none, output: returns<Settings>() },
  'settings:set': {
    input: z
      .object({
        language: languageSchema.optional(),
        invoicePdfYears: z.number().int().min(1).max(10).optional(),
        idleLockMinutes: z.number().int().min(1).max(120).optional(),
        credentialsUnlock: z.enum(['password', 'os']).optional(),
        offlineCredentials: z.boolean().optional(),
        notifyTicketReplies: z.boolean().optional(),
        notifyTicketClosed: z.boolean().optional(),
        notifyNewInvoices: z.boolean().optional(),
        notifyNotices: z.boolean().optional(),
        syncIntervalSeconds: syncIntervalSchema.optional(),
        theme: z.enum(THEMES).optional(),
        apiProfile: z.enum(PROVIDER_PROFILE_IDS).optional(),
        customApiUrl: z.string().max(2048).optional(),
        einvoiceFormat: z.enum(EINVOICE_FORMATS).optional(),
        datevChart: z.enum(DATEV_CHARTS).optional(),
        datevCreditorAccount: z.string().trim().regex(CREDITOR_ACCOUNT).optional(),
        datevExpenseAccount: z.string().trim().regex(EXPENSE_ACCOUNT).optional(),
        datevConsultantNumber: z
          .union([z.literal(''), z.string().trim().regex(CONSULTANT_NUMBER)])
          .optional(),
        datevClientNumber: z
          .union([z.literal(''), z.string().trim().regex(CLIENT_NUMBER)])
          .optional(),
        startAtLogin: z.boolean().optional(),
        closeToTray: z.boolean().optional(),
        appLockOnScreenLock: z.boolean().optional(),
        appLockIdleMinutes: z.number().int().min(0).max(240).optional(),
      })
      .strict()
      // "custom" comes with its URL, checked like KC_API_URL (https, http only on loopback)
      .refine(
        (patch) => patch.apiProfile !== 'custom' || checkApiUrl(patch.customApiUrl ?? '').ok,
        { path: ['customApiUrl'], message: 'invalid_api_url' },
      ),
    output: returns<Settings>(),
  },
  /** whether the settings file was damaged at start (defaults took the broken values' place) */
  'settings:notice': { input: none, output: returns<{ repaired: boolean }>() },
  /** the person has seen the notice: it is not shown again this run */
  'settings:dismissNotice': { input: none, output: returns<void>() },
  /** "Cache leeren": drops the encrypted offline cache and syncs everything again */
  'cache:clear': { input: none, output: returns<void>() },
  /** "Überall abmelden": the server ends every session of the user, then this one signs out */
  'session:logoutEverywhere': { input: none, output: returns<SessionState>() },
  'clipboard:writeText': {
    input: z.object({ text: z.string().min(1).max(4096) }).strict(),
    output: returns<void>(),
  },
  'billing:overview': { input: none, output: returns<Cached<BillingOverview> | null>() },
  'invoices:list': { input: none, output: returns<Cached<InvoiceSummary[]> | null>() },
  'invoices:get': { input: z.object({ id }).strict(), output: returns<Cached<Invoice> | null>() },
  /** the PDF as base64 (JSON-safe over both transports); null when neither cached nor reachable */
  'invoices:pdf': {
    input: z.object({ id }).strict(),
    output: returns<{ base64: string; fileName: string } | null>(),
  },
  /** "Speichern unter": main asks where, the renderer never sees a path */
  'invoices:savePdf': { input: z.object({ id }).strict(), output: returns<{ saved: boolean }>() },
  /**
   * a year's invoices as one ZIP for the tax advisor: PDFs and e-invoices (count: PDFs,
   * einvoices: e-invoices in it), the CSV list and the DATEV Buchungsstapel
   */
  'invoices:exportYear': {
    input: z.object({ year: z.number().int().min(2000).max(2100) }).strict(),
    output: returns<{ saved: boolean; count: number; einvoices: number }>(),
  },
  /** "E-Rechnung": the invoice as XRechnung or ZUGFeRD through the save dialog */
  'invoices:saveEinvoice': {
    input: z.object({ id, format: z.enum(EINVOICE_FORMATS) }).strict(),
    output: returns<{ saved: boolean }>(),
  },
  'billing:statement': { input: none, output: returns<Cached<BillingStatement> | null>() },
  'payment:methods': { input: none, output: returns<Cached<PaymentMethods> | null>() },
  'payment:setDefault': {
    input: z.object({ kind: paymentMethodKind }).strict(),
    output: returns<PaymentMethods>(),
  },
  'sepa:mandates': { input: none, output: returns<Cached<SepaMandates> | null>() },
  /** step-up: the account password confirms the mandate (sent to /v1/auth/reauth first) */
  'sepa:create': {
    input: z
      .object({
        accountHolder: z.string().trim().min(1).max(70),
        iban: z.string().trim().min(1).max(42),
        bic: z.string().trim().max(11).optional(),
        consent: z.literal(true),
        password,
      })
      .strict(),
    output: returns<SepaMandate>(),
  },
  'sepa:revoke': { input: z.object({ id }).strict(), output: returns<void>() },
  'billing:emails': { input: none, output: returns<Cached<BillingEmails> | null>() },
  'billing:setEmails': {
    input: z.object({ email, userIds: z.array(id).max(100) }).strict(),
    output: returns<BillingEmails>(),
  },
  ...productsIpc,
  ...teamIpc,
  ...supportIpc,
  ...domainsIpc,
  ...searchIpc,
  ...dashboardIpc,
  ...noticesIpc,
  ...viewsIpc,
  ...securityIpc,
  ...paymentsIpc,
  ...desktopIpc,
  ...costsIpc,
} satisfies Record<ChannelName, { input: z.ZodType; output: unknown }>;

export interface EventPayloads {
  'session:changed': SessionState;
  'sync:changed': SyncStatus;
  'data:changed': { resource: string };
  /** the credentials lock opened or closed (unlock, relock, timeout, sign-out) */
  'lock:changed': CredentialLock;
  /** the person clicked a system notification: show this route (e.g. "/support/tickets/7") */
  'notification:open': { route: string };
  /** a deep link or the application menu: show this route (e.g. "/billing/invoices/inv-1") */
  'app:navigate': { route: string };
  /** the application menu asks for something the renderer owns (the search dialog) */
  'app:command': { command: AppCommand };
  /** the app lock closed (screen locked, idle, by hand) or opened again */
  'appLock:changed': AppLockState;
}

/** what the application menu can ask of the renderer beyond a route */
export type AppCommand = 'search' | 'shortcuts' | 'lock';

export type IpcTable = typeof ipcTable;
export type Channel = keyof IpcTable;
export type InputOf<C extends Channel> = z.input<IpcTable[C]['input']>;
export type OutputOf<C extends Channel> = IpcTable[C]['output'];

/** What the preload (or the web host's bridge) puts on `window.kc`. */
export interface KcBridge {
  invoke<C extends Channel>(channel: C, input?: InputOf<C>): Promise<IpcResult<OutputOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

// Compile-time proof that the name lists in ipc-names.ts and this table agree exactly.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const channelNamesMatch: Exact<Channel, ChannelName> = true;
export const eventNamesMatch: Exact<keyof EventPayloads, EventName> = true;
