import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceSummary } from '../../shared/billing';
import { formatDate, formatMoney } from '../format';
import { hrefOf } from '../router/routes';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';
import { invoiceRoute } from './routes';

/** px; the real height is measured, this only sizes the scrollbar before that */
const ROW_ESTIMATE = 49;
/** rows rendered beyond the visible ones, so Tab can walk into the next ones */
const OVERSCAN = 8;

/**
 * The invoices as an ARIA table that renders only the rows in view. Rows carry their place
 * (aria-rowindex of aria-rowcount) so screen readers still know the whole table's size.
 * Positions go to CSS as data attributes read with attr(): the CSP forbids inline styles.
 */
export function InvoiceTable({ invoices }: { invoices: readonly InvoiceSummary[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const scrollRef = useRef<HTMLDivElement>(null);
  // no React Compiler here (the app does not use it); the virtualizer re-renders this itself
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: invoices.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    getItemKey: (index) => invoices[index]?.id ?? index,
  });

  return (
    <div
      role="table"
      className="invoice-table"
      aria-label={t('billing.invoices.tableLabel')}
      aria-rowcount={invoices.length + 1}
    >
      <div role="rowgroup" className="invoice-table__head">
        <div role="row" className="invoice-table__row" aria-rowindex={1}>
          <span role="columnheader">{t('billing.invoices.number')}</span>
          <span role="columnheader">{t('billing.invoices.issueDate')}</span>
          <span role="columnheader">{t('billing.invoices.dueDate')}</span>
          <span role="columnheader" className="invoice-table__amount">
            {t('billing.invoices.amount')}
          </span>
          <span role="columnheader">{t('billing.invoices.status')}</span>
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
                ref={virtualizer.measureElement}
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
                  <InvoiceStatusBadge status={invoice.status} />
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
