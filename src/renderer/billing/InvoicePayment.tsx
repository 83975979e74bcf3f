import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../shared/billing';
import type { InvoicePayment as Payment } from '../../shared/payments/ipc';
import type { OnlineMethod } from '../../shared/payments/types';
import { NeedsConnection } from '../components/NeedsConnection';
import { useOnline } from '../components/use-online';
import { formatMoney, localeOf } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { CopyValue } from './CopyValue';
import { QrMatrixSvg } from '../components/QrMatrixSvg';
import { useCachedItem } from './use-cached-item';
import './payments.css';
import { OnlineOnlyButton } from '../components/OnlineOnlyButton';

const OFFLINE_ID = 'invoice-pay-offline';
const loadPayment = (id: string) => call('invoices:payment', { id });
const followsPayment = (resource: string) =>
  resource === 'invoices' || resource === 'payment-details';

/** "DE89 3704 0044 0532 0130 00": the IBAN in groups of four, as it is printed. */
export function groupIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The amount as a banking app's field takes it: "88,05" (de) or "88.05" (en), no grouping. */
export function plainAmount(cents: number, lang: string): string {
  return new Intl.NumberFormat(localeOf(lang), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(cents / 100);
}

/** "Bezahlen": a transfer with copy buttons and its GiroCode, or PayPal/card online. */
export function InvoicePayment({ invoice }: { invoice: Invoice }) {
  return invoice.openCents > 0 ? <PaymentSection invoiceId={invoice.id} /> : null;
}

function PaymentSection({ invoiceId }: { invoiceId: string }) {
  const { t } = useTranslation();
  const state = useCachedItem(invoiceId, loadPayment, followsPayment);
  const payment = state.cached?.data;
  return (
    <section
      className="card invoice-payment"
      aria-labelledby="invoice-pay-title"
      data-testid="invoice-payment"
    >
      <h3 id="invoice-pay-title">{t('payments.pay.title')}</h3>
      {payment ? (
        <>
          <Transfer payment={payment} />
          <OnlinePayment invoiceId={invoiceId} methods={payment.onlineMethods} />
        </>
      ) : state.loaded ? (
        <p className="notice">{t('payments.pay.unavailable')}</p>
      ) : null}
    </section>
  );
}

function Transfer({ payment }: { payment: Payment }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { transfer } = payment;
  return (
    <div className="invoice-payment__transfer">
      <div>
        <h4>{t('payments.pay.transferTitle')}</h4>
        <p>{t('payments.pay.transferIntro')}</p>
        <dl className="facts facts--compact" data-testid="transfer-facts">
          <CopyValue
            label={t('payments.pay.recipient')}
            shown={transfer.recipient}
            text={transfer.recipient}
            data-testid="transfer-recipient"
          />
          <CopyValue
            label={t('payments.pay.iban')}
            shown={groupIban(transfer.iban)}
            text={transfer.iban}
            data-testid="transfer-iban"
          />
          <CopyValue
            label={t('payments.pay.bic')}
            shown={transfer.bic}
            text={transfer.bic}
            data-testid="transfer-bic"
          />
          <CopyValue
            label={t('payments.pay.amount')}
            shown={formatMoney(transfer.amountCents, lang)}
            text={plainAmount(transfer.amountCents, lang)}
            data-testid="transfer-amount"
          />
          <CopyValue
            label={t('payments.pay.reference')}
            shown={transfer.reference}
            text={transfer.reference}
            data-testid="transfer-reference"
          />
          <div className="facts__item">
            <dt>{t('payments.pay.bank')}</dt>
            <dd>{transfer.bankName}</dd>
          </div>
        </dl>
      </div>
      {payment.giroCode ? (
        <figure className="invoice-payment__girocode">
          <QrMatrixSvg
            size={payment.giroCode.size}
            modules={payment.giroCode.modules}
            label={t('payments.pay.giroCodeLabel', {
              amount: formatMoney(transfer.amountCents, lang),
              reference: transfer.reference,
            })}
            data-testid="girocode"
          />
          <figcaption className="meta">{t('payments.pay.giroCodeHint')}</figcaption>
        </figure>
      ) : null}
    </div>
  );
}

function OnlinePayment({
  invoiceId,
  methods,
}: {
  invoiceId: string;
  methods: readonly OnlineMethod[];
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const online = useOnline();
  const [pending, setPending] = useState<OnlineMethod | null>(null);
  const [opened, setOpened] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  if (methods.length === 0) return null;

  const pay = async (method: OnlineMethod) => {
    if (!online || pending) return;
    setPending(method);
    setError(null);
    setOpened(false);
    try {
      await call('invoices:payOnline', { id: invoiceId, method });
      setOpened(true);
    } catch (thrown) {
      setError(AppError.from(thrown));
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="invoice-payment__online">
      <h4>{t('payments.pay.onlineTitle')}</h4>
      {!online ? <NeedsConnection id={OFFLINE_ID} /> : null}
      <p>{t('payments.pay.onlineIntro')}</p>
      <div className="form__actions">
        {methods.map((method) => (
          <OnlineOnlyButton
            offlineReasonId={OFFLINE_ID}
            key={method}
            className="button button--secondary"
            busy={pending !== null}
            onClick={() => void pay(method)}
          >
            {pending === method ? t('payments.pay.opening') : t(`payments.pay.method.${method}`)}
          </OnlineOnlyButton>
        ))}
      </div>
      <p role="status" data-testid="online-payment-status">
        {opened ? t('payments.pay.opened') : null}
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
    </div>
  );
}
