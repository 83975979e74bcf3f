import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainDetail } from '../../shared/domains/types';
import type { RenewalOffer, RenewalResult } from '../../shared/payments/types';
import { invoiceRoute } from '../billing/routes';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatDate, formatMoney } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { hrefOf } from '../router/routes';
import { daysUntil, expiresSoon, localDate } from './expiry';
import { OFFLINE_REASON_ID } from './use-domain-write';
import { OnlineOnlyButton } from '../components/OnlineOnlyButton';

/** Whether the server would offer a renewal (the same rule: soon, expired, in redemption). */
export function renewalDue(domain: DomainDetail, today: string): boolean {
  if (domain.status === 'expired' || domain.status === 'redemption') return true;
  return domain.status === 'active' && expiresSoon(domain.expiresAt, today);
}

/**
 * "Verlängerung" of a domain that expires soon or has expired: the price from the server,
 * then a confirmation naming what is ordered and what it costs; an invoice is issued.
 */
export function RenewalSection({ domain, online }: { domain: DomainDetail; online: boolean }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const lang = i18n.language;
  const [offer, setOffer] = useState<RenewalOffer | null>(null);
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<RenewalResult | null>(null);
  const today = localDate();
  if (!done && !renewalDue(domain, today)) return null;
  const expired = daysUntil(domain.expiresAt, today) < 0;

  const check = async () => {
    if (!online || pending) return;
    setPending(true);
    setError(null);
    try {
      setOffer(await call('domains:renewal', { name: domain.name }));
    } catch (thrown) {
      setError(AppError.from(thrown));
    } finally {
      setPending(false);
    }
  };

  const order = async (confirmed: RenewalOffer) => {
    setPending(true);
    setError(null);
    try {
      const result = await call('domains:renew', {
        name: domain.name,
        action: confirmed.action,
        grossCents: confirmed.grossCents,
      });
      setAsking(false);
      setOffer(null);
      setDone(result);
    } catch (thrown) {
      const failed = AppError.from(thrown);
      setError(failed);
      // the price changed meanwhile: show the new one instead of the confirmed one
      if (failed.code === 'renewal_changed') {
        setAsking(false);
        setOffer(await call('domains:renewal', { name: domain.name }).catch(() => null));
      }
    } finally {
      setPending(false);
    }
  };

  const amount = (cents: number) => formatMoney(cents, lang);
  return (
    <section
      className="domain-section"
      aria-labelledby="domain-renewal-title"
      data-testid="domain-renewal"
    >
      <h3 id="domain-renewal-title">{t('payments.renewal.title')}</h3>
      {done ? (
        <div role="status" className="notice" data-testid="renewal-done">
          <p>
            {t('payments.renewal.done', {
              domain: done.domain,
              date: formatDate(done.expiresAt, lang),
              number: done.invoiceNumber,
              amount: amount(done.grossCents),
            })}
          </p>
          <p>
            <a href={hrefOf(invoiceRoute(done.invoiceId))}>
              {t('payments.renewal.openInvoice', { number: done.invoiceNumber })}
            </a>
          </p>
        </div>
      ) : (
        <>
          <p>
            {t(expired ? 'payments.renewal.dueExpired' : 'payments.renewal.dueRenew', {
              date: formatDate(domain.expiresAt, lang),
            })}
          </p>
          {offer ? (
            <Offer offer={offer} />
          ) : (
            <OnlineOnlyButton
              offlineReasonId={OFFLINE_REASON_ID}
              className="button button--secondary"
              busy={pending}
              onClick={() => void check()}
            >
              {pending ? t('payments.renewal.checking') : t('payments.renewal.check')}
            </OnlineOnlyButton>
          )}
          {offer ? (
            <OnlineOnlyButton
              offlineReasonId={OFFLINE_REASON_ID}
              className="button button--primary"
              busy={pending}
              onClick={() => setAsking(true)}
            >
              {t(`payments.renewal.order.${offer.action}`, { amount: amount(offer.grossCents) })}
            </OnlineOnlyButton>
          ) : null}
        </>
      )}
      {error && !asking ? (
        <p className="form-error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      {asking && offer ? (
        <ConfirmDialog
          title={t(`payments.renewal.confirmTitle.${offer.action}`, { domain: offer.domain })}
          confirmLabel={t('payments.renewal.confirm')}
          cancelLabel={t('payments.renewal.cancel')}
          pending={pending}
          error={error ? errorText(error) : undefined}
          onConfirm={() => void order(offer)}
          onCancel={() => {
            setAsking(false);
            setError(null);
          }}
        >
          <p>
            {t('payments.renewal.confirmText', {
              date: formatDate(offer.newExpiresAt, lang),
              amount: amount(offer.grossCents),
            })}
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function Offer({ offer }: { offer: RenewalOffer }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div data-testid="renewal-offer">
      <p>
        <strong>
          {t(`payments.renewal.offer.${offer.action}`, {
            years: offer.years,
            date: formatDate(offer.newExpiresAt, lang),
          })}
        </strong>
      </p>
      <table className="data-table">
        <caption className="visually-hidden">{t('payments.renewal.lines')}</caption>
        <tbody>
          {offer.lines.map((line, i) => (
            <tr key={i}>
              <td>{line.description}</td>
              <td className="data-table__amount">{formatMoney(line.netCents, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('payments.renewal.net')}</th>
            <td className="data-table__amount">{formatMoney(offer.netCents, lang)}</td>
          </tr>
          <tr>
            <th scope="row">{t('payments.renewal.vat')}</th>
            <td className="data-table__amount">{formatMoney(offer.vatCents, lang)}</td>
          </tr>
          <tr>
            <th scope="row">{t('payments.renewal.gross')}</th>
            <td className="data-table__amount" data-testid="renewal-gross">
              {formatMoney(offer.grossCents, lang)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
