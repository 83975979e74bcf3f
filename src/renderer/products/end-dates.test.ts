import { describe, expect, it } from 'vitest';
import { endDateChoices, firstExtraordinaryDay } from './end-dates';

const terms = {
  startDate: '2024-03-15',
  minimumTermMonths: 12,
  renewalPeriodMonths: 12,
  noticePeriod: { unit: 'months', amount: 3 },
} as const;

describe('cancellation end dates offered', () => {
  it('offers the earliest regular end and the term ends after it', () => {
    expect(endDateChoices(terms, '2026-12-14')).toEqual({
      earliest: '2027-03-14',
      noticeDeadline: '2026-12-14',
      choices: ['2027-03-14', '2028-03-14', '2029-03-14', '2030-03-14'],
    });
  });

  it('moves to the next term end one day after the notice deadline', () => {
    expect(endDateChoices(terms, '2026-12-15', 2).choices).toEqual(['2028-03-14', '2029-03-14']);
  });

  it('lets an extraordinary cancellation end from tomorrow', () => {
    expect(firstExtraordinaryDay('2026-02-28')).toBe('2026-03-01');
  });
});
