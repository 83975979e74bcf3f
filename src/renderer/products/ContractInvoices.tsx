/**
 * A contract's invoices: the newest ones come with the contract (offline too), the older ones
 * a page at a time from the server on request (a contract of many years has thousands).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contract, ContractInvoiceRef } from '../../shared/products/types';
import { invoiceRoute } from '../billing/routes';
import { NeedsConnection } from '../components/NeedsConnection';
import { OnlineOnlyButton } from '../components/OnlineOnlyButton';
import { useOnline } from '../components/use-online';
import { formatDate, formatMoney, formatNumber } from '../format';
import { useErrorText } from '../i18n/use-error-text';
import { AppError, call } from '../ipc';
import { hrefOf } from '../router/routes';
import { MissingRight } from './MissingRight';

const OFFLINE_ID = 'contract-invoices-offline';
const SHOWN_ID = 'contract-invoices-shown';

interface Older {
  /** the contract and the place they were asked from: a newer detail starts them over */
  from: string;
  items: ContractInvoiceRef[];
  cursor: string | null;
  pending: boolean;
  error: AppError | null;
}

/** The older pages after the contract's own newest invoices, loaded on request. */
function useOlderInvoices(contract: Contract) {
  const from = `${contract.id} ${contract.invoicesNextCursor ?? ''}`;
  const fresh = (): Older => ({
    from,
    items: [],
    cursor: contract.invoicesNextCursor ?? null,
    pending: false,
    error: null,
  });
  const [older, setOlder] = useState<Older>(fresh);
  // a new invoice moves the window of the newest: what was loaded after it starts over
  const current = older.from === from ? older : fresh();

  const loadMore = async () => {
    const { cursor } = current;
    if (current.pending || cursor === null) return;
    setOlder({ ...current, pending: true, error: null });
    try {
      const page = await call('contracts:invoices', { id: contract.id, cursor });
      setOlder((now) => {
        if (now.from !== from) return now;
        const known = new Set([...(contract.invoices ?? []), ...now.items].map((i) => i.id));
        const items = [...now.items, ...page.items.filter((i) => !known.has(i.id))];
        return { ...now, items, cursor: page.nextCursor, pending: false };
      });
    } catch (thrown) {
      setOlder((now) =>
        now.from === from ? { ...now, pending: false, error: AppError.from(thrown) } : now,
      );
    }
  };
  return { ...current, loadMore };
}

export function ContractInvoices({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const { invoices } = contract;
  return (
    <section aria-labelledby="contract-invoices-title">
      <h3 id="contract-invoices-title">{t('products.detail.invoices')}</h3>
      {invoices === undefined ? (
        <MissingRight right="invoices" />
      ) : invoices.length === 0 ? (
        <p>{t('products.detail.noInvoices')}</p>
      ) : (
        <InvoiceTable contract={contract} newest={invoices} />
      )}
    </section>
  );
}

function InvoiceTable({ contract, newest }: { contract: Contract; newest: ContractInvoiceRef[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const errorText = useErrorText();
  const online = useOnline();
  const older = useOlderInvoices(contract);
  const rows = [...newest, ...older.items];
  const count = Math.max(contract.invoiceCount ?? rows.length, rows.length);
  return (
    <>
      <div className="table-wrap">
        <table className="data-table" data-testid="contract-invoices">
          <thead>
            <tr>
              <th scope="col">{t('products.detail.invoiceNumber')}</th>
              <th scope="col">{t('products.detail.invoiceDate')}</th>
              <th scope="col" className="data-table__amount">
                {t('products.detail.invoiceAmount')}
              </th>
              <th scope="col">{t('products.list.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((invoice) => (
              <tr key={invoice.id}>
                <th scope="row">
                  <a href={hrefOf(invoiceRoute(invoice.id))}>{invoice.number}</a>
                </th>
                <td>{formatDate(invoice.date, lang)}</td>
                <td className="data-table__amount">{formatMoney(invoice.totalCents, lang)}</td>
                <td>{t(`billing.status.${invoice.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {older.cursor !== null ? (
        <>
          <p className="meta" id={SHOWN_ID} data-testid={SHOWN_ID}>
            {t('products.detail.invoicesShown', {
              shown: formatNumber(rows.length, lang),
              total: formatNumber(count, lang),
            })}
          </p>
          {!online ? <NeedsConnection id={OFFLINE_ID} /> : null}
          {older.error ? (
            <p className="form-error" role="alert">
              {errorText(older.error)}
            </p>
          ) : null}
          <OnlineOnlyButton
            offlineReasonId={OFFLINE_ID}
            describedBy={SHOWN_ID}
            className="button button--secondary"
            busy={older.pending}
            onClick={() => void older.loadMore()}
          >
            {t('products.detail.olderInvoices')}
          </OnlineOnlyButton>
        </>
      ) : null}
    </>
  );
}
