import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../shared/billing';
import { formatDate, formatMoney, formatPercent, formatPeriod } from '../format';
import { hrefOf } from '../router/routes';
import { EinvoiceSave } from './EinvoiceSave';
import { InvoicePayment } from './InvoicePayment';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';
import { LoadState } from './LoadState';
import { PdfViewer } from './PdfViewer';
import { BILLING_ROUTES } from './routes';
import { SyncedAt } from './SyncedAt';
import { useInvoice } from './use-invoice';
import { ViewTitle } from './ViewTitle';
import { AmountHeads } from './AmountHeads';

/** One invoice: its data, lines and taxes as text, its e-invoice, and its PDF. */
export function InvoiceDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const state = useInvoice(id);
  const number = state.cached?.data.number;
  return (
    <>
      <p className="back-link">
        <a href={hrefOf(BILLING_ROUTES.invoices)}>{t('billing.invoice.back')}</a>
      </p>
      <ViewTitle>
        {number ? t('billing.invoice.title', { number }) : t('billing.invoice.titleUnknown')}
      </ViewTitle>
      <LoadState state={state} retry={state.reload}>
        {(invoice, syncedAt) => (
          <>
            <InvoiceHeader invoice={invoice} />
            <InvoicePayment invoice={invoice} />
            <InvoiceLines invoice={invoice} />
            <TaxSummary invoice={invoice} />
            <SyncedAt time={syncedAt} />
            <EinvoiceSave invoiceId={invoice.id} />
            <PdfViewer invoiceId={invoice.id} invoiceNumber={invoice.number} />
          </>
        )}
      </LoadState>
    </>
  );
}

function InvoiceHeader({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <dl className="facts" data-testid="invoice-header">
      <div className="facts__item">
        <dt>{t('billing.invoice.number')}</dt>
        <dd>{invoice.number}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('billing.invoice.customerNumber')}</dt>
        <dd>{invoice.customerNumber}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('billing.invoice.issueDate')}</dt>
        <dd>{formatDate(invoice.issueDate, lang)}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('billing.invoice.dueDate')}</dt>
        <dd>{formatDate(invoice.dueDate, lang)}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('billing.invoice.servicePeriod')}</dt>
        <dd>{formatPeriod(invoice.servicePeriodStart, invoice.servicePeriodEnd, lang)}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('billing.invoice.status')}</dt>
        <dd>
          <InvoiceStatusBadge
            status={invoice.status}
            label={t(`billing.status.${invoice.status}`)}
          />
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('billing.invoice.gross')}</dt>
        <dd data-testid="invoice-gross">{formatMoney(invoice.grossCents, lang)}</dd>
      </div>
      {invoice.openCents > 0 ? (
        <div className="facts__item">
          <dt>{t('billing.invoice.open')}</dt>
          <dd>{formatMoney(invoice.openCents, lang)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function InvoiceLines({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rates = new Set(invoice.lines.map((line) => line.vatRate));
  const [onlyRate] = rates;
  const oneRate = rates.size === 1 && onlyRate !== undefined;
  return (
    <section aria-labelledby="invoice-lines-title">
      <h3 id="invoice-lines-title">{t('billing.invoice.lines')}</h3>
      <div className="table-wrap">
        <table className="data-table" data-testid="invoice-lines">
          <thead>
            <tr>
              <th scope="col">{t('billing.invoice.service')}</th>
              <th scope="col">{t('billing.invoice.period')}</th>
              <AmountHeads
                vatLabel={
                  oneRate
                    ? t('billing.invoice.vatAt', { rate: formatPercent(onlyRate, lang) })
                    : undefined
                }
              />
            </tr>
          </thead>
          <tbody>
            {invoice.lines.map((line, i) => (
              <tr key={i}>
                <td>
                  {line.quantity !== 1
                    ? t('billing.invoice.quantity', {
                        quantity: line.quantity,
                        description: line.description,
                      })
                    : line.description}
                </td>
                <td>{formatPeriod(line.periodStart, line.periodEnd, lang)}</td>
                <td className="data-table__amount">{formatMoney(line.netCents, lang)}</td>
                <td className="data-table__amount">
                  {oneRate
                    ? formatMoney(line.vatCents, lang)
                    : t('billing.invoice.vatWithRate', {
                        amount: formatMoney(line.vatCents, lang),
                        rate: formatPercent(line.vatRate, lang),
                      })}
                </td>
                <td className="data-table__amount">{formatMoney(line.grossCents, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function TaxSummary({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section aria-labelledby="invoice-taxes-title">
      <h3 id="invoice-taxes-title">{t('billing.invoice.taxes')}</h3>
      <div className="table-wrap">
        <table className="data-table" data-testid="invoice-taxes">
          <thead>
            <tr>
              <th scope="col">{t('billing.invoice.rate')}</th>
              <AmountHeads />
            </tr>
          </thead>
          <tbody>
            {invoice.taxes.map((tax) => (
              <tr key={tax.vatRate}>
                <th scope="row">{formatPercent(tax.vatRate, lang)}</th>
                <td className="data-table__amount">{formatMoney(tax.netCents, lang)}</td>
                <td className="data-table__amount">{formatMoney(tax.vatCents, lang)}</td>
                <td className="data-table__amount">{formatMoney(tax.grossCents, lang)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('billing.invoice.total')}</th>
              <td className="data-table__amount">{formatMoney(invoice.netCents, lang)}</td>
              <td className="data-table__amount">{formatMoney(invoice.vatCents, lang)}</td>
              <td className="data-table__amount" data-testid="invoice-total">
                {formatMoney(invoice.grossCents, lang)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
