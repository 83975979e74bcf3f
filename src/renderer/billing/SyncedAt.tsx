import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';

/** "Stand: …": when the server last confirmed what is shown. */
export function SyncedAt({ time }: { time: string }) {
  const { t, i18n } = useTranslation();
  return (
    <p className="meta">{t('billing.syncedAt', { time: formatDateTime(time, i18n.language) })}</p>
  );
}
