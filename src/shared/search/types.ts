/**
 * The global search (Ctrl/Cmd+K): what one result is. The core finds invoices, contracts,
 * domains, tickets and contacts in the cache (so it answers offline); the renderer adds the
 * help articles in the current language and formats the localised parts (dates, amounts,
 * statuses) itself.
 */
import type { InvoiceStatus } from '../billing';
import type { DomainStatus } from '../domains/types';
import type { TicketStatus } from '../support/types';

export const SEARCH_KINDS = ['invoice', 'contract', 'domain', 'ticket', 'contact', 'help'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** how many results of one kind a search answers at most, unless it asks for fewer */
export const SEARCH_LIMIT_PER_KIND = 5;
export const SEARCH_LIMIT_MAX = 50;
export const SEARCH_QUERY_MAX = 200;

/** The kinds the core searches (help is the renderer's). */
export const DATA_KINDS = ['invoice', 'contract', 'domain', 'ticket', 'contact'] as const;
export type DataKind = (typeof DATA_KINDS)[number];

/** What the core answers: the best hits per kind and how many of each kind match in all. */
export interface SearchAnswer {
  hits: SearchHit[];
  totals: Partial<Record<DataKind, number>>;
}

interface HitBase {
  id: string;
  /** the number or name as the data holds it (language-neutral) */
  title: string;
  /** a language-neutral second line (product name, subject, e-mail), possibly empty */
  subtitle: string;
  /** the renderer route the result opens */
  route: string;
  /**
   * how well it matched: lower is better (0 the exact number or name, then prefixes, then
   * substrings); results of all kinds are ordered by it
   */
  rank: number;
}

export type SearchHit =
  | (HitBase & {
      kind: 'invoice';
      issueDate: string;
      grossCents: number;
      status: InvoiceStatus;
    })
  | (HitBase & { kind: 'contract' })
  | (HitBase & { kind: 'domain'; status: DomainStatus; expiresAt: string })
  | (HitBase & { kind: 'ticket'; status: TicketStatus })
  | (HitBase & { kind: 'contact' })
  | (HitBase & { kind: 'help' });
