import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { meStore } from '../app/me-store';
import { useSyncStore } from '../app/sync-store';
import { useDocumentTitle } from '../components/use-document-title';
import { formatDateTime } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { displayName } from './account-format';
import { connectAccount, useAccountStore } from './account-store';
import { AddressCard } from './AddressCard';
import { CustomerNumberCard } from './CustomerNumberCard';
import { VerificationCard } from './VerificationCard';
import { NOTICE_PARAM } from '../../shared/dashboard/routes';
import { useRoute } from '../router/hash';
import { NoticeView } from './NoticeView';
import { OverviewCards } from './OverviewCards';
import { connectOverview, useOverviewStore } from './overview-store';

/** "Übersicht", or one provider notice when the route names one (#/?notice=<id>). */
export function DashboardScreen() {
  const notice = useRoute().params.get(NOTICE_PARAM);
  return notice ? <NoticeView id={notice} /> : <Overview />;
}

/** The cards that answer the daily questions, then Kundennummer, verification and address. */
function Overview() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  useDocumentTitle(t('dashboard.title'));
  const { account, loaded, error, load } = useAccountStore();
  const online = useSyncStore((s) => s.status?.online ?? true);
  // how fresh the cache is: the last time sync reached the server, as main reports it live
  const lastSynced = useSyncStore((s) => s.status?.lastSyncedAt ?? null);
  // a colleague without the customer-data right still gets the number and who they are
  const me = meStore.use((s) => s.cached?.data ?? null);

  const overview = useOverviewStore((st) => st.overview);

  useEffect(() => connectAccount(), []);
  useEffect(() => connectOverview(), []);

  let body;
  if (account) {
    const a = account.data;
    body = (
      <>
        <div className="greeting">
          <p className="greeting__name">{t('dashboard.greeting', { name: displayName(a) })}</p>
          {a.company ? <p className="greeting__company">{a.company}</p> : null}
        </div>
        <OverviewCards overview={overview} />
        <div className="card-grid">
          <CustomerNumberCard customerNumber={a.customerNumber} />
          <VerificationCard status={a.verificationStatus} />
          <AddressCard account={a} />
        </div>
        <p className="meta" data-testid="dashboard-synced-at">
          {t('dashboard.syncedAt', {
            time: formatDateTime(
              lastSynced ?? overview?.syncedAt ?? account.syncedAt,
              i18n.language,
            ),
          })}
        </p>
      </>
    );
  } else if (error?.code === 'forbidden' && me) {
    body = (
      <>
        <div className="greeting">
          <p className="greeting__name">{t('dashboard.greeting', { name: me.name })}</p>
          <p className="greeting__company">{me.customer.displayName}</p>
        </div>
        <OverviewCards overview={overview} />
        <div className="card-grid">
          <CustomerNumberCard customerNumber={me.customer.customerNumber} />
        </div>
        <p className="notice">{t('dashboard.limited', { right: t('team.rights.customerData') })}</p>
      </>
    );
  } else if (error) {
    body = (
      <div className="form-error" role="alert">
        <p>{errorText(error)}</p>
        <button type="button" className="button button--secondary" onClick={() => void load()}>
          {t('dashboard.retry')}
        </button>
      </div>
    );
  } else if (loaded && !online) {
    body = (
      <p className="notice" role="status">
        {t('dashboard.offlineNoData')}
      </p>
    );
  } else {
    body = (
      <p className="notice" role="status" aria-busy="true">
        {t('dashboard.loading')}
      </p>
    );
  }

  return (
    <div className="screen">
      <h1>{t('dashboard.title')}</h1>
      {body}
    </div>
  );
}
