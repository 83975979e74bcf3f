import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillingStatement, Booking } from '../../shared/billing';
import { formatDate, formatMoney, formatNumber } from '../format';
import { hrefOf } from '../router/routes';
import { statementStore } from './billing-stores';
import { LoadState } from './LoadState';
import { invoiceRoute } from './routes';
import { inRange, StatementFilter, useStatementRange } from './StatementFilter';
import { SyncedAt } from './SyncedAt';
import './payments.css';

/** bookings shown at first and added per click: a statement of a large account stays quick */
const PAGE = 100;

/** "Kontoauszug": the current balance and every booking with the balance after it. */
export function StatementView() {
  const state = statementStore.use();
  return (
    <LoadState state={state} retry={() => void statementStore.load()}>
      {(statement, syncedAt) => (
        <>
          <Statement statement={statement} />
          <SyncedAt time={syncedAt} />
        </>
      )}
    </LoadState>
  );
}

/** Newest first; bookings of one day keep the order that produced their running balance. */
function newestFirst(bookings: readonly Booking[]): Booking[] {
  return bookings
    .map((booking, i) => ({ booking, i }))
    .sort((a, b) =>
      a.booking.date === b.booking.date ? b.i - a.i : a.booking.date < b.booking.date ? 1 : -1,
    )
    .map(({ booking }) => booking);
}

function Statement({ statement }: { statement: BillingStatement }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const all = useMemo(() => newestFirst(statement.bookings), [statement.bookings]);
  const range = useStatementRange();
  const bookings = useMemo(() => inRange(all, range), [all, range]);
  const [shown, setShown] = useState(PAGE);
  const balance = statement.balanceCents;

  return (
    <>
      <section className="card card--highlight billing-balance" aria-labelledby="balance-title">
        <h3 className="card__title" id="balance-title">
          {t('billing.statement.balance')}
        </h3>
        <p className="billing-card__value" data-testid="statement-balance">
          {formatMoney(balance, lang)}
        </p>
        <p className="card__hint">
          {balance > 0
            ? t('billing.statement.balanceOpen')
            : balance < 0
              ? t('billing.statement.balanceCredit')
              : t('billing.statement.balanceEven')}
        </p>
      </section>
      {all.length > 0 ? <StatementFilter count={bookings.length} /> : null}
      {bookings.length === 0 ? (
        <p className="notice">
          {all.length === 0 ? t('billing.statement.none') : t('payments.statement.noneInRange')}
        </p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data-table" data-testid="statement-table">
              <caption className="visually-hidden">{t('billing.statement.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('billing.statement.date')}</th>
                  <th scope="col">{t('billing.statement.kind')}</th>
                  <th scope="col">{t('billing.statement.reference')}</th>
                  <th scope="col" className="data-table__amount">
                    {t('billing.statement.amount')}
                  </th>
                  <th scope="col" className="data-table__amount">
                    {t('billing.statement.runningBalance')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {bookings.slice(0, shown).map((booking) => (
                  <tr key={booking.id} data-testid="booking-row">
                    <td>{formatDate(booking.date, lang)}</td>
                    <td>{t(`billing.booking.${booking.kind}`)}</td>
                    <td>
                      {booking.invoiceId ? (
                        <a href={hrefOf(invoiceRoute(booking.invoiceId))}>{booking.reference}</a>
                      ) : (
                        booking.reference
                      )}
                    </td>
                    <td className="data-table__amount">{formatMoney(booking.amountCents, lang)}</td>
                    <td className="data-table__amount">
                      {formatMoney(booking.balanceCents, lang)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown < bookings.length ? (
            <div className="form__actions billing-more">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setShown((n) => n + PAGE)}
              >
                {t('billing.statement.more', {
                  count: Math.min(PAGE, bookings.length - shown),
                  shown: formatNumber(Math.min(PAGE, bookings.length - shown), lang),
                })}
              </button>
              <span className="meta">
                {t('billing.statement.shown', {
                  shown: formatNumber(shown, lang),
                  all: formatNumber(bookings.length, lang),
                })}
              </span>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
