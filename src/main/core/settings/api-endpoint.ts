/** Which API the app talks to at start, from the provider profile in the settings. */
import type { Settings } from '../../../shared/domain';
import { apiUrlOfProfile } from '../../../shared/settings';
import type { Logger } from '../app-core-types';

/**
 * The API URL of the settings' provider profile, read once at start (a change on the
 * settings screen applies after a restart). A "custom" profile without a usable URL keeps
 * `fallback` and logs why. An environment override (KC_API_URL) is the caller's to prefer.
 */
export function apiUrlFromSettings(settings: Settings, fallback: string, log?: Logger): string {
  const url = apiUrlOfProfile(settings.apiProfile, settings.customApiUrl);
  if (url === null) {
    log?.warn('settings: the custom API URL is not usable; using the default', { fallback });
    return fallback;
  }
  return url;
}
