/**
 * The providers the app can talk to: where the API is and where updates come from. Settings
 * name one profile (`apiProfile`); "custom" takes the URL the person typed (checked like
 * KC_API_URL: https, plain http only on loopback). The sandbox is what `npm start` runs.
 */

export const PROVIDER_PROFILE_IDS = ['cmo', 'sandbox', 'custom'] as const;
export type ProviderProfileId = (typeof PROVIDER_PROFILE_IDS)[number];

export interface ProviderProfile {
  id: ProviderProfileId;
  /** the API's base URL; null for "custom" (the settings hold it) */
  apiUrl: string | null;
  /** electron-updater's generic feed; null: this profile gets no updates */
  updateFeedUrl: string | null;
}

export const PROVIDER_PROFILES: Readonly<Record<ProviderProfileId, ProviderProfile>> = {
  cmo: {
    id: 'cmo',
    apiUrl: 'https://api.kundencenter.cmo.example',
    updateFeedUrl: 'https://updates.kundencenter.cmo.example/desktop',
  },
  sandbox: { id: 'sandbox', apiUrl: 'http://127.0.0.1:4010', updateFeedUrl: null },
  custom: { id: 'custom', apiUrl: null, updateFeedUrl: null },
};

/** The update feed of a profile, or null when it has none. */
export function updateFeedFor(profile: ProviderProfileId): string | null {
  return PROVIDER_PROFILES[profile].updateFeedUrl;
}
