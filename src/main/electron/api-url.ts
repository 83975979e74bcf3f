/** Where the Kundencenter API lives: https anywhere, plain http only on this machine. */
import { checkApiUrl, type ApiUrlProblem } from '../../shared/settings';

export const DEFAULT_API_URL = 'http://127.0.0.1:4010';

export type ApiUrlResult = { ok: true; url: string } | { ok: false; reason: string };

/** For the log and the start-up dialog: why KC_API_URL was refused (the rule is checkApiUrl's). */
const REASONS: Readonly<Record<ApiUrlProblem, (value: string) => string>> = {
  invalid: (value) => `KC_API_URL is not a valid URL: ${value}`,
  credentials: () => 'KC_API_URL must not contain credentials',
  query: (value) => `KC_API_URL must not have a query or fragment: ${value}`,
  insecure: (value) =>
    `KC_API_URL must use https (plain http only for 127.0.0.1, ::1 or localhost): ${value}`,
};

/**
 * Checks KC_API_URL with the one rule the settings use too (`checkApiUrl`: tokens must never
 * travel unencrypted over a real network) and words its verdict for the developer who set it.
 */
export function resolveApiUrl(raw: string | undefined): ApiUrlResult {
  const value = raw?.trim() || DEFAULT_API_URL;
  const check = checkApiUrl(value);
  return check.ok ? check : { ok: false, reason: REASONS[check.problem](value) };
}
