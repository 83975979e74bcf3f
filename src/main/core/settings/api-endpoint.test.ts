import { describe, expect, it, vi } from 'vitest';
import { PROVIDER_PROFILES } from '../../../shared/provider-profiles';
import { apiUrlFromSettings } from './api-endpoint';
import { settingsDefaults } from './settings-schema';

const FALLBACK = 'http://127.0.0.1:4010';

describe('apiUrlFromSettings', () => {
  it('answers the URL of the chosen profile', () => {
    expect(apiUrlFromSettings({ ...settingsDefaults, apiProfile: 'cmo' }, FALLBACK)).toBe(
      PROVIDER_PROFILES.cmo.apiUrl,
    );
    expect(
      apiUrlFromSettings(
        { ...settingsDefaults, apiProfile: 'custom', customApiUrl: 'https://kc.example.org/' },
        FALLBACK,
      ),
    ).toBe('https://kc.example.org');
  });

  it('keeps the fallback, and says so, when the custom URL is not usable', () => {
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const settings = {
      ...settingsDefaults,
      apiProfile: 'custom' as const,
      customApiUrl: 'http://kc.example.org',
    };
    expect(apiUrlFromSettings(settings, FALLBACK, log)).toBe(FALLBACK);
    expect(log.warn).toHaveBeenCalled();
  });
});
