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

describe('parseSettings: the settings screen values', () => {
  it('keeps valid choices and repairs wrong types one by one', () => {
    const { settings, repaired } = parseSettings({
      theme: 'dark',
      syncIntervalSeconds: 45,
      notifyNewInvoices: 'yes',
      apiProfile: 'custom',
      customApiUrl: 'https://api.example.com',
      idleLockMinutes: '10',
    });
    expect(repaired).toBe(true);
    expect(settings).toEqual({
      ...settingsDefaults,
      theme: 'dark',
      apiProfile: 'custom',
      customApiUrl: 'https://api.example.com',
    });
  });

  it('ignores keys it does not know (a newer version may have written them)', () => {
    expect(parseSettings({ language: 'en', futureThing: 1 })).toEqual({
      settings: { ...settingsDefaults, language: 'en' },
      repaired: false,
    });
  });

  it('takes null and numbers as the whole file as broken', () => {
    expect(parseSettings(null)).toEqual({ settings: settingsDefaults, repaired: true });
    expect(parseSettings(42)).toEqual({ settings: settingsDefaults, repaired: true });
  });
});
