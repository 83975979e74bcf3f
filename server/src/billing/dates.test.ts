import { describe, expect, it } from 'vitest';
import { addDays, addMonths, berlinDate, firstOfMonth, germanDate, lastOfMonth } from './dates';

describe('billing dates', () => {
  it('takes "today" in Berlin, not in UTC', () => {
    // 23:30 UTC on 31 Dec is already New Year in Berlin (UTC+1)
    expect(berlinDate(Date.UTC(2025, 11, 31, 23, 30))).toBe('2026-01-01');
    // 22:30 UTC in summer is 00:30 the next day (UTC+2)
    expect(berlinDate(Date.UTC(2026, 6, 14, 22, 30))).toBe('2026-07-15');
    expect(berlinDate(Date.UTC(2026, 6, 14, 21, 30))).toBe('2026-07-14');
  });

  it('adds months clamped to the month end, and days across years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(addMonths('2026-03-15', -24)).toBe('2024-03-15');
    expect(addDays('2025-12-25', 14)).toBe('2026-01-08');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('knows month bounds and the German notation', () => {
    expect(firstOfMonth('2026-02-17')).toBe('2026-02-01');
    expect(lastOfMonth('2026-02-17')).toBe('2026-02-28');
    expect(lastOfMonth('2028-02-01')).toBe('2028-02-29');
    expect(lastOfMonth('2026-12-05')).toBe('2026-12-31');
    expect(germanDate('2026-03-05')).toBe('05.03.2026');
  });
});
