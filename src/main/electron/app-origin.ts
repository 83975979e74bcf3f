/**
 * Which URLs are "the app itself". The production renderer lives on app://kundencenter; in
 * development electron-vite serves it from a loopback dev server instead.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'kundencenter';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** True for 127.0.0.1, ::1 and localhost (as `URL.hostname` spells them). */
export function isLoopbackHostname(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

/**
 * The origin of a URL as Chromium sees it, or null when it has none worth trusting.
 *
 * Node's URL parser gives every scheme it does not know (ours included) an opaque origin
 * "null", while Chromium treats app: as a standard scheme (we register it so). For app: we
 * therefore build the origin from the parsed host; everything is still parsed, never compared
 * by string prefix, so `app://kundencenter@evil` (host "evil") and `app://kundencenter.evil`
 * keep their real, foreign origin.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) {
    if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
    return `${APP_SCHEME}://${parsed.host.toLowerCase()}`;
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    if (parsed.username !== '' || parsed.password !== '') return null;
    return parsed.origin;
  }
  return null;
}

export interface OriginPolicy {
  /** where the main window starts */
  readonly startUrl: string;
  /** the origins whose pages may navigate, talk to main and receive events */
  readonly origins: ReadonlySet<string>;
  /** the dev server's origin when one is used, else null */
  readonly devOrigin: string | null;
  isAppUrl(url: string): boolean;
  isAppOrigin(origin: string): boolean;
}

/**
 * The dev server URL is honoured only in an unpackaged app and only on loopback: a packaged
 * app must never be pointed at another page (which would get the preload bridge) by an
 * environment variable.
 */
export function createOriginPolicy(options: {
  devServerUrl?: string | undefined;
  isPackaged: boolean;
}): OriginPolicy {
  const devOrigin = options.isPackaged ? null : devServerOrigin(options.devServerUrl);
  const origins = new Set([APP_ORIGIN]);
  if (devOrigin !== null) origins.add(devOrigin);
  const isAppOrigin = (origin: string): boolean => origins.has(origin);
  return {
    startUrl: devOrigin !== null && options.devServerUrl ? options.devServerUrl : APP_START_URL,
    origins,
    devOrigin,
    isAppOrigin,
    isAppUrl: (url) => {
      const origin = originOf(url);
      return origin !== null && isAppOrigin(origin);
    },
  };
}

function devServerOrigin(devServerUrl: string | undefined): string | null {
  if (!devServerUrl) return null;
  try {
    const url = new URL(devServerUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!isLoopbackHostname(url.hostname)) return null;
    return url.origin;
  } catch {
    return null;
  }
}
