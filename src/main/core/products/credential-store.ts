/**
 * The logins of each contract in the encrypted cache. Passwords are kept there only while the
 * setting offlineCredentials allows it; otherwise the entry holds the logins without them
 * (masked list offline) and the passwords live only in memory while unlocked.
 */
import type { Cached } from '../../../shared/domain';
import type { Credential, CredentialView } from '../../../shared/products/types';
import type { EncryptedCache } from '../store/encrypted-cache';

/** A login as cached: the password only with offlineCredentials. */
export type StoredCredential = CredentialView & { password?: string };

interface StoredList {
  items: StoredCredential[];
  syncedAt: string;
}

export const credentialsKey = (contractId: string) => `credentials:${contractId}`;

/** Everything but the password: what the renderer may list. */
export function toView(credential: StoredCredential): CredentialView {
  const { password: _password, ...view } = credential;
  return view;
}

export class CredentialStore {
  constructor(private readonly cache: () => EncryptedCache | null) {}

  async read(contractId: string): Promise<Cached<StoredCredential[]> | null> {
    const stored = await this.cache()?.getJson<StoredList>(credentialsKey(contractId));
    return stored ? { data: stored.items, syncedAt: stored.syncedAt } : null;
  }

  async write(
    contractId: string,
    items: Credential[],
    syncedAt: string,
    withPasswords: boolean,
  ): Promise<void> {
    const stored: StoredList = {
      items: withPasswords ? items : items.map(toView),
      syncedAt,
    };
    await this.cache()?.putJson(credentialsKey(contractId), stored);
  }

  /** One login replaced (after a reset), keeping the entry's other logins and its time. */
  async replace(contractId: string, credential: Credential, withPasswords: boolean): Promise<void> {
    const stored = await this.read(contractId);
    if (!stored) return;
    const items = stored.data.map((item) =>
      item.id === credential.id ? (withPasswords ? credential : toView(credential)) : item,
    );
    await this.cache()?.putJson(credentialsKey(contractId), {
      items,
      syncedAt: stored.syncedAt,
    } satisfies StoredList);
  }

  /** The server refused the logins (right withdrawn, contract gone): none stay offline. */
  async remove(contractId: string): Promise<void> {
    await this.cache()?.delete(credentialsKey(contractId));
  }

  /** offlineCredentials was switched off: the passwords leave the cache, the logins stay. */
  async dropPasswords(contractIds: readonly string[]): Promise<void> {
    for (const id of contractIds) {
      const stored = await this.read(id);
      if (!stored?.data.some((item) => item.password !== undefined)) continue;
      await this.cache()?.putJson(credentialsKey(id), {
        items: stored.data.map(toView),
        syncedAt: stored.syncedAt,
      } satisfies StoredList);
    }
  }
}
