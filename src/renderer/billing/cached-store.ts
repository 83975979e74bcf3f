/** A store for one cache-first document from main: what main holds, reloaded when sync says so. */
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Cached } from '../../shared/domain';
import { AppError } from '../ipc';

export interface CachedState<T> {
  cached: Cached<T> | null;
  /** main has answered at least once (its answer may still be null: nothing cached yet) */
  loaded: boolean;
  error: AppError | null;
}

export interface CachedStore<T> {
  use: UseBoundStore<StoreApi<CachedState<T>>>;
  /** the sync resources whose changes this document follows */
  resources: readonly string[];
  load: () => Promise<void>;
  /** take a fresh copy a write answered with, without waiting for sync */
  put: (data: T) => void;
  reset: () => void;
}

/** A store filled by `loader`; answers that arrive after a newer request are dropped. */
export function createCachedStore<T>(
  loader: () => Promise<Cached<T> | null>,
  resources: readonly string[],
): CachedStore<T> {
  const initial: CachedState<T> = { cached: null, loaded: false, error: null };
  const use = create<CachedState<T>>()(() => initial);
  let latest = 0;
  return {
    use,
    resources,
    load: async () => {
      const request = ++latest;
      try {
        const cached = await loader();
        if (request === latest) use.setState({ cached, loaded: true, error: null });
      } catch (thrown) {
        if (request === latest) use.setState({ loaded: true, error: AppError.from(thrown) });
      }
    },
    put: (data) => {
      latest++;
      use.setState({
        cached: { data, syncedAt: new Date().toISOString() },
        loaded: true,
        error: null,
      });
    },
    reset: () => {
      latest++;
      use.setState(initial, true);
    },
  };
}
