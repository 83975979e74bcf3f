import { describe, expect, it } from 'vitest';
import {
  formatCountry,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPhone,
  formatPeriod,
  formatTime,
  splitDuration,
} from './format';

// ICU puts narrow/no-break spaces before "€"; compare with plain spaces
const plain = (s: string) => s.replace(/[\u202f\u00a0\u2009]/g, ' ');

describe('formatDateTime', () => {
  const iso = '2026-11-25T13:03:00Z';

  it('writes German day.month.year, 24-hour time', () => {
    expect(formatDateTime(iso, 'de', 'Europe/Berlin')).toBe('25.11.2026, 14:03');
  });

  it('pads German hours to two digits', () => {
    expect(formatDateTime('2026-01-05T08:07:00Z', 'de', 'Europe/Berlin')).toBe('05.01.2026, 09:07');
  });

  it('writes English day/month/year (en-GB), 24-hour time, never the US month-first form', () => {
    expect(formatDateTime(iso, 'en', 'Europe/Berlin')).toBe('25/11/2026, 14:03');
    expect(formatDateTime('2026-12-03T08:07:00Z', 'en', 'UTC')).toBe('03/12/2026, 08:07');
  });

  it('falls back to German for an unknown language', () => {
    expect(formatDateTime(iso, 'fr', 'UTC')).toBe('25.11.2026, 13:03');
  });
});

describe('formatTime', () => {
  it('gives the clock time only', () => {
    expect(formatTime('2026-11-25T13:03:00Z', 'de', 'UTC')).toBe('13:03');
    expect(formatTime('2026-11-25T13:03:00Z', 'en', 'UTC')).toBe('13:03');
  });
});

describe('formatMoney', () => {
  it('formats euro cents the German way', () => {
    expect(plain(formatMoney(123450, 'de'))).toBe('1.234,50 €');
    expect(plain(formatMoney(99, 'de'))).toBe('0,99 €');
    expect(plain(formatMoney(-500, 'de'))).toBe('-5,00 €');
  });

  it('formats euro cents the English way', () => {
    expect(formatMoney(123450, 'en')).toBe('€1,234.50');
    expect(formatMoney(0, 'en')).toBe('€0.00');
  });
});

describe('formatMoney for billing', () => {
  it('writes invoice amounts, open amounts and credits in both languages', () => {
    expect(plain(formatMoney(11900, 'de'))).toBe('119,00 €');
    expect(plain(formatMoney(123456789, 'de'))).toBe('1.234.567,89 €');
    expect(plain(formatMoney(-11900, 'de'))).toBe('-119,00 €');
    expect(formatMoney(11900, 'en')).toBe('€119.00');
    expect(formatMoney(123456789, 'en')).toBe('€1,234,567.89');
    expect(formatMoney(-11900, 'en')).toBe('-€119.00');
  });
});

describe('formatDate', () => {
  it('writes a calendar date as the locale does', () => {
    expect(formatDate('2026-11-25', 'de')).toBe('25.11.2026');
    expect(formatDate('2026-01-05', 'de')).toBe('05.01.2026');
    expect(formatDate('2026-11-25', 'en')).toBe('25/11/2026');
  });

  it('keeps the day wherever the clock is', () => {
    // a due date is a day, not an instant: no shift to the day before west of UTC
    expect(formatDate('2026-01-01', 'de')).toBe('01.01.2026');
    expect(formatDate('2026-12-31', 'en')).toBe('31/12/2026');
  });
});

describe('formatPeriod', () => {
  it('writes a service period as a range', () => {
    expect(plain(formatPeriod('2026-11-01', '2026-11-30', 'de'))).toBe('01.–30.11.2026');
    expect(plain(formatPeriod('2026-11-01', '2027-01-31', 'de'))).toBe('01.11.2026 – 31.01.2027');
    expect(plain(formatPeriod('2026-11-01', '2026-11-30', 'en'))).toBe('01/11/2026 – 30/11/2026');
  });

  it('writes a single day once', () => {
    expect(formatPeriod('2026-11-01', '2026-11-01', 'de')).toBe('01.11.2026');
  });
});

describe('formatPercent', () => {
  it('writes VAT rates', () => {
    expect(plain(formatPercent(19, 'de'))).toBe('19 %');
    expect(plain(formatPercent(7, 'de'))).toBe('7 %');
    expect(formatPercent(19, 'en')).toBe('19%');
    expect(plain(formatPercent(5.5, 'de'))).toBe('5,5 %');
  });
});

describe('formatNumber', () => {
  it('groups thousands', () => {
    expect(formatNumber(10000, 'de')).toBe('10.000');
    expect(formatNumber(10000, 'en')).toBe('10,000');
  });
});

describe('formatCountry', () => {
  it('names the country in the UI language', () => {
    expect(formatCountry('DE', 'de')).toBe('Deutschland');
    expect(formatCountry('DE', 'en')).toBe('Germany');
  });

  it('keeps a code it cannot name', () => {
    expect(formatCountry('not a code', 'de')).toBe('not a code');
  });
});

describe('formatPhone', () => {
  it('writes a stored E.164 number as people write it', () => {
    expect(formatPhone('+493012345678')).toBe('+49 30 12345678');
    expect(formatPhone('+41441234567')).toBe('+41 44 123 45 67');
    expect(formatPhone('+12025550123')).toBe('+1 202 555 0123');
  });

  it('keeps what it cannot read', () => {
    expect(formatPhone('0815')).toBe('0815');
  });
});

describe('splitDuration', () => {
  it('splits seconds into minutes and seconds, rounding up', () => {
    expect(splitDuration(300)).toEqual({ minutes: 5, seconds: 0 });
    expect(splitDuration(125.2)).toEqual({ minutes: 2, seconds: 6 });
    expect(splitDuration(-3)).toEqual({ minutes: 0, seconds: 0 });
  });
});
