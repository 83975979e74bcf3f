import { describe, expect, it } from 'vitest';
import { parseSettings, settingsDefaults } from './settings-schema';

describe('parseSettings', () => {
  it('takes a complete file as it is', () => {
    expect(parseSettings({ language: 'en', invoicePdfYears: 5 })).toEqual({
      settings: { ...settingsDefaults, language: 'en', invoicePdfYears: 5 },
      repaired: false,
    });
  });

  it('gives a setting an older version did not write its default, without a repair', () => {
    expect(parseSettings({ language: 'en' })).toEqual({
      settings: { ...settingsDefaults, language: 'en', invoicePdfYears: 3 },
      repaired: false,
    });
  });

  it('repairs broken values one by one and keeps the valid ones', () => {
    expect(parseSettings({ language: 'en', invoicePdfYears: 0 })).toEqual({
      settings: { ...settingsDefaults, language: 'en', invoicePdfYears: 3 },
      repaired: true,
    });
    expect(parseSettings({ language: 'xx', invoicePdfYears: 10 })).toEqual({
      settings: { ...settingsDefaults, language: 'de', invoicePdfYears: 10 },
      repaired: true,
    });
    expect(parseSettings('nonsense')).toEqual({
      settings: { ...settingsDefaults, language: 'de', invoicePdfYears: 3 },
      repaired: true,
    });
    expect(parseSettings([])).toMatchObject({ repaired: true });
  });
});
