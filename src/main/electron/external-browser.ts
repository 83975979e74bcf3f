/**
 * The system browser for pages outside the app (a payment provider's page). The shell's
 * external-URL rule applies (https without credentials, security.ts); the one exception is
 * the sandbox on loopback, which serves its stand-in payment page over plain http from the
 * API's own origin (the core has checked that before asking: payment-page-url.ts).
 */
import type { Shell } from 'electron';
import type { ExternalBrowser } from '../core/ports';
import { isExternalUrl } from './security';

export function createElectronBrowser(shell: Shell, apiUrl: string): ExternalBrowser {
  const api = new URL(apiUrl);
  const sandboxPage = (url: URL) =>
    api.protocol === 'http:' &&
    url.origin === api.origin &&
    url.username === '' &&
    url.password === '';
  return {
    async open(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new Error('not a URL');
      }
      if (!isExternalUrl(url) && !sandboxPage(parsed)) throw new Error('refused by the URL rule');
      // Reviewed: only https URLs or the sandbox's own payment page (same origin as the API, no
      // credentials) get here, re-serialised from the parsed URL, never as the server wrote it.
      await shell.openExternal(parsed.href); // eng-disable OPEN_EXTERNAL_JS_CHECK
    },
  };
}
