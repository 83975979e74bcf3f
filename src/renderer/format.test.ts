import { describe, expect, it } from 'vitest';
import { formatCountry, formatDateTime, formatMoney, formatTime, splitDuration } from './format';

// ICU puts narrow/no-break spaces before "PM" and "€"; compare with plain spaces
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formatDateTime', () => {
  const iso = '2026-11-25T13:03:00Z';

  it('writes German day.month.year, 24-hour time', () => {
    expect(formatDateTime(iso, 'de', 'Europe/Berlin')).toBe('25.11.2026, 14:03');
  });

  it('pads German hours to two digits', () => {
    expect(formatDateTime('2026-01-05T08:07:00Z', 'de', 'Europe/Berlin')).toBe('05.01.2026, 09:07');
  });

  it('writes English month/day/year, 12-hour time', () => {
    expect(plain(formatDateTime(iso, 'en', 'Europe/Berlin'))).toBe('11/25/2026, 2:03 PM');
  });

  it('falls back to German for an unknown language', () => {
    expect(formatDateTime(iso, 'fr', 'UTC')).toBe('25.11.2026, 13:03');
  });
});

describe('formatTime', () => {
  it('gives the clock time only', () => {
    expect(formatTime('2026-11-25T13:03:00Z', 'de', 'UTC')).toBe('13:03');
    expect(plain(formatTime('2026-11-25T13:03:00Z', 'en', 'UTC'))).toBe('1:03 PM');
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

describe('formatCountry', () => {
  it('names the country in the UI language', () => {
    expect(formatCountry('DE', 'de')).toBe('Deutschland');
    expect(formatCountry('DE', 'en')).toBe('Germany');
  });

  it('keeps a code it cannot name', () => {
    expect(formatCountry('not a code', 'de')).toBe('not a code');
  });
});

describe('splitDuration', () => {
  it('splits seconds into minutes and seconds, rounding up', () => {
    expect(splitDuration(300)).toEqual({ minutes: 5, seconds: 0 });
    expect(splitDuration(125.2)).toEqual({ minutes: 2, seconds: 6 });
    expect(splitDuration(-3)).toEqual({ minutes: 0, seconds: 0 });
  });
});
