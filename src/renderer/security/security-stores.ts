/**
 * "Sicherheit": the three cached documents from main (2FA state, devices, sign-in history),
 * reloaded when sync says they changed; opening the screen asks main to fetch them anew.
 */
import type { DeviceSessions, SecurityState, SignInHistory } from '../../shared/security/types';
import { createCachedStore } from '../billing/cached-store';
import { call, subscribe } from '../ipc';
import { resetDevicesStore } from './devices-store';
import { resetPasswordChangeStore } from './password-change-store';
import { resetTwoFactorStore } from './two-factor-store';

export const securityStateStore = createCachedStore<SecurityState>(
  () => call('security:state'),
  ['security'],
);
export const sessionsStore = createCachedStore<DeviceSessions>(
  () => call('security:sessions'),
  ['security-sessions'],
);
export const signInsStore = createCachedStore<SignInHistory>(
  () => call('security:signIns'),
  ['security-sign-ins'],
);

const STORES = [securityStateStore, sessionsStore, signInsStore];

/** Follows main's changes while the screen is open; returns the clean-up. */
export function connectSecurity(): () => void {
  const off = subscribe('data:changed', ({ resource }) => {
    for (const store of STORES) if (store.resources.includes(resource)) void store.load();
  });
  for (const store of STORES) void store.load();
  // offline this changes nothing: what is cached stays, with its "Stand"
  void call('security:refresh').catch(() => undefined);
  return () => {
    off();
    for (const store of STORES) store.reset();
    resetPasswordChangeStore();
    resetTwoFactorStore();
    resetDevicesStore();
  };
}
