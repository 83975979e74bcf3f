/**
 * Secrets in the OS keychain through @napi-rs/keyring (keytar's API on N-API prebuilt
 * binaries that load in Node and in Electron alike; keytar itself is archived).
 *
 * On Linux the library would silently fall back from the Secret Service to the kernel's
 * keyutils keyring, which forgets everything at logout. We pin the Secret Service instead and,
 * when it is not there, keep secrets in memory only: the user is told, and nothing is ever
 * written in plaintext.
 */
import type { Logger } from '../app-core-types';
import type { SecretStore } from '../ports';
import { createMemorySecretStore } from './memory-store';

interface AsyncEntryLike {
  getPassword(): Promise<string | null>;
  setPassword(password: string): Promise<void>;
  deleteCredential(): Promise<boolean>;
}

type EntryFactory = (service: string, account: string) => AsyncEntryLike;

export interface OpenSecretStoreOptions {
  /** keychain service name, e.g. 'de.cmo.kundencenter' */
  service: string;
  /** separates profiles (and test runs) inside one service */
  profile: string;
  log?: Logger;
  /** 'memory' forces the fallback (KC_VAULT=memory), for a machine known to lack a keychain */
  force?: 'memory';
}

async function loadEntryFactory(): Promise<EntryFactory> {
  const keyring = await import('@napi-rs/keyring');
  const options =
    process.platform === 'linux' ? { linux: { store: 'secret-service' as const } } : undefined;
  return (service, account) => new keyring.AsyncEntry(service, account, options);
}

/** Opens the keychain and proves it works with a write/read/delete round trip. */
export async function openSecretStore(options: OpenSecretStoreOptions): Promise<SecretStore> {
  if (options.force === 'memory') {
    options.log?.warn('vault: keychain disabled by configuration, secrets stay in memory');
    return createMemorySecretStore();
  }
  try {
    const factory = await loadEntryFactory();
    const store = createKeyringSecretStore(factory, options.service, options.profile);
    const probe = `probe-${process.pid}-${Date.now()}`;
    await store.set(probe, probe);
    const readBack = await store.get(probe);
    await store.delete(probe);
    if (readBack !== probe) throw new Error('keychain did not return what was stored');
    return store;
  } catch (error) {
    options.log?.warn('vault: no usable OS keychain, secrets stay in memory', {
      reason: error instanceof Error ? error.message : String(error),
    });
    return createMemorySecretStore();
  }
}

export function createKeyringSecretStore(
  factory: EntryFactory,
  service: string,
  profile: string,
): SecretStore {
  const entry = (key: string) => factory(service, `${profile}:${key}`);
  return {
    kind: 'keychain',
    get: (key) => entry(key).getPassword(),
    set: (key, value) => entry(key).setPassword(value),
    async delete(key) {
      await entry(key).deleteCredential();
    },
  };
}
