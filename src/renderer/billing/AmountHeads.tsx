import { useTranslation } from 'react-i18next';

/** The net / VAT / gross column heads of a money table, right-aligned like their amounts. */
export function AmountHeads({ vatLabel }: { vatLabel?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col" className="data-table__amount">
        {t('billing.invoice.net')}
      </th>
      <th scope="col" className="data-table__amount">
        {vatLabel ?? t('billing.invoice.vat')}
      </th>
      <th scope="col" className="data-table__amount">
        {t('billing.invoice.gross')}
      </th>
    </>
  );
}
