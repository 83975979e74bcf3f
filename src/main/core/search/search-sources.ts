/**
 * What the search finds in each cached resource: the hit it shows and the text it matches.
 * Invoices match by number, amount ("119,00", "119.00"), date ("2026-03-01", "01.03.2026")
 * and status in either language; contracts by number, product and domains; domains by name;
 * tickets by number and subject; contacts by name, e-mail and company.
 */
import { domainToUnicode } from 'node:url';
import type { InvoiceStatus, InvoiceSummary } from '../../../shared/billing';
import type { DomainSummary } from '../../../shared/domains/types';
import type { ContractSummary } from '../../../shared/products/types';
import { prepare, type Searchable } from '../../../shared/search/match';
import { SEARCH_ROUTES } from '../../../shared/search/routes';
import type { SearchHit, SearchKind } from '../../../shared/search/types';
import type { Ticket } from '../../../shared/support/types';
import type { Contact } from '../../../shared/team/types';
import { INVOICES } from '../billing/billing-resources';
import { CONTRACTS } from '../products/contract-resources';
import { TICKETS } from '../support/ticket-resources';
import { CONTACTS } from '../team/team-resources';

/** the domains list as the domains feature caches it */
export const DOMAINS = 'domains';

/** A hit before it is ranked. */
export type Found = SearchHit extends infer H
  ? H extends SearchHit
    ? Omit<H, 'rank'>
    : never
  : never;

export interface IndexEntry {
  hit: Found;
  searchable: Searchable;
}

export interface SearchSource {
  kind: Exclude<SearchKind, 'help'>;
  /** the cached resource it reads (a list document) */
  resource: string;
  /** the list's items (anything else reads as none) */
  items(data: unknown): readonly unknown[];
  /** what the index keeps an item by from one build to the next */
  id(item: unknown): string;
  /** the item's hit and the text it matches */
  entry(item: unknown): IndexEntry;
}

/** A source of a list of T. */
function source<T>(
  kind: SearchSource['kind'],
  resource: string,
  id: (item: T) => string,
  entry: (item: T) => IndexEntry,
): SearchSource {
  return {
    kind,
    resource,
    items: (data) => (Array.isArray(data) ? (data as unknown[]) : []),
    id: (item) => id(item as T),
    entry: (item) => entry(item as T),
  };
}

/** What a person calls each kind, in both languages: "rechnung" finds the invoices. */
const KIND_WORDS = {
  invoice: 'Rechnung Rechnungen Invoice Invoices',
  contract: 'Vertrag Verträge Contract Contracts',
  domain: 'Domain Domains',
  ticket: 'Ticket Tickets Anfrage Support',
  contact: 'Kontakt Kontakte Contact Contacts',
} as const;

/** Status words a person may type, in both languages (matching either never hurts). */
const INVOICE_STATUS_WORDS: Record<InvoiceStatus, string> = {
  paid: 'bezahlt paid',
  open: 'offen open',
  overdue: 'überfällig overdue',
  cancelled: 'storniert cancelled',
};

/** 11900 → "119,00 119.00 119"; 123456 → "1.234,56 1234,56 1,234.56 1234.56 1234" */
export function amountTexts(cents: number): string {
  const euros = Math.trunc(Math.abs(cents) / 100);
  const rest = String(Math.abs(cents) % 100).padStart(2, '0');
  const grouped = (sep: string) => String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const texts = new Set([
    `${grouped('.')},${rest}`,
    `${euros},${rest}`,
    `${grouped(',')}.${rest}`,
    `${euros}.${rest}`,
    String(euros),
  ]);
  return [...texts].join(' ');
}

/** "2026-03-01" → "2026-03-01 01.03.2026" */
export function dateTexts(day: string): string {
  const [year, month, date] = day.slice(0, 10).split('-');
  return year && month && date ? `${day} ${date}.${month}.${year}` : day;
}

export function contactTitle(contact: Contact): string {
  const person = `${contact.firstName} ${contact.lastName}`.trim();
  return contact.kind === 'organization' && contact.organization
    ? contact.organization
    : person || (contact.organization ?? contact.email);
}

export const SEARCH_SOURCES: readonly SearchSource[] = [
  source<InvoiceSummary>(
    'invoice',
    INVOICES,
    (invoice) => invoice.id,
    (invoice) => ({
      hit: {
        kind: 'invoice',
        id: invoice.id,
        title: invoice.number,
        subtitle: '',
        route: SEARCH_ROUTES.invoice(invoice.id),
        issueDate: invoice.issueDate,
        grossCents: invoice.grossCents,
        status: invoice.status,
      },
      searchable: prepare(
        invoice.number,
        [invoice.number],
        [
          amountTexts(invoice.grossCents),
          dateTexts(invoice.issueDate),
          INVOICE_STATUS_WORDS[invoice.status] ?? invoice.status,
          KIND_WORDS.invoice,
        ],
      ),
    }),
  ),
  source<ContractSummary>(
    'contract',
    CONTRACTS,
    (contract) => contract.id,
    (contract) => ({
      hit: {
        kind: 'contract',
        id: contract.id,
        title: contract.contractNumber,
        subtitle: contract.productName,
        route: SEARCH_ROUTES.contract(contract.id),
      },
      searchable: prepare(
        contract.contractNumber,
        [contract.contractNumber],
        [contract.productName, ...contract.domains, KIND_WORDS.contract],
      ),
    }),
  ),
  source<DomainSummary>(
    'domain',
    DOMAINS,
    (domain) => domain.name,
    (domain) => ({
      hit: {
        kind: 'domain',
        id: domain.name,
        title: domain.name,
        subtitle: '',
        route: SEARCH_ROUTES.domain(domain.name),
        status: domain.status,
        expiresAt: domain.expiresAt,
      },
      // an IDN is cached as punycode but typed as what it spells: both find it
      searchable: prepare(
        domain.name,
        domain.name.includes('xn--') ? [domain.name, domainToUnicode(domain.name)] : [domain.name],
        [KIND_WORDS.domain],
      ),
    }),
  ),
  source<Ticket>(
    'ticket',
    TICKETS,
    (ticket) => ticket.id,
    (ticket) => ({
      hit: {
        kind: 'ticket',
        id: ticket.id,
        title: ticket.number,
        subtitle: ticket.subject,
        route: SEARCH_ROUTES.ticket(ticket.id),
        status: ticket.status,
      },
      searchable: prepare(ticket.number, [ticket.number], [ticket.subject, KIND_WORDS.ticket]),
    }),
  ),
  source<Contact>(
    'contact',
    CONTACTS,
    (contact) => contact.id,
    (contact) => {
      const title = contactTitle(contact);
      const company =
        contact.organization && contact.organization !== title ? contact.organization : '';
      return {
        hit: {
          kind: 'contact',
          id: contact.id,
          title,
          subtitle: [company, contact.email].filter(Boolean).join(' · '),
          route: SEARCH_ROUTES.contact(contact.id),
        },
        searchable: prepare(
          title,
          [title],
          [contact.email, contact.organization ?? '', KIND_WORDS.contact],
        ),
      };
    },
  ),
];
