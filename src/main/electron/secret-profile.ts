/**
 * The keychain profile of this run. The app's own profile folder keeps the entries people
 * already have ('default'); a start with another folder (`--user-data-dir`, as the Electron
 * smoke test starts it) gets entries of its own, so a test run on a person's machine never
 * reads or replaces the session of their real installation.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

export function secretProfile(userData: string, defaultUserData: string): string {
  if (resolve(userData) === resolve(defaultUserData)) return 'default';
  return `profile-${createHash('sha256').update(resolve(userData)).digest('hex').slice(0, 16)}`;
}
