import { useCallback, useEffect, useRef, useState } from 'react';
import type { TicketView } from '../../shared/support/ipc';
import type { CachedState } from '../billing/cached-store';
import { AppError, call, subscribe } from '../ipc';
import { OUTBOX_RESOURCE, TICKETS_RESOURCE } from './support-stores';

const EMPTY: CachedState<TicketView> = { cached: null, loaded: false, error: null };

/**
 * One ticket's thread with its queued replies, cache-first from main; reloaded when sync
 * changed tickets or the outbox moved (a reply queued, sent or refused).
 */
export function useTicket(id: string): CachedState<TicketView> & {
  reload: () => void;
  /** take the ticket a write answered with (its list fields), keeping the thread */
  patch: (change: Partial<TicketView>) => void;
} {
  const [state, setState] = useState<CachedState<TicketView>>(EMPTY);
  const latest = useRef(0);

  const load = useCallback(async () => {
    const request = ++latest.current;
    try {
      const cached = await call('tickets:get', { id });
      if (request === latest.current) setState({ cached, loaded: true, error: null });
    } catch (thrown) {
      if (request === latest.current) {
        setState((s) => ({ ...s, loaded: true, error: AppError.from(thrown) }));
      }
    }
  }, [id]);

  useEffect(() => {
    void load();
    return subscribe('data:changed', ({ resource }) => {
      if (resource === TICKETS_RESOURCE || resource === OUTBOX_RESOURCE) void load();
    });
  }, [load]);

  const patch = useCallback((change: Partial<TicketView>) => {
    latest.current++;
    setState((s) =>
      s.cached ? { ...s, cached: { ...s.cached, data: { ...s.cached.data, ...change } } } : s,
    );
  }, []);

  return { ...state, reload: () => void load(), patch };
}
