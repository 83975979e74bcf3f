import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  earliestEndDate,
  isRegularEndDate,
  noticeDeadline,
  periodEnd,
  termEnds,
} from './cancellation-date';
import type { ContractTerms, NoticePeriod } from './types';

const months = (amount: number): NoticePeriod => ({ unit: 'months', amount });
const days = (amount: number): NoticePeriod => ({ unit: 'days', amount });

function terms(
  startDate: string,
  minimumTermMonths: number,
  renewalPeriodMonths: number,
  noticePeriod: NoticePeriod,
): ContractTerms {
  return { startDate, minimumTermMonths, renewalPeriodMonths, noticePeriod };
}

describe('periodEnd (§188 BGB)', () => {
  it.each([
    ['2024-03-15', 12, '2025-03-14'],
    ['2024-01-31', 1, '2024-02-29'], // leap year, the 31st does not exist in February
    ['2023-01-31', 1, '2023-02-28'],
    ['2023-03-01', 12, '2024-02-29'], // the day before 1 March of a leap year
    ['2024-02-29', 12, '2025-02-28'], // no 29 February in 2025
    ['2024-02-29', 48, '2028-02-28'], // the 29th exists again: the day before it
    ['2024-01-01', 1, '2024-01-31'],
    ['2024-12-01', 1, '2024-12-31'],
    ['2024-12-15', 1, '2025-01-14'], // across the year
    ['2024-01-15', 24, '2026-01-14'],
    ['2024-05-31', 1, '2024-06-30'],
    ['2024-05-31', 2, '2024-07-30'],
  ])('%s + %i months ends on %s', (start, m, end) => {
    expect(periodEnd(start, m)).toBe(end);
  });
});

describe('notice deadline', () => {
  it.each([
    ['2025-03-14', months(3), '2024-12-14'],
    ['2025-03-14', months(1), '2025-02-14'],
    ['2024-05-31', months(3), '2024-02-29'], // clamped to the leap February's last day
    ['2025-05-31', months(3), '2025-02-28'],
    ['2024-03-31', months(1), '2024-02-29'],
    ['2025-03-14', days(14), '2025-02-28'],
    ['2024-03-14', days(14), '2024-02-29'], // leap day counted
    ['2025-01-10', days(14), '2024-12-27'], // across the year
    ['2025-03-14', days(0), '2025-03-14'],
  ])('of %s with %o is %s', (end, notice, deadline) => {
    expect(noticeDeadline(end, notice)).toBe(deadline);
  });
});

