/** A tiny hash router: "#/reset-password?token=…" → { path, params }. */
import { useMemo, useSyncExternalStore } from 'react';

export interface Route {
  path: string;
  params: URLSearchParams;
}

/** Parse a location hash; an empty hash is the dashboard "/". */
export function parseHash(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const queryAt = raw.indexOf('?');
  const pathPart = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const query = queryAt === -1 ? '' : raw.slice(queryAt + 1);
  let path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return { path, params: new URLSearchParams(query) };
}

/** Go to a route, adding a history entry. */
export function navigate(path: string): void {
  window.location.hash = path;
}

/** Go to a route without a history entry (redirects). */
export function redirect(path: string): void {
  const url = new URL(window.location.href);
  url.hash = path;
  window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function subscribeHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function hashSnapshot(): string {
  return window.location.hash;
}

/** The current route; re-renders on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribeHash, hashSnapshot, () => '');
  return useMemo(() => parseHash(hash), [hash]);
}
