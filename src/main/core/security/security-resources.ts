/**
 * What "Sicherheit" keeps offline: the 2FA state, the signed-in devices and the sign-in
 * history, each one document with its ETag. They are the user's own, not the customer
 * account's, so the change log does not name them: the first pass fetches them, and the
 * feature asks again when the screen opens and after each change (a 304 costs little).
 */
import type { SyncResource } from '../sync/sync-resources';

export const SECURITY_STATE = 'security';
export const SECURITY_SESSIONS = 'security-sessions';
export const SECURITY_SIGN_INS = 'security-sign-ins';

export const SECURITY_RESOURCES: SyncResource[] = [
  { kind: 'document', name: SECURITY_STATE, path: '/v1/security', unlogged: true },
  { kind: 'document', name: SECURITY_SESSIONS, path: '/v1/security/sessions', unlogged: true },
  { kind: 'document', name: SECURITY_SIGN_INS, path: '/v1/security/sign-ins', unlogged: true },
];

export const ALL_SECURITY = [SECURITY_STATE, SECURITY_SESSIONS, SECURITY_SIGN_INS] as const;
