/** One cache-first item from main, per id, held by the component that shows it. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Cached } from '../../shared/domain';
import { AppError, subscribe } from '../ipc';
import type { CachedState } from './cached-store';

export type CachedItem<T> = CachedState<T> & { reload: () => void };

/**
 * The item `loader` answers for `id`, reloaded when sync changed a resource `follows` accepts;
 * answers that arrive after a newer request are dropped. `loader` and `follows` must be stable
 * (module-level) functions: a new one means a new load and a new subscription.
 */
export function useCachedItem<T>(
  id: string,
  loader: (id: string) => Promise<Cached<T> | null>,
  follows: (resource: string) => boolean,
): CachedItem<T> & {
  /** change the item held now (if any), dropping answers still on their way */
  updateData: (change: (data: T) => T) => void;
} {
  const [state, setState] = useState<CachedState<T>>(EMPTY);
  const latest = useRef(0);

  const load = useCallback(async () => {
    const request = ++latest.current;
    try {
      const cached = await loader(id);
      if (request === latest.current) setState({ cached, loaded: true, error: null });
    } catch (thrown) {
      if (request === latest.current) {
        setState((s) => ({ ...s, loaded: true, error: AppError.from(thrown) }));
      }
    }
  }, [id, loader]);

  useEffect(() => {
    void load();
    return subscribe('data:changed', ({ resource }) => {
      if (follows(resource)) void load();
    });
  }, [load, follows]);

  const updateData = useCallback((change: (data: T) => T) => {
    latest.current++;
    setState((s) =>
      s.cached ? { ...s, cached: { ...s.cached, data: change(s.cached.data) } } : s,
    );
  }, []);

  return { ...state, reload: () => void load(), updateData };
}

const EMPTY: CachedState<never> = { cached: null, loaded: false, error: null };
