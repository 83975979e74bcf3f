import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CancellationOptions, ContractSummary } from '../../shared/products/types';
import { NeedsConnection } from '../components/NeedsConnection';
import { useOnline } from '../components/use-online';
import { formatDate } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { navigate } from '../router/hash';
import { hrefOf } from '../router/routes';
import { CancelFormFields } from './CancelFormFields';
import { contractsStore } from './products-stores';
import { cancellationRoute, cancelRoute, contractRoute, PRODUCTS_ROUTE } from './routes';
import { ViewTitle } from './ViewTitle';

const OFFLINE_ID = 'cancel-offline';

/** "Verträge hier kündigen": the one confirmation page of a cancellation. */
export function CancelView({ preselect }: { preselect: string | null }) {
  const { t } = useTranslation();
  const online = useOnline();
  const contracts = contractsStore.use();
  const back = preselect ? contractRoute(preselect) : PRODUCTS_ROUTE;
  const candidates = (contracts.cached?.data ?? []).filter((c) => c.status === 'active');
  return (
    <>
      <p className="back-link">
        <a href={hrefOf(back)}>{t('products.cancel.back')}</a>
      </p>
      <ViewTitle>{t('products.cancel.title')}</ViewTitle>
      <p className="lead">{t('products.cancel.intro')}</p>
      {online ? (
        <>
          <ContractChoice candidates={candidates} preselect={preselect} />
          {preselect ? <CancelForm key={preselect} contractId={preselect} /> : null}
        </>
      ) : (
        <div data-testid="cancel-offline">
          <NeedsConnection id={OFFLINE_ID} />
          <p>{t('products.cancel.offline')}</p>
        </div>
      )}
    </>
  );
}

/** Which contract: choosing one opens the page for it (the address names it). */
function ContractChoice({
  candidates,
  preselect,
}: {
  candidates: readonly ContractSummary[];
  preselect: string | null;
}) {
  const { t } = useTranslation();
  const known = candidates.some((c) => c.id === preselect);
  return (
    <div className="field" data-help-target="cancel-contract">
      <label className="field__label" htmlFor="cancel-contract">
        {t('products.cancel.contract')}
      </label>
      <select
        id="cancel-contract"
        className="field__select"
        value={preselect ?? ''}
        onChange={(event) => {
          if (event.target.value) navigate(cancelRoute(event.target.value));
        }}
      >
        {!preselect ? <option value="">{t('products.cancel.chooseContract')}</option> : null}
        {preselect && !known ? <option value={preselect}>{preselect}</option> : null}
        {candidates.map((c) => (
          <option key={c.id} value={c.id}>
            {t('products.cancel.contractOption', {
              product: c.productName,
              number: c.contractNumber,
            })}
          </option>
        ))}
      </select>
    </div>
  );
}

interface OptionsState {
  options: CancellationOptions | null;
  error: AppError | null;
}

function CancelForm({ contractId }: { contractId: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [state, setState] = useState<OptionsState>({ options: null, error: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    call('cancellation:options', { contractId }).then(
      (options) => {
        if (current) setState({ options, error: null });
      },
      (thrown: unknown) => {
        if (current) setState({ options: null, error: AppError.from(thrown) });
      },
    );
    return () => {
      current = false;
    };
  }, [contractId, attempt]);

  if (state.error) {
    return (
      <div className="form-error" role="alert">
        <p>{errorText(state.error)}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setAttempt((n) => n + 1)}
        >
          {t('billing.retry')}
        </button>
      </div>
    );
  }
  const options = state.options;
  if (!options) {
    return (
      <p className="notice" role="status" aria-busy="true">
        {t('billing.loading')}
      </p>
    );
  }
  if (options.cancellation && options.cancellation.status !== 'revoked') {
    return (
      <div className="notice" data-testid="already-cancelled">
        <p>
          {t('products.cancel.alreadyCancelled', {
            date: formatDate(options.cancellation.endDate, i18n.language),
          })}
        </p>
        <p>
          <a href={hrefOf(cancellationRoute(contractId))}>
            {t('products.detail.showCancellation')}
          </a>
        </p>
      </div>
    );
  }
  if (!options.cancellable) {
    return <p className="notice">{t('products.detail.notCancellable')}</p>;
  }
  return <CancelFormFields options={options} />;
}
