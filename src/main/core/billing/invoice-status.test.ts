import { describe, expect, it } from 'vitest';
import { listAsOf, statusAsOf } from './invoice-status';
import { summary } from './testing-invoices';

describe('status as of today', () => {
  it('turns an open invoice overdue the day after its due date, as the server does', () => {
    const open = summary({ id: '1', status: 'open', openCents: 100, dueDate: '2026-03-10' });
    expect(statusAsOf(open, '2026-03-10').status).toBe('open');
    expect(statusAsOf(open, '2026-03-11').status).toBe('overdue');
    for (const status of ['paid', 'cancelled', 'overdue'] as const) {
      const other = { ...open, status };
      expect(statusAsOf(other, '2027-01-01')).toBe(other);
    }
  });

  it('answers the same list when nothing moved', () => {
    const list = [summary({ id: '1', status: 'open', dueDate: '2026-03-10' })];
    expect(listAsOf(list, '2026-03-01')).toBe(list);
    expect(listAsOf(list, '2026-04-01')[0]!.status).toBe('overdue');
    expect(list[0]!.status).toBe('open');
  });
});