describe('earliestEndDate', () => {
  it.each<[string, ContractTerms, string, string, string]>([
    // 12-month term, 3 months' notice, renewal 12 months
    [
      '12/12, 3 months, early',
      terms('2024-03-15', 12, 12, months(3)),
      '2024-06-01',
      '2025-03-14',
      '2024-12-14',
    ],
    [
      '12/12, 3 months, on the deadline',
      terms('2024-03-15', 12, 12, months(3)),
      '2024-12-14',
      '2025-03-14',
      '2024-12-14',
    ],
    [
      '12/12, 3 months, one day late',
      terms('2024-03-15', 12, 12, months(3)),
      '2024-12-15',
      '2026-03-14',
      '2025-12-14',
    ],
    // 1-month term, renewal 1 month, 14 days' notice
    [
      '1/1, 14 days, on the deadline',
      terms('2024-01-01', 1, 1, days(14)),
      '2024-05-17',
      '2024-05-31',
      '2024-05-17',
    ],
    [
      '1/1, 14 days, one day late',
      terms('2024-01-01', 1, 1, days(14)),
      '2024-05-18',
      '2024-06-30',
      '2024-06-16',
    ],
    [
      '1/1, 14 days, before the start',
      terms('2024-01-01', 1, 1, days(14)),
      '2023-12-01',
      '2024-01-31',
      '2024-01-17',
    ],
    // leap February: 1-month term from the 31st, 14 days' notice
    [
      '31st, 1/1, 14 days, February',
      terms('2024-01-31', 1, 1, days(14)),
      '2024-02-15',
      '2024-02-29',
      '2024-02-15',
    ],
    [
      '31st, 1/1, 14 days, one day late',
      terms('2024-01-31', 1, 1, days(14)),
      '2024-02-16',
      '2024-03-30',
      '2024-03-16',
    ],
    // 24-month term, then 12 months, 3 months' notice
    [
      '24/12, 3 months, inside the minimum term',
      terms('2023-07-01', 24, 12, months(3)),
      '2024-01-10',
      '2025-06-30',
      '2025-03-30',
    ],
    [
      '24/12, 3 months, on the deadline',
      terms('2023-07-01', 24, 12, months(3)),
      '2025-03-30',
      '2025-06-30',
      '2025-03-30',
    ],
    [
      '24/12, 3 months, one day late',
      terms('2023-07-01', 24, 12, months(3)),
      '2025-03-31',
      '2026-06-30',
      '2026-03-30',
    ],
    // 12-month term, renewal 1 month, 1 month's notice (month-end deadlines)
    [
      '12/1, 1 month, on the deadline',
      terms('2023-03-01', 12, 1, months(1)),
      '2024-01-29',
      '2024-02-29',
      '2024-01-29',
    ],
    [
      '12/1, 1 month, one day late',
      terms('2023-03-01', 12, 1, months(1)),
      '2024-01-30',
      '2024-03-31',
      '2024-02-29',
    ],
    [
      '12/1, 1 month, years later',
      terms('2020-06-15', 12, 1, months(1)),
      '2026-03-10',
      '2026-04-14',
      '2026-03-14',
    ],
    [
      '12/1, 1 month, years later on the deadline',
      terms('2020-06-15', 12, 1, months(1)),
      '2026-03-14',
      '2026-04-14',
      '2026-03-14',
    ],
    [
      '12/1, 1 month, years later one day late',
      terms('2020-06-15', 12, 1, months(1)),
      '2026-03-15',
      '2026-05-14',
      '2026-04-14',
    ],
    // started on a leap day, 12 months, 1 month's notice
    [
      'leap day start, on the deadline',
      terms('2024-02-29', 12, 12, months(1)),
      '2025-01-28',
      '2025-02-28',
      '2025-01-28',
    ],
    [
      'leap day start, one day late',
      terms('2024-02-29', 12, 12, months(1)),
      '2025-01-29',
      '2026-02-28',
      '2026-01-28',
    ],
    // a notice longer than the minimum term: the first end cannot be reached at all
    [
      'notice longer than the term',
      terms('2024-01-01', 1, 12, months(3)),
      '2024-01-01',
      '2025-01-31',
      '2024-10-31',
    ],
  ])('%s', (_name, contract, today, endDate, deadline) => {
    expect(earliestEndDate(contract, today)).toEqual({ endDate, noticeDeadline: deadline });
  });

  it('always answers a regular term end whose deadline has not passed', () => {
    const contract = terms('2021-10-31', 12, 3, months(2));
    const ends = termEnds(contract, { count: 40 });
    for (let today = '2021-09-01'; today < '2026-01-01'; today = addDays(today, 1)) {
      const { endDate, noticeDeadline: deadline } = earliestEndDate(contract, today);
      expect(isRegularEndDate(contract, endDate)).toBe(true);
      expect(today <= deadline).toBe(true);
      // the term end before it is no longer reachable
      const before = ends.filter((e) => e < endDate).pop();
      if (before) expect(today > noticeDeadline(before, contract.noticePeriod)).toBe(true);
    }
  });
});

describe('termEnds and isRegularEndDate', () => {
  const contract = terms('2024-01-31', 12, 1, months(1));

  it('lists the minimum term end, then every renewal end, counted from the start', () => {
    expect(termEnds(contract, { count: 4 })).toEqual([
      '2025-01-30',
      '2025-02-28',
      '2025-03-30',
      '2025-04-30',
    ]);
  });

  it('lists term ends from a given day on', () => {
    expect(termEnds(contract, { from: '2025-03-30', count: 2 })).toEqual([
      '2025-03-30',
      '2025-04-30',
    ]);
    expect(termEnds(contract, { from: '2025-03-31', count: 1 })).toEqual(['2025-04-30']);
  });

  it.each([
    ['2025-01-30', true],
    ['2025-02-28', true],
    ['2025-03-30', true],
    ['2025-03-31', false],
    ['2024-12-30', false], // inside the minimum term
    ['2025-02-30', false], // no such day
    ['garbage', false],
  ])('%s is a term end: %s', (date, expected) => {
    expect(isRegularEndDate(contract, date)).toBe(expected);
  });
});

describe('date helpers', () => {
  it('add days and months without time zones', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-31', 1)).toBe('2024-04-01'); // DST change in Europe
    expect(addDays('2024-10-27', 1)).toBe('2024-10-28');
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2024-01-15', -1)).toBe('2023-12-15');
  });

  it('refuses days that do not exist and terms that cannot renew', () => {
    expect(() => earliestEndDate(terms('2024-02-30', 12, 12, months(1)), '2024-03-01')).toThrow(
      RangeError,
    );
    expect(() => earliestEndDate(terms('2024-02-01', 12, 0, months(1)), '2024-03-01')).toThrow(
      RangeError,
    );
  });
});
