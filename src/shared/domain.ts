/** Domain types shared by main, preload and renderer. Shapes the renderer sees, never tokens. */

import type { DatevChart } from './datev';
import type { EInvoiceFormat } from './einvoice';
import type { ProviderProfileId } from './provider-profiles';
import type { SyncIntervalSeconds, Theme } from './settings';
import type { ListSorts } from './views/types';

export type Language = 'de' | 'en';

export interface Address {
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
}

export type VerificationStatus = 'unverified' | 'pending' | 'verified' | 'rejected';

export interface Account {
  customerNumber: string;
  kind: 'person' | 'company';
  firstName: string;
  lastName: string;
  company: string | null;
  email: string;
  phone: string | null;
  address: Address;
  vatId: string | null;
  verificationStatus: VerificationStatus;
}

/** A document as the cache holds it: the data and when it was last confirmed by the server. */
export interface Cached<T> {
  data: T;
  /** ISO 8601 time the server last confirmed this data */
  syncedAt: string;
  /**
   * true: the sync engine keeps this data current through the change log, so every pass
   * completed since (SyncStatus.confirmedAt) confirmed it too, even when nothing was fetched
   */
  followsSync?: boolean;
}

export type VaultKind = 'keychain' | 'memory';

/**
 * Why the app signed out by itself: the session lapsed, was ended from another device (or
 * "sign out everywhere"), or the password was changed elsewhere. Missing: the person signed out.
 */
export type SignOutReason = 'expired' | 'endedElsewhere' | 'passwordChanged';

export type SessionState =
  | { status: 'signedOut'; reason?: SignOutReason }
  | { status: 'mfaRequired'; email: string }
  | {
      status: 'signedIn';
      email: string;
      /** only right after a sign-in with a recovery code: how many codes are left */
      recoveryCodesLeft?: number;
    };

export interface SyncStatus {
  online: boolean;
  syncing: boolean;
  /** ISO 8601 time of the last successful contact with the server, if any */
  lastSyncedAt: string | null;
  /**
   * when the change log was read by the last pass that then completed: every resource the
   * log covers was current at that moment (so "Stand" moves on while nothing changes)
   */
  confirmedAt?: string | null;
}

export interface Settings {
  language: Language;
  /** how many years of invoice PDFs to keep offline (counted back from this year) */
  invoicePdfYears: number;
  /** minutes without input after which sensitive screens (credentials) lock again */
  idleLockMinutes: number;
  /** how a locked credentials screen is unlocked offline: the account password or the OS */
  credentialsUnlock: 'password' | 'os';
  /** keep credentials that were revealed once in the encrypted cache for offline reading */
  offlineCredentials: boolean;
  /** a system notification when support answers a ticket */
  notifyTicketReplies: boolean;
  /** a system notification when support closes a ticket */
  notifyTicketClosed: boolean;
  /** a system notification when a new invoice arrives through sync */
  notifyNewInvoices: boolean;
  /** a system notification when a new provider notice touches the customer's contracts */
  notifyNotices: boolean;
  /** the pause between two background syncs while online */
  syncIntervalSeconds: SyncIntervalSeconds;
  /** light, dark, or as the operating system says */
  theme: Theme;
  /** which provider the app talks to; read at start (a change applies after a restart) */
  apiProfile: ProviderProfileId;
  /** the API URL of the "custom" profile ('' when none was given) */
  customApiUrl: string;
  /** the column and direction each sortable list was last sorted by (views:setSort) */
  listSorts: ListSorts;
  /**
   * the sign-in accounts that dismissed "Kein Schlüsselbund" here, each as a hash of its
   * address (the file does not name who uses the device), newest last
   */
  dismissedVaultNotices: string[];
  /** the e-invoice format "E-Rechnung" and the year archive use (the last one chosen) */
  einvoiceFormat: EInvoiceFormat;
  /** DATEV export: chart of accounts, accounts and header numbers (src/shared/datev.ts) */
  datevChart: DatevChart;
  datevCreditorAccount: string;
  datevExpenseAccount: string;
  datevConsultantNumber: string;
  datevClientNumber: string;
  /** start with the operating system's session, minimised to the tray (the desktop app only) */
  startAtLogin: boolean;
  /** closing the window keeps the app running in the tray (the desktop app only) */
  closeToTray: boolean;
  /** the app locks when the OS locks the screen or the machine sleeps */
  appLockOnScreenLock: boolean;
  /** the app locks after this many minutes without input on the machine; 0: never */
  appLockIdleMinutes: number;
  /** the app version whose "Neu in dieser Version" was seen (set by the core, not a form) */
  lastSeenVersion: string;
}

export interface AppInfo {
  version: string;
  host: 'electron' | 'web';
  vault: VaultKind;
  /** true when the API is the local sandbox: the login screen may name the demo accounts */
  sandbox: boolean;
}

/** The error shape every IPC call answers with; messageKey is an i18n key. */
export interface IpcError {
  code: string;
  messageKey: string;
  /** seconds until a retry may succeed (lockout, rate limit) */
  retryAfter?: number;
  /** per-field i18n keys for forms */
  fields?: Record<string, string>;
  /** values for the message's placeholders, e.g. the domains that still use a contact */
  params?: Record<string, string>;
}

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError };
