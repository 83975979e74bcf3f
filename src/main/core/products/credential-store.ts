/**
 * The logins of each contract in the encrypted cache. A password is kept there only when the
 * setting offlineCredentials allows it and the person saw or copied it on this device (a
 * reveal, a copy, a reset's new password), and only while the server still says it is that
 * password; every other entry holds the login without it (masked list offline), and the
 * passwords live only in memory while unlocked.
 */
import type { Cached } from '../../../shared/domain';
import type { Credential, CredentialView } from '../../../shared/products/types';
import type { EncryptedCache } from '../store/encrypted-cache';

/** A login as cached: the password only with offlineCredentials, once shown or copied. */
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

  /**
   * The logins as the server just sent them. A password the person already had here stays
   * while it is still the same; a new or changed one was never shown, so it is not kept.
   */
  async write(
    contractId: string,
    items: Credential[],
    syncedAt: string,
    withPasswords: boolean,
  ): Promise<void> {
    const before = withPasswords ? await this.read(contractId) : null;
    const shown = new Map(before?.data.map((item) => [item.id, item.password]));
    const stored: StoredList = {
      items: items.map((item) =>
        withPasswords && shown.get(item.id) === item.password ? item : toView(item),
      ),
      syncedAt,
    };
    await this.cache()?.putJson(credentialsKey(contractId), stored);
  }

  /** A password the person just saw or copied: kept with its login from now on. */
  async keepShown(contractId: string, credentialId: string, password: string): Promise<void> {
    const stored = await this.read(contractId);
    const item = stored?.data.find((c) => c.id === credentialId);
    if (!stored || !item || item.password === password) return;
    await this.cache()?.putJson(credentialsKey(contractId), {
      items: stored.data.map((c) => (c.id === credentialId ? { ...c, password } : c)),
      syncedAt: stored.syncedAt,
    } satisfies StoredList);
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
