/** Where the Kundencenter API lives: https anywhere, plain http only on this machine. */
import { isLoopbackHostname } from './app-origin';

export const DEFAULT_API_URL = 'http://127.0.0.1:4010';

export type ApiUrlResult = { ok: true; url: string } | { ok: false; reason: string };

/** Checks KC_API_URL; tokens must never travel unencrypted over a real network. */
export function resolveApiUrl(raw: string | undefined): ApiUrlResult {
  const value = raw?.trim() || DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: `KC_API_URL is not a valid URL: ${value}` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'KC_API_URL must not contain credentials' };
  }
  if (url.search !== '' || url.hash !== '') {
    return { ok: false, reason: `KC_API_URL must not have a query or fragment: ${value}` };
  }
  if (url.protocol === 'https:') return { ok: true, url: withoutTrailingSlash(url) };
  if (url.protocol === 'http:' && isLoopbackHostname(url.hostname)) {
    return { ok: true, url: withoutTrailingSlash(url) };
  }
  return {
    ok: false,
    reason: `KC_API_URL must use https (plain http only for 127.0.0.1, ::1 or localhost): ${value}`,
  };
}

function withoutTrailingSlash(url: URL): string {
  return url.href.replace(/\/+$/, '');
}
