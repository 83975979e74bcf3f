/** What "Support" keeps offline, as the sync engine's resources. */
import type { Ticket, TicketDetail } from '../../../shared/support/types';
import { defineCollection, type SyncResource } from '../sync/sync-resources';

export const TICKETS = 'tickets';

/** The cache name of a ticket's thread. */
export const ticketKey = (id: string) => `ticket:${id}`;

/** The list entry of a ticket: its detail without the thread. */
export function summarizeTicket(detail: TicketDetail): Ticket {
  return {
    id: detail.id,
    number: detail.number,
    subject: detail.subject,
    department: detail.department,
    priority: detail.priority,
    status: detail.status,
    related: detail.related,
    createdAt: detail.createdAt,
    lastActivityAt: detail.lastActivityAt,
    unread: detail.unread,
    lastMessagePreview: detail.lastMessagePreview,
  };
}

/** As the server sorts: newest activity first. */
export function compareTickets(a: Ticket, b: Ticket): number {
  if (a.lastActivityAt !== b.lastActivityAt) return a.lastActivityAt < b.lastActivityAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export const SUPPORT_RESOURCES: SyncResource[] = [
  defineCollection<TicketDetail, Ticket>({
    kind: 'collection',
    name: TICKETS,
    path: '/v1/tickets',
    pageSize: 200,
    itemPath: (id) => `/v1/tickets/${encodeURIComponent(id)}`,
    itemKey: ticketKey,
    idOf: (summary) => summary.id,
    summarize: summarizeTicket,
    compare: compareTickets,
  }),
];
