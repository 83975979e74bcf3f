import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cached } from '../../shared/domain';
import { useSyncStore } from '../app/sync-store';
import { useOnline } from '../components/use-online';
import { useErrorText } from '../i18n/use-error-text';
import type { CachedState } from './cached-store';

interface LoadStateProps<T> {
  state: CachedState<T>;
  retry: () => void;
  children: (data: T, syncedAt: string) => ReactNode;
}

/** A cached document's view, or why it is not there yet: loading, offline with nothing, error. */
export function LoadState<T>({ state, retry, children }: LoadStateProps<T>) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const confirmedAt = useSyncStore((s) => s.status?.confirmedAt ?? null);
  if (state.cached) {
    return <>{children(state.cached.data, syncedAtOf(state.cached, confirmedAt))}</>;
  }
  if (state.error) {
    return (
      <div className="form-error" role="alert">
        <p>{errorText(state.error)}</p>
        <button type="button" className="button button--secondary" onClick={retry}>
          {t('billing.retry')}
        </button>
      </div>
    );
  }
  if (state.loaded && !online) {
    return (
      <p className="notice" role="status">
        {t('billing.offlineNoData')}
      </p>
    );
  }
  return (
    <p className="notice" role="status" aria-busy="true">
      {t('billing.loading')}
    </p>
  );
}

/**
 * "Stand" of data the sync engine follows: its own fetch, or the last completed pass if later
 * (a pass that found nothing changed confirmed it as well, without a new read here).
 */
export function syncedAtOf(cached: Cached<unknown>, confirmedAt: string | null): string {
  return cached.followsSync && confirmedAt !== null && confirmedAt > cached.syncedAt
    ? confirmedAt
    : cached.syncedAt;
}
