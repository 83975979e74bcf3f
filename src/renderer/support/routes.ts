/** The hash routes of "Support" and which view each one shows. */

export const SUPPORT_ROUTES = {
  tickets: '/support',
  newTicket: '/support/new',
} as const;

export type SupportView =
  { view: 'tickets' } | { view: 'newTicket' } | { view: 'ticket'; id: string };

const TICKET_PREFIX = '/support/tickets/';

/** The route of one ticket: "/support/tickets/<id>" (also what a clicked notification opens). */
export function ticketRoute(id: string): string {
  return `${TICKET_PREFIX}${encodeURIComponent(id)}`;
}

/** The view a path under /support names, or null for one that names none. */
export function parseSupportPath(path: string): SupportView | null {
  if (path === SUPPORT_ROUTES.tickets) return { view: 'tickets' };
  if (path === SUPPORT_ROUTES.newTicket) return { view: 'newTicket' };
  if (path.startsWith(TICKET_PREFIX)) {
    const rest = path.slice(TICKET_PREFIX.length);
    if (rest === '' || rest.includes('/')) return null;
    try {
      return { view: 'ticket', id: decodeURIComponent(rest) };
    } catch {
      return null;
    }
  }
  return null;
}
