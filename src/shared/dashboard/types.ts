/**
 * The "Übersicht": what main computes from the synced collections for the start screen, card
 * by card. Each card is there, not allowed (the right it needs is missing), or still loading
 * (its data is not cached yet). Dates `YYYY-MM-DD`, times ISO 8601 UTC, money in euro cents.
 */
import type { Notice } from '../notices/types';
import type { ContractStatus } from '../products/types';
import type { Right } from '../team/types';

export type CardState<T> =
  { status: 'ready'; data: T } | { status: 'denied'; right: Right } | { status: 'loading' };

/** A return debit whose invoice is still open: the direct debit failed, the money is owed. */
export interface FailedDebit {
  invoiceId: string;
  invoiceNumber: string;
  /** the day the bank returned the debit */
  date: string;
  amountCents: number;
}

export interface OpenAmountCard {
  /** open and overdue together */
  openCents: number;
  openCount: number;
  overdueCents: number;
  overdueCount: number;
  /** the open invoice due first */
  nextDue: { invoiceId: string; invoiceNumber: string; dueDate: string } | null;
  /** newest first; shown before everything else */
  failedDebits: FailedDebit[];
}

export interface SupportCard {
  /** tickets not closed */
  openCount: number;
  /** tickets with a staff reply not read yet */
  unreadCount: number;
  /** the ticket with the newest unread reply, to open it */
  firstUnreadId: string | null;
  /** replies written here, waiting in the outbox */
  pendingReplies: number;
  /** of those, the ones the server refused (waiting for the person) */
  failedReplies: number;
}

export interface ExpiringDomain {
  name: string;
  expiresAt: string;
}

export interface EndingContract {
  id: string;
  contractNumber: string;
  productName: string;
  /** cancelled: ends on endDate; requested: an extraordinary cancellation awaits review */
  reason: 'cancelled' | 'cancellationRequested';
  status: ContractStatus;
  endDate: string | null;
}

/** How many of a list the card shows at most; the total says how many there are. */
export const DUE_SOON_SHOWN = 5;
/** domains expiring within this many days without auto-renew are "bald fällig" */
export const DOMAIN_EXPIRY_DAYS = 60;

export interface DueSoonCard {
  domains: CardState<{ items: ExpiringDomain[]; total: number }>;
  contracts: CardState<{ items: EndingContract[]; total: number }>;
  /** direct debit is the payment method but no SEPA mandate is active */
  mandateMissing: CardState<boolean>;
}

export interface NoticesCard {
  /** active first, then planned, each by start */
  items: Notice[];
}

export interface DashboardOverview {
  openAmount: CardState<OpenAmountCard>;
  support: CardState<SupportCard>;
  dueSoon: CardState<DueSoonCard>;
  notices: CardState<NoticesCard>;
  /** the last time sync reached the server (null: never) */
  syncedAt: string | null;
  /** the local day the overview was computed for */
  today: string;
}
