import { useTranslation } from 'react-i18next';
import type { InvoiceStatus } from '../../shared/billing';

/** An invoice's status in words (the colour only repeats what the text says). */
export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--invoice-${status}`} data-testid="invoice-status">
      {t(`billing.status.${status}`)}
    </span>
  );
}
