import { useCallback, useEffect, useRef, useState } from 'react';
import type { Invoice } from '../../shared/billing';
import { AppError, call, subscribe } from '../ipc';
import type { CachedState } from './cached-store';

const EMPTY: CachedState<Invoice> = { cached: null, loaded: false, error: null };

/** One invoice, cache-first from main, reloaded when sync changed invoices. */
export function useInvoice(id: string): CachedState<Invoice> & { reload: () => void } {
  const [state, setState] = useState<CachedState<Invoice>>(EMPTY);
  const latest = useRef(0);

  const load = useCallback(async () => {
    const request = ++latest.current;
    try {
      const cached = await call('invoices:get', { id });
      if (request === latest.current) setState({ cached, loaded: true, error: null });
    } catch (thrown) {
      if (request === latest.current) {
        setState((s) => ({ ...s, loaded: true, error: AppError.from(thrown) }));
      }
    }
  }, [id]);

  useEffect(() => {
    void load();
    const off = subscribe('data:changed', ({ resource }) => {
      if (resource === 'invoices') void load();
    });
    return off;
  }, [load]);

  return { ...state, reload: () => void load() };
}
