/** Invoice summaries for unit tests. */
import type { InvoiceSummary } from '../../../shared/billing';

export function summary(patch: Partial<InvoiceSummary> & { id: string }): InvoiceSummary {
  return {
    number: `RE-2026-${patch.id.padStart(6, '0')}`,
    issueDate: '2026-01-01',
    dueDate: '2026-01-15',
    netCents: 1000,
    vatCents: 190,
    grossCents: 1190,
    openCents: 0,
    status: 'paid',
    ...patch,
  };
}
