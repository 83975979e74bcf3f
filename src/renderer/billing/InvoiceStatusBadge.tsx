import type { InvoiceStatus } from '../../shared/billing';

/**
 * An invoice's status in words (the colour only repeats what the text says). The caller
 * translates: the list renders many of these per keystroke, one useTranslation each is waste.
 */
export function InvoiceStatusBadge({ status, label }: { status: InvoiceStatus; label: string }) {
  return (
    <span className={`badge badge--invoice-${status}`} data-testid="invoice-status">
      {label}
    </span>
  );
}
