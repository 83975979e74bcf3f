import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import {
  TICKET_DEPARTMENTS,
  TICKET_STATUSES,
  type Ticket,
  type TicketDepartment,
} from '../../shared/support/types';
import { LoadState } from '../billing/LoadState';
import { useListSort, type SortValues } from '../components/list-sort';
import { SortableTh } from '../components/SortButton';
import { SyncedAt } from '../billing/SyncedAt';
import { formatDateTime } from '../format';
import { hrefOf } from '../router/routes';
import { NotificationSettings } from './NotificationSettings';
import { PendingReply } from './PendingReply';
import { SUPPORT_ROUTES, ticketRoute } from './routes';
import {
  filterTickets,
  ticketsStore,
  useOutboxStore,
  useTicketFilterStore,
  type DepartmentFilter,
  type StatusFilter,
} from './support-stores';
import { TicketStatusBadge } from './TicketStatusBadge';
import { ViewTitle } from './ViewTitle';

const ALL = 'all';

type TicketColumn = 'subject' | 'status' | 'department' | 'lastActivity';
/** the orders of the ticket list; without a choice it stays newest activity first */
const TICKET_ORDER: SortValues<Ticket, TicketColumn> = {
  subject: (ticket) => ticket.subject,
  status: (ticket) => TICKET_STATUSES.indexOf(ticket.status),
  department: (ticket) => TICKET_DEPARTMENTS.indexOf(ticket.department),
  lastActivity: (ticket) => ticket.lastActivityAt,
};

/** "Tickets": every ticket, newest activity first, filtered by status and department. */
export function TicketListView() {
  const { t } = useTranslation();
  const state = ticketsStore.use();
  return (
    <>
      <ViewTitle>{t('support.nav.tickets')}</ViewTitle>
      <p>
        <a className="button button--primary" href={hrefOf(SUPPORT_ROUTES.newTicket)}>
          {t('support.list.open')}
        </a>
      </p>
      <PendingTickets />
      <LoadState state={state} retry={() => void ticketsStore.load()}>
        {(list, syncedAt) => (
          <>
            <TicketList list={list} />
            <SyncedAt time={syncedAt} />
          </>
        )}
      </LoadState>
      <NotificationSettings />
    </>
  );
}

/** New tickets still in the outbox (written offline): shown until the server opened them. */
function PendingTickets() {
  const { t } = useTranslation();
  const entries = useOutboxStore((s) => s.entries);
  const waiting = entries.filter((entry) => entry.ticketId === null);
  if (waiting.length === 0) return null;
  return (
    <section aria-labelledby="pending-tickets-title" data-testid="pending-tickets">
      <h3 id="pending-tickets-title">{t('support.pending.ticketsTitle')}</h3>
      <ul className="thread">
        {waiting.map((entry) => (
          <PendingReply key={entry.id} entry={entry} />
        ))}
      </ul>
    </section>
  );
}

function TicketList({ list }: { list: readonly Ticket[] }) {
  const { t, i18n } = useTranslation();
  const filter = useTicketFilterStore(
    useShallow((s) => ({ status: s.status, department: s.department })),
  );
  const outbox = useOutboxStore((s) => s.entries);
  const shown = useMemo(() => filterTickets(list, filter), [list, filter]);
  const { sorted, sort, sortBy } = useListSort('tickets', shown, TICKET_ORDER);
  const sorting = { sort, onSort: sortBy };
  const filtered = filter.status !== ALL || filter.department !== ALL;
  const unread = list.filter((ticket) => ticket.unread).length;
  return (
    <>
      <Filters />
      <p className="billing-count" role="status" data-testid="ticket-count">
        {filtered
          ? t('support.list.countFiltered', { count: shown.length, all: list.length })
          : t('support.list.count', { count: shown.length })}
        {unread > 0 ? ` ${t('support.list.unreadCount', { count: unread })}` : ''}
      </p>
      {shown.length === 0 ? (
        <p className="notice">
          {list.length === 0 ? t('support.list.none') : t('support.list.noMatch')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data-table ticket-table" data-testid="ticket-table">
            <caption className="visually-hidden">{t('support.list.caption')}</caption>
            <thead>
              <tr>
                <SortableTh label={t('support.ticket.subject')} column="subject" {...sorting} />
                <SortableTh label={t('support.ticket.status')} column="status" {...sorting} />
                <SortableTh
                  label={t('support.ticket.department')}
                  column="department"
                  {...sorting}
                />
                <SortableTh
                  label={t('support.ticket.lastActivity')}
                  column="lastActivity"
                  {...sorting}
                />
              </tr>
            </thead>
            <tbody>
              {sorted.map((ticket) => {
                const waiting = outbox.filter((e) => e.ticketId === ticket.id).length;
                return (
                  <tr
                    key={ticket.id}
                    data-testid="ticket-row"
                    className={ticket.unread ? 'ticket-table__row--unread' : undefined}
                  >
                    <td>
                      <a href={hrefOf(ticketRoute(ticket.id))} className="ticket-table__subject">
                        {ticket.unread ? (
                          <span className="badge badge--unread" data-testid="ticket-unread">
                            {t('support.list.unread')}
                          </span>
                        ) : null}
                        <span>{ticket.subject}</span>
                      </a>
                      <span className="meta ticket-table__number">
                        {ticket.number}
                        {waiting > 0 ? ` · ${t('support.list.waiting', { count: waiting })}` : ''}
                      </span>
                      {ticket.lastMessagePreview ? (
                        <span className="meta ticket-table__preview">
                          {ticket.lastMessagePreview}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      <TicketStatusBadge
                        status={ticket.status}
                        label={t(`support.status.${ticket.status}`)}
                      />
                    </td>
                    <td>{t(`support.department.${ticket.department}`)}</td>
                    <td>{formatDateTime(ticket.lastActivityAt, i18n.language)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function Filters() {
  const { t } = useTranslation();
  const { status, department } = useTicketFilterStore(
    useShallow((s) => ({ status: s.status, department: s.department })),
  );
  const { setStatus, setDepartment, clear } = useTicketFilterStore.getState();
  return (
    <div role="search" className="billing-filters" aria-label={t('support.list.filters')}>
      <div className="field">
        <label className="field__label" htmlFor="ticket-status-filter">
          {t('support.ticket.status')}
        </label>
        <select
          id="ticket-status-filter"
          className="field__select"
          value={status}
          onChange={(event) => setStatus(event.target.value as StatusFilter)}
        >
          <option value={ALL}>{t('support.list.allStatuses')}</option>
          {TICKET_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`support.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="ticket-department-filter">
          {t('support.ticket.department')}
        </label>
        <select
          id="ticket-department-filter"
          className="field__select"
          value={department}
          onChange={(event) => setDepartment(event.target.value as DepartmentFilter)}
        >
          <option value={ALL}>{t('support.list.allDepartments')}</option>
          {TICKET_DEPARTMENTS.map((d: TicketDepartment) => (
            <option key={d} value={d}>
              {t(`support.department.${d}`)}
            </option>
          ))}
        </select>
      </div>
      {status !== ALL || department !== ALL ? (
        <button type="button" className="button button--secondary" onClick={clear}>
          {t('support.list.clearFilters')}
        </button>
      ) : null}
    </div>
  );
}
