/**
 * "Produkte & Dienste": contracts, their access credentials and cancellations. These are the
 * shapes of the API (server/openapi/products.yaml) and of the IPC channels alike. Dates are
 * `YYYY-MM-DD`, times ISO 8601 UTC, money in euro cents.
 */

export type ProductType = 'webhosting' | 'managed_server' | 'email' | 'ssl' | 'domain';
/** cancelled: still running, ends on `endDate`; ended: `endDate` has passed */
export type ContractStatus = 'active' | 'cancelled' | 'ended';

export interface NoticePeriod {
  unit: 'days' | 'months';
  amount: number;
}

/** What the earliest-end-date rule needs (src/shared/products/cancellation-date.ts). */
export interface ContractTerms {
  startDate: string;
  minimumTermMonths: number;
  renewalPeriodMonths: number;
  noticePeriod: NoticePeriod;
}

export interface ContractSummary extends ContractTerms {
  id: string;
  contractNumber: string;
  productType: ProductType;
  productName: string;
  status: ContractStatus;
  priceCents: number;
  billingCycleMonths: number;
  /** the next automatic renewal; null once cancelled or ended */
  nextRenewal: string | null;
  /** the day it ends (cancelled) or ended (ended); null while active */
  endDate: string | null;
  /** domains that belong to this contract (names) */
  domains: string[];
  /** an extraordinary cancellation waits for staff review (the contract stays active) */
  cancellationRequested: boolean;
}

export interface ContractInvoiceRef {
  id: string;
  number: string;
  date: string;
  totalCents: number;
  status: 'open' | 'paid' | 'overdue' | 'cancelled';
}

/** A page of a contract's older invoices (online only). */
export interface ContractInvoicePage {
  items: ContractInvoiceRef[];
  nextCursor: string | null;
}

export type CredentialKind = 'control_panel' | 'ftp' | 'ssh' | 'database' | 'mailbox';

export interface Contract extends ContractSummary {
  description: string;
  /** absent for a user without the invoices right (the server leaves it out) */
  invoices?: ContractInvoiceRef[];
  /** how many invoices the contract has in all (`invoices` are the newest of them) */
  invoiceCount?: number;
  /** where the older invoices start (contracts:invoices); null when all are in `invoices` */
  invoicesNextCursor?: string | null;
  /**
   * which credentials the product has; the secrets themselves need a step-up. Absent for a
   * user without the credentials right.
   */
  credentialKinds?: CredentialKind[];
  cancellation: Cancellation | null;
}

/** One login of a product; `password` is the secret the API returns only after a step-up. */
export interface Credential {
  id: string;
  kind: CredentialKind;
  label: string;
  host: string;
  port: number | null;
  username: string;
  password: string;
  /** a login page, e.g. of the control panel */
  url: string | null;
  /** last password change */
  updatedAt: string;
}

/** A credential as the renderer lists it: everything but the password. */
export type CredentialView = Omit<Credential, 'password'>;

export type CancellationKind = 'ordinary' | 'extraordinary';
/**
 * confirmed: an ordinary cancellation, effective on endDate; requested: an extraordinary one
 * waiting for staff review; revoked: withdrawn by the customer before it took effect.
 */
export type CancellationStatus = 'confirmed' | 'requested' | 'revoked';

export interface Cancellation {
  id: string;
  contractId: string;
  kind: CancellationKind;
  status: CancellationStatus;
  endDate: string;
  reason: string | null;
  closingCompany: boolean;
  requestedBy: string;
  confirmationEmail: string;
  /** when the customer sent it (the receipt shows it) */
  createdAt: string;
  revokedAt: string | null;
}

export interface CancellationOptions {
  contractId: string;
  /** false for ended contracts and ones already cancelled */
  cancellable: boolean;
  /** the earliest regular end date as of today (the server's rule, shared with the client) */
  earliestEndDate: string;
  /** the last day a cancellation reaches that end date in time */
  noticeDeadline: string;
  /** prefill: the signed-in person's name and e-mail */
  requestedBy: string;
  confirmationEmail: string;
  terms: ContractTerms;
  /** the active cancellation, if any */
  cancellation: Cancellation | null;
}

export interface CancellationRequest {
  kind: CancellationKind;
  /** required for extraordinary cancellations */
  reason?: string;
  /** ordinary: earliestEndDate or a later term end; extraordinary: any day from tomorrow */
  endDate: string;
  requestedBy: string;
  confirmationEmail: string;
  /** "Ich schließe meine Firma": only with kind ordinary */
  closingCompany: boolean;
}

/** The credentials screen's lock: revealing and copying need it unlocked. */
export interface CredentialLock {
  /** ISO time until which credentials may be revealed; null: locked */
  unlockedUntil: string | null;
  /** how an offline unlock works (setting credentialsUnlock) and whether the OS can do it */
  method: 'password' | 'os';
  osAvailable: boolean;
  /** an offline unlock by password is possible once the password was confirmed online */
  offlinePasswordReady: boolean;
}
