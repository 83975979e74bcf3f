import { useTranslation } from 'react-i18next';
import type { InvoiceStatus, InvoiceSummary } from '../../shared/billing';
import { useListSort, type SortValues } from '../components/list-sort';
import { SortableTh } from '../components/SortButton';
import { useFixedRows } from '../components/use-fixed-rows';
import { formatDate, formatMoney } from '../format';
import { hrefOf } from '../router/routes';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';
import { invoiceRoute } from './routes';

/**
 * A row's height in rem, as styles/billing.css sets it. Rows are not measured: reading each new row's
 * height forces a layout per row and cost more than the whole filter keystroke.
 */
const ROW_REM = 3.125;
const invoiceKey = (invoice: InvoiceSummary) => invoice.id;

/** what needs attention first: overdue, open, paid, cancelled */
const STATUS_ORDER: readonly InvoiceStatus[] = ['overdue', 'open', 'paid', 'cancelled'];
type InvoiceColumn = 'number' | 'issueDate' | 'dueDate' | 'amount' | 'status';
/** the orders of the invoice list; without a choice it stays newest first */
const INVOICE_ORDER: SortValues<InvoiceSummary, InvoiceColumn> = {
  number: (i) => i.number,
  issueDate: (i) => i.issueDate,
  dueDate: (i) => i.dueDate,
  amount: (i) => i.grossCents,
  status: (i) => STATUS_ORDER.indexOf(i.status),
};

/**
 * The invoices as an ARIA table that renders only the rows in view. Rows carry their place
 * (aria-rowindex of aria-rowcount) so screen readers still know the whole table's size.
 * Positions go to CSS as data attributes read with attr(): the CSP forbids inline styles.
 * Rows have one fixed height (cells keep to one line), so no row needs measuring.
 */
export function InvoiceTable({ invoices: rows }: { invoices: readonly InvoiceSummary[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { sorted: invoices, sort, sortBy } = useListSort('invoices', rows, INVOICE_ORDER);
  const sorting = { sort, onSort: sortBy };
  const { scrollRef, virtualizer } = useFixedRows(invoices, invoiceKey, ROW_REM);

  return (
    <div
      role="table"
      className="invoice-table"
      // "neueste zuerst" only while the list keeps its own order
      aria-label={sort ? t('layout.invoices.tableLabel') : t('billing.invoices.tableLabel')}
      aria-rowcount={invoices.length + 1}
    >
      <div role="rowgroup" className="invoice-table__head">
        <div role="row" className="invoice-table__row" aria-rowindex={1}>
          <SortableTh aria label={t('billing.invoices.number')} column="number" {...sorting} />
          <SortableTh
            aria
            label={t('billing.invoices.issueDate')}
            column="issueDate"
            {...sorting}
          />
          <SortableTh aria label={t('billing.invoices.dueDate')} column="dueDate" {...sorting} />
          <SortableTh
            aria
            label={t('billing.invoices.amount')}
            column="amount"
            className="invoice-table__amount"
            {...sorting}
          />
          <SortableTh aria label={t('billing.invoices.status')} column="status" {...sorting} />
        </div>
      </div>
      <div className="invoice-table__scroll" ref={scrollRef}>
        <div
          role="rowgroup"
          className="invoice-table__body"
          data-total={virtualizer.getTotalSize()}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const invoice = invoices[item.index]!;
            return (
              <div
                role="row"
                key={item.key}
                className="invoice-table__row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                data-start={item.start}
                data-testid="invoice-row"
              >
                <span role="cell">
                  <a className="invoice-table__number" href={hrefOf(invoiceRoute(invoice.id))}>
                    {invoice.number}
                  </a>
                </span>
                <span role="cell">{formatDate(invoice.issueDate, lang)}</span>
                <span role="cell">{formatDate(invoice.dueDate, lang)}</span>
                <span role="cell" className="invoice-table__amount">
                  {formatMoney(invoice.grossCents, lang)}
                </span>
                <span role="cell">
                  <InvoiceStatusBadge
                    status={invoice.status}
                    label={t(`billing.status.${invoice.status}`)}
                  />
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
