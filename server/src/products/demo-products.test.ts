import { describe, expect, it } from 'vitest';
import {
  addDays,
  earliestEndDate,
  isRegularEndDate,
} from '../../../src/shared/products/cancellation-date';
import { berlinDate } from '../billing/dates';
import { contractStatus } from './contracts';
import { generatePassword } from './credentials';
import { companyContracts, personContracts } from './demo-products';

const termsOf = (c: ReturnType<typeof companyContracts>[number]) => ({
  startDate: c.startDate,
  minimumTermMonths: c.minimumTermMonths,
  renewalPeriodMonths: c.renewalPeriodMonths,
  noticePeriod: c.notice,
});

describe('demo contracts', () => {
  it('whatever the seed day: one cancelled with a future end, one ended, cancellations in time', () => {
    for (let today = '2024-01-01'; today <= '2026-03-31'; today = addDays(today, 1)) {
      const now = Date.parse(`${today}T12:00:00Z`);
      const contracts = companyContracts(today, now);
      const statuses = contracts.map((c) => contractStatus(c.cancellation?.endDate ?? null, today));
      expect(statuses).toEqual([
        'active',
        'active',
        'active',
        'active',
        'active',
        'cancelled',
        'ended',
      ]);
      expect(new Set(contracts.map((c) => c.productType)).size).toBe(5);
      for (const c of [...contracts, ...personContracts(today)]) {
        expect(c.startDate <= today).toBe(true);
        const { cancellation } = c;
        if (!cancellation) continue;
        // sent before the seed, and reaching exactly its end date by the shared rule
        expect(cancellation.createdAt).toBeLessThanOrEqual(now);
        const sentOn = berlinDate(cancellation.createdAt);
        expect(earliestEndDate(termsOf(c), sentOn).endDate).toBe(cancellation.endDate);
        expect(isRegularEndDate(termsOf(c), cancellation.endDate)).toBe(true);
      }
    }
  });
});

describe('generated passwords', () => {
  it('are long, mixed and different every time', () => {
    const many = Array.from({ length: 200 }, () => generatePassword());
    expect(new Set(many).size).toBe(200);
    for (const p of many) {
      expect(p).toHaveLength(20);
      expect(p).toMatch(/[A-Z]/);
      expect(p).toMatch(/[a-z]/);
      expect(p).toMatch(/[2-9]/);
      expect(p).toMatch(/[-_.!?#%+=]/);
      expect(p).not.toMatch(/[0O1lI]/);
    }
  });
});
