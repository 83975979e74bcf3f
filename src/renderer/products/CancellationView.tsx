import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cancellation, Contract } from '../../shared/products/types';
import { LoadState } from '../billing/LoadState';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormError } from '../components/FormError';
import { NeedsConnection } from '../components/NeedsConnection';
import { useOnline } from '../components/use-online';
import { formatDate, formatDateTime } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { hrefOf } from '../router/routes';
import { localToday } from './contract-format';
import { contractsStore, useContract, useSentCancellations } from './products-stores';
import { contractRoute } from './routes';
import { ViewTitle } from './ViewTitle';
import { OnlineOnlyButton } from '../components/OnlineOnlyButton';

const OFFLINE_ID = 'cancellation-offline';

/** The receipt of a contract's cancellation: when it was sent, saving it as PDF, revoking it. */
export function CancellationView({ contractId }: { contractId: string }) {
  const { t } = useTranslation();
  const state = useContract(contractId);
  const sent = useSentCancellations((s) => s[contractId]);
  const [revoked, setRevoked] = useState(false);
  return (
    <>
      <p className="back-link">
        <a href={hrefOf(contractRoute(contractId))}>{t('products.receipt.back')}</a>
      </p>
      <ViewTitle>{t('products.receipt.title')}</ViewTitle>
      {revoked ? (
        <p className="notice notice--success" role="status" data-testid="revoked">
          {t('products.receipt.revoked')}
        </p>
      ) : (
        <LoadState state={state} retry={state.reload}>
          {(contract) => {
            const cancellation = pick(contract.cancellation, sent);
            return cancellation && cancellation.status !== 'revoked' ? (
              <Receipt
                contract={contract}
                cancellation={cancellation}
                onRevoked={() => {
                  useSentCancellations.setState((sentBefore) => {
                    const rest = { ...sentBefore };
                    delete rest[contractId];
                    return rest;
                  }, true);
                  setRevoked(true);
                  state.reload();
                  void contractsStore.load();
                }}
              />
            ) : (
              <p className="notice">{t('products.receipt.none')}</p>
            );
          }}
        </LoadState>
      )}
    </>
  );
}

/** The newer of what the cache holds and what was just sent. */
function pick(cached: Cancellation | null, sent: Cancellation | undefined): Cancellation | null {
  if (!sent) return cached;
  if (!cached || cached.id === sent.id) return cached ?? sent;
  return cached.createdAt >= sent.createdAt ? cached : sent;
}

function Receipt({
  contract,
  cancellation: c,
  onRevoked,
}: {
  contract: Contract;
  cancellation: Cancellation;
  onRevoked: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const online = useOnline();
  const errorText = useErrorText();
  const [saved, setSaved] = useState<boolean | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [confirm, setConfirm] = useState(false);
  const [pending, setPending] = useState(false);
  const [revokeError, setRevokeError] = useState<AppError | null>(null);
  const revocable = c.endDate > localToday();

  const facts: [string, string, string?][] = [
    [t('products.receipt.status'), t(`products.receipt.status_${c.status}`), 'receipt-status'],
    [
      t('products.receipt.contract'),
      t('products.cancel.contractOption', {
        product: contract.productName,
        number: contract.contractNumber,
      }),
    ],
    [t('products.cancel.kind'), t(`products.cancel.kind_${c.kind}`)],
    [t('products.cancel.endDate'), formatDate(c.endDate, lang), 'receipt-end-date'],
    [t('products.receipt.sentAt'), formatDateTime(c.createdAt, lang), 'receipt-sent-at'],
    [t('products.cancel.requestedBy'), c.requestedBy],
    [t('products.receipt.confirmationTo'), c.confirmationEmail],
  ];
  if (c.reason) facts.push([t('products.cancel.reason'), c.reason]);
  if (c.closingCompany) {
    facts.push([t('products.receipt.closingCompany'), t('products.receipt.closingCompanyYes')]);
  }

  return (
    <>
      <p className="lead" data-testid="receipt-lead">
        {t(`products.receipt.lead_${c.status === 'requested' ? 'requested' : 'confirmed'}`, {
          date: formatDate(c.endDate, lang),
          email: c.confirmationEmail,
        })}
      </p>
      <dl className="facts" data-testid="receipt">
        {facts.map(([label, value, testId]) => (
          <div className="facts__item" key={label}>
            <dt>{label}</dt>
            <dd data-testid={testId}>{value}</dd>
          </div>
        ))}
      </dl>
      {!online ? <NeedsConnection id={OFFLINE_ID} /> : null}
      {error ? <FormError>{errorText(error)}</FormError> : null}
      <div className="form__actions">
        <OnlineOnlyButton
          offlineReasonId={OFFLINE_ID}
          className="button button--primary"
          onClick={() => {
            setError(null);
            setSaved(null);
            call('cancellation:saveReceipt', { contractId: contract.id }).then(
              (result) => setSaved(result.saved),
              (thrown: unknown) => setError(AppError.from(thrown)),
            );
          }}
        >
          {t('products.receipt.savePdf')}
        </OnlineOnlyButton>
        {revocable ? (
          <OnlineOnlyButton
            offlineReasonId={OFFLINE_ID}
            className="button button--secondary"
            onClick={() => {
              setRevokeError(null);
              setConfirm(true);
            }}
          >
            {t('products.receipt.revoke')}
          </OnlineOnlyButton>
        ) : null}
      </div>
      <p role="status" className="meta" data-testid="receipt-saved">
        {saved === true
          ? t('products.receipt.saved')
          : saved === false
            ? t('products.receipt.notSaved')
            : null}
      </p>
      {revocable ? (
        <p className="meta">
          {t('products.receipt.revocableUntil', { date: formatDate(c.endDate, lang) })}
        </p>
      ) : null}
      {confirm ? (
        <ConfirmDialog
          title={t('products.receipt.revokeTitle')}
          confirmLabel={t('products.receipt.revokeConfirm')}
          cancelLabel={t('products.cancelAction')}
          pending={pending}
          error={revokeError ? errorText(revokeError) : undefined}
          onCancel={() => setConfirm(false)}
          onConfirm={() => {
            setPending(true);
            call('cancellation:revoke', { contractId: contract.id }).then(
              () => {
                setPending(false);
                setConfirm(false);
                onRevoked();
              },
              (thrown: unknown) => {
                setPending(false);
                setRevokeError(AppError.from(thrown));
              },
            );
          }}
        >
          <p>{t('products.receipt.revokeText', { product: contract.productName })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
