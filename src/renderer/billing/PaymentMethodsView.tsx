import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethodKind, PaymentMethods } from '../../shared/billing';
import { NeedsConnection } from '../components/NeedsConnection';
import { useOnline } from '../components/use-online';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { hrefOf } from '../router/routes';
import { overviewStore, paymentMethodsStore } from './billing-stores';
import { LoadState } from './LoadState';
import { BILLING_ROUTES } from './routes';
import { SyncedAt } from './SyncedAt';

/** the provider's order; only those main lists as available are shown */
const ORDER: readonly PaymentMethodKind[] = [
  'sepa_direct_debit',
  'bank_transfer',
  'paypal',
  'credit_card',
];
const OFFLINE_REASON_ID = 'payment-methods-offline';

/** "Zahlungsarten": what each method means, which is current, and switching the default. */
export function PaymentMethodsView() {
  const state = paymentMethodsStore.use();
  return (
    <LoadState state={state} retry={() => void paymentMethodsStore.load()}>
      {(methods, syncedAt) => (
        <>
          <MethodList methods={methods} />
          <SyncedAt time={syncedAt} />
        </>
      )}
    </LoadState>
  );
}

function MethodList({ methods }: { methods: PaymentMethods }) {
  const { t } = useTranslation();
  const online = useOnline();
  const [pending, setPending] = useState<PaymentMethodKind | null>(null);
  const [failure, setFailure] = useState<{ kind: PaymentMethodKind; error: AppError } | null>(null);
  const [changed, setChanged] = useState<PaymentMethodKind | null>(null);
  const shown = ORDER.filter((kind) => methods.available.includes(kind));

  const choose = async (kind: PaymentMethodKind) => {
    if (pending || !online) return;
    setPending(kind);
    setFailure(null);
    setChanged(null);
    try {
      paymentMethodsStore.put(await call('payment:setDefault', { kind }));
      setChanged(kind);
      void overviewStore.load();
    } catch (thrown) {
      setFailure({ kind, error: AppError.from(thrown) });
    } finally {
      setPending(null);
    }
  };

  return (
    <>
      <p className="lead">{t('billing.methods.intro')}</p>
      {!online ? <NeedsConnection id={OFFLINE_REASON_ID} /> : null}
      <div role="status" className="billing-methods__status">
        {changed ? (
          <p className="notice notice--success">
            {t('billing.methods.changed', { method: t(`billing.methods.name.${changed}`) })}
          </p>
        ) : null}
      </div>
      <ul className="billing-methods" data-help-target="payment-methods">
        {shown.map((kind) => (
          <li key={kind}>
            <MethodCard
              kind={kind}
              current={methods.current === kind}
              pending={pending === kind}
              blocked={!online || pending !== null}
              offline={!online}
              error={failure?.kind === kind ? failure.error : null}
              onChoose={() => void choose(kind)}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

interface MethodCardProps {
  kind: PaymentMethodKind;
  current: boolean;
  pending: boolean;
  blocked: boolean;
  offline: boolean;
  error: AppError | null;
  onChoose: () => void;
}

function MethodCard({
  kind,
  current,
  pending,
  blocked,
  offline,
  error,
  onChoose,
}: MethodCardProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const titleId = `method-${kind}-title`;
  return (
    <section
      className={current ? 'card billing-method billing-method--current' : 'card billing-method'}
      aria-labelledby={titleId}
      data-testid={`payment-method-${kind}`}
    >
      <div className="billing-method__head">
        <h3 className="billing-method__title" id={titleId}>
          {t(`billing.methods.name.${kind}`)}
        </h3>
        {current ? (
          <span className="badge badge--current" data-testid="current-payment-method">
            {t('billing.methods.current')}
          </span>
        ) : null}
      </div>
      <p>{t(`billing.methods.text.${kind}`)}</p>
      {current ? null : (
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={blocked || undefined}
          aria-busy={pending || undefined}
          aria-describedby={offline ? OFFLINE_REASON_ID : undefined}
          onClick={() => {
            if (!blocked) onChoose();
          }}
        >
          {t('billing.methods.setDefault')}
        </button>
      )}
      {error ? (
        <div className="form-error" role="alert">
          <p>{errorText(error)}</p>
          {error.messageKey === 'errors.mandate_required' ? (
            <p>
              <a href={hrefOf(BILLING_ROUTES.sepa)}>{t('billing.methods.toMandate')}</a>
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
