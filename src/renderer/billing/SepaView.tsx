import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SepaMandate } from '../../shared/billing';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { NeedsConnection } from '../components/NeedsConnection';
import { useOnline } from '../components/use-online';
import { formatDateTime } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { mandatesStore } from './billing-stores';
import { LoadState } from './LoadState';
import { SepaForm } from './SepaForm';
import { useSepaStore } from './sepa-store';
import { SyncedAt } from './SyncedAt';
import { VIEW_TITLE_ID } from './ViewTitle';
import { OnlineOnlyButton } from '../components/OnlineOnlyButton';

const OFFLINE_REASON_ID = 'sepa-revoke-offline';

/** "SEPA-Lastschriftmandat": the active mandate (and revoking it), else the form to grant one. */
export function SepaView() {
  const state = mandatesStore.use();
  return (
    <>
      <SepaNoticeLine />
      <LoadState state={state} retry={() => void mandatesStore.load()}>
        {(mandates, syncedAt) => {
          const active = mandates.mandates.find((m) => m.status === 'active');
          return (
            <div data-help-target="sepa-mandate">
              {active ? (
                <MandateDetails mandate={active} />
              ) : (
                <SepaForm creditorId={mandates.creditorId} nextReference={mandates.nextReference} />
              )}
              <SyncedAt time={syncedAt} />
            </div>
          );
        }}
      </LoadState>
    </>
  );
}

function SepaNoticeLine() {
  const { t } = useTranslation();
  const notice = useSepaStore((s) => s.notice);
  // the form or the mandate that had focus is gone: start again at the view's heading
  useEffect(() => {
    if (notice) document.getElementById(VIEW_TITLE_ID)?.focus();
  }, [notice]);
  return (
    <div role="status" data-testid="sepa-notice">
      {notice ? (
        <p className="notice notice--success">
          {notice === 'created' ? t('billing.sepa.created') : t('billing.sepa.revoked')}
        </p>
      ) : null}
    </div>
  );
}

function MandateDetails({ mandate }: { mandate: SepaMandate }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const [confirming, setConfirming] = useState(false);
  const revokePending = useSepaStore((s) => s.revokePending);
  const revokeError = useSepaStore((s) => s.revokeError);
  const { revoke, clearRevokeError } = useSepaStore.getState();

  return (
    <section className="card" aria-labelledby="mandate-title">
      <h3 id="mandate-title" className="card__title">
        {t('billing.sepa.activeTitle')}
      </h3>
      <dl className="facts" data-testid="sepa-mandate">
        <div className="facts__item">
          <dt>{t('billing.sepa.status')}</dt>
          <dd>
            <span className="badge badge--verified">{t('billing.sepa.statusActive')}</span>
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t('billing.sepa.accountHolder')}</dt>
          <dd>{mandate.accountHolder}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('billing.sepa.iban')}</dt>
          <dd className="mono" data-testid="mandate-iban">
            {mandate.ibanMasked}
          </dd>
        </div>
        {mandate.bic ? (
          <div className="facts__item">
            <dt>{t('billing.sepa.bic')}</dt>
            <dd className="mono">{mandate.bic}</dd>
          </div>
        ) : null}
        <div className="facts__item">
          <dt>{t('billing.sepa.reference')}</dt>
          <dd className="mono" data-testid="mandate-reference">
            {mandate.reference}
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t('billing.sepa.creditorId')}</dt>
          <dd className="mono">{mandate.creditorId}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('billing.sepa.signedAt')}</dt>
          <dd>{formatDateTime(mandate.signedAt, i18n.language)}</dd>
        </div>
      </dl>
      {!online ? <NeedsConnection id={OFFLINE_REASON_ID} /> : null}
      <div className="form__actions">
        <OnlineOnlyButton
          offlineReasonId={OFFLINE_REASON_ID}
          className="button button--danger"
          onClick={() => setConfirming(true)}
        >
          {t('billing.sepa.revoke')}
        </OnlineOnlyButton>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('billing.sepa.revokeTitle')}
          confirmLabel={t('billing.sepa.revokeConfirm')}
          cancelLabel={t('billing.sepa.revokeCancel')}
          pending={revokePending || !online}
          error={revokeError ? <p>{errorText(revokeError)}</p> : null}
          onCancel={() => {
            clearRevokeError();
            setConfirming(false);
          }}
          onConfirm={() => {
            void revoke(mandate.id).then((done) => {
              if (done) setConfirming(false);
            });
          }}
        >
          <p>{t('billing.sepa.revokeText', { reference: mandate.reference })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
