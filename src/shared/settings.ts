/**
 * What the settings screen offers and how the API endpoint typed there is checked; pure, so
 * main (the settings schema, the composition roots) and the renderer (the form) agree.
 */
import { PROVIDER_PROFILES, type ProviderProfileId } from './provider-profiles';

/** The pauses between two background syncs the person can choose, in seconds. */
export const SYNC_INTERVALS = [30, 60, 300, 900, 1800] as const;
export type SyncIntervalSeconds = (typeof SYNC_INTERVALS)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** Why an API URL is refused; each reason has a text in the settings locale. */
export type ApiUrlProblem = 'invalid' | 'credentials' | 'query' | 'insecure';

export type ApiUrlCheck = { ok: true; url: string } | { ok: false; problem: ApiUrlProblem };

/**
 * Checks an API base URL: https anywhere, plain http only on this machine (tokens must never
 * travel unencrypted over a real network), no credentials, query or fragment. The accepted
 * URL comes back without a trailing slash.
 */
export function checkApiUrl(raw: string): ApiUrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  if (url.search !== '' || url.hash !== '') return { ok: false, problem: 'query' };
  const loopback = LOOPBACK_HOSTS.has(url.hostname.toLowerCase());
  if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) {
    return { ok: true, url: url.href.replace(/\/+$/, '') };
  }
  return { ok: false, problem: url.protocol === 'http:' ? 'insecure' : 'invalid' };
}

/**
 * The API URL the settings point at, or null when "custom" holds no usable URL (the caller
 * then keeps its default and says why).
 */
export function apiUrlOfProfile(profile: ProviderProfileId, customApiUrl: string): string | null {
  const fixed = PROVIDER_PROFILES[profile].apiUrl;
  if (fixed !== null) return fixed;
  const check = checkApiUrl(customApiUrl);
  return check.ok ? check.url : null;
}
