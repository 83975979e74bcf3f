import { useCallback } from 'react';
import type { TicketView } from '../../shared/support/ipc';
import { useCachedItem, type CachedItem } from '../billing/use-cached-item';
import { call } from '../ipc';
import { OUTBOX_RESOURCE, TICKETS_RESOURCE } from './support-stores';

const loadTicket = (id: string) => call('tickets:get', { id });
const followsTicket = (resource: string): boolean =>
  resource === TICKETS_RESOURCE || resource === OUTBOX_RESOURCE;

/**
 * One ticket's thread with its queued replies, cache-first from main; reloaded when sync
 * changed tickets or the outbox moved (a reply queued, sent or refused).
 */
export function useTicket(id: string): CachedItem<TicketView> & {
  /** take the ticket a write answered with (its list fields), keeping the thread */
  patch: (change: Partial<TicketView>) => void;
} {
  const { updateData, ...item } = useCachedItem(id, loadTicket, followsTicket);
  const patch = useCallback(
    (change: Partial<TicketView>) => updateData((data) => ({ ...data, ...change })),
    [updateData],
  );
  return { ...item, patch };
}
