/**
 * The Content Security Policy of the renderer. The renderer fetches nothing itself (all data
 * comes through window.kc), so it may load only its own bundle and nothing may leave it.
 */
import type { Session } from 'electron';
import type { OriginPolicy } from './app-origin';
import { originOf } from './app-origin';

export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Development only (unpackaged app on the loopback dev server): the Vite dev server injects
 * the React Refresh preamble as an inline script and CSS as <style> elements, and hot reload
 * talks over a WebSocket to its own host. Without these three relaxations the dev renderer
 * does not start; none of them ever reaches a packaged app.
 */
export function devCsp(devOrigin: string): string {
  const hmrSocket = devOrigin.replace(/^http/, 'ws');
  return CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'none'", `connect-src 'self' ${hmrSocket}`);
}

/** The policy for a response from `url`, or null when it is not one of the app's own. */
export function cspFor(url: string, policy: OriginPolicy): string | null {
  const origin = originOf(url);
  if (origin === null || !policy.isAppOrigin(origin)) return null;
  return origin === policy.devOrigin ? devCsp(origin) : CSP;
}

/**
 * Second layer behind the protocol handler's own header: whatever served an app page, the
 * response carries our policy and no other (a weaker one sent alongside would not loosen it,
 * but we keep exactly one so what applies is obvious).
 */
export function installCspHeaders(session: Session, policy: OriginPolicy): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const csp = cspFor(details.url, policy);
    if (csp === null) {
      callback({});
      return;
    }
    const responseHeaders: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') responseHeaders[name] = value;
    }
    // Reviewed: Electronegativity reads only a string literal here and calls the variable an
    // invalid CSP; scripts/electronegativity.mjs evaluates our CSP with the same evaluator.
    responseHeaders['Content-Security-Policy'] = [csp]; // eng-disable CSP_GLOBAL_CHECK
    callback({ responseHeaders });
  });
}
