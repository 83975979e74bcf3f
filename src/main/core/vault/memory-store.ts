/** Secrets held in memory only: what we fall back to when no safe keychain exists. */
import type { SecretStore } from '../ports';

export function createMemorySecretStore(): SecretStore {
  const secrets = new Map<string, string>();
  return {
    kind: 'memory',
    get: (key) => Promise.resolve(secrets.get(key) ?? null),
    set: (key, value) => {
      secrets.set(key, value);
      return Promise.resolve();
    },
    delete: (key) => {
      secrets.delete(key);
      return Promise.resolve();
    },
  };
}
