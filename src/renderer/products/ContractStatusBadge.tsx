import { useTranslation } from 'react-i18next';
import type { ContractStatus } from '../../shared/products/types';
import { formatDate } from '../format';

const BADGE: Record<ContractStatus, string> = {
  active: 'badge badge--verified',
  cancelled: 'badge badge--pending',
  ended: 'badge badge--unverified',
};

/**
 * A contract's status in words, with its end date once cancelled or ended, and an
 * extraordinary cancellation still under review.
 */
export function ContractStatusBadge({
  status,
  endDate,
  cancellationRequested = false,
}: {
  status: ContractStatus;
  endDate: string | null;
  cancellationRequested?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const date = endDate ? formatDate(endDate, i18n.language) : '';
  // active, but ending once the review says yes: shown like a cancelled contract
  const underReview = status === 'active' && cancellationRequested;
  let label: string;
  if (status === 'cancelled' && endDate) label = t('products.status.cancelledEnds', { date });
  else if (status === 'ended' && endDate) label = t('products.status.endedOn', { date });
  else if (underReview) label = t('products.status.activeCancellationRequested');
  else label = t(`products.status.${status}`);
  return (
    <span className={underReview ? BADGE.cancelled : BADGE[status]} data-testid="contract-status">
      {label}
    </span>
  );
}
