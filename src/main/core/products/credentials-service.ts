/**
 * The credentials of the products behind the lock. Online, an unlock is the server's step-up
 * with the account password, and the logins are fetched fresh while it lasts. Offline, the
 * same password (checked against the local verifier) or the OS unlocks what the encrypted
 * cache holds. The renderer gets logins without passwords, except one password per reveal.
 */
import type { Cached, Settings } from '../../../shared/domain';
import type {
  Credential,
  CredentialLock as LockState,
  CredentialView,
} from '../../../shared/products/types';
import { mainText } from '../../../shared/locales/main-texts';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import type { Clock } from '../ports';
import type { ClipboardClearer } from './clipboard-clearer';
import type { CredentialLock } from './credential-lock';
import { toView, type CredentialStore } from './credential-store';
import type { OfflineUnlock } from './offline-unlock';

export interface CredentialsServiceOptions {
  api: ApiClient;
  clock: Clock;
  settings: () => Settings;
  lock: CredentialLock;
  offline: OfflineUnlock;
  store: CredentialStore;
  clipboard: ClipboardClearer;
  /** whether the last sync pass reached the server */
  online: () => boolean;
  /** the ids of the cached contracts (to drop their passwords when the setting goes off) */
  contractIds: () => Promise<string[]>;
  signedIn: () => boolean;
}

const path = (contractId: string) => `/v1/contracts/${encodeURIComponent(contractId)}`;

export class CredentialsService {
  /** passwords fetched while unlocked; forgotten when the lock closes */
  private readonly memory = new Map<string, Credential[]>();
  private passwordsDropped = false;

  constructor(private readonly options: CredentialsServiceOptions) {}

  /** The lock closed (time, relock, sign-out): no password stays in memory. */
  forget(): void {
    this.memory.clear();
  }

  async state(): Promise<LockState> {
    // at sign-out the cache goes away under this: the state is still worth telling
    await this.followSetting().catch(() => undefined);
    const until = this.options.lock.unlockedUntil();
    return {
      unlockedUntil: until === null ? null : new Date(until).toISOString(),
      method: this.options.settings().credentialsUnlock,
      osAvailable: this.options.offline.osAvailable(),
      offlinePasswordReady: this.options.signedIn() && (await this.options.offline.passwordReady()),
    };
  }

  /**
   * With a password: the server's step-up, or offline the local verifier. Without one: the
   * OS prompt, when that is the chosen method and the server is out of reach (online,
   * revealing needs the password so the server can vouch for it).
   */
  async unlock(password: string | undefined): Promise<LockState> {
    if (!this.options.signedIn()) throw new ApiError(401, 'session_expired');
    const { offlineCredentials, credentialsUnlock } = this.options.settings();
    if (password !== undefined) {
      try {
        await this.options.api.request({
          method: 'POST',
          path: '/v1/auth/reauth',
          body: { password },
        });
      } catch (error) {
        if (!(error instanceof ApiError && error.offline)) throw error;
        await this.options.offline.checkPassword(password);
        this.options.lock.unlock('local');
        return this.state();
      }
      if (offlineCredentials) await this.options.offline.remember(password);
      else await this.options.offline.forget();
      this.options.lock.unlock('step-up');
      return this.state();
    }
    if (credentialsUnlock !== 'os' || this.options.online()) {
      throw new ApiError(400, 'password_required');
    }
    await this.options.offline.checkOs(
      // macOS shows it under "Kundencenter möchte …"
      mainText(this.options.settings().language, 'osPrompt.credentials'),
    );
    this.options.lock.unlock('local');
    return this.state();
  }

  relock(): Promise<LockState> {
    this.options.lock.relock();
    return this.state();
  }

  /**
   * The logins without passwords. While unlocked by the step-up they are fetched fresh (and
   * cached); otherwise, or when the server is out of reach, the cached ones.
   */
  async list(contractId: string): Promise<Cached<CredentialView[]> | null> {
    if (!this.options.signedIn()) return null;
    await this.followSetting();
    const fresh = await this.fetch(contractId);
    if (fresh) return { data: fresh.data.map(toView), syncedAt: fresh.syncedAt };
    const cached = await this.options.store.read(contractId);
    return cached && { data: cached.data.map(toView), syncedAt: cached.syncedAt };
  }

  async reveal(contractId: string, credentialId: string): Promise<{ password: string }> {
    return { password: await this.password(contractId, credentialId) };
  }

  async copy(contractId: string, credentialId: string): Promise<{ clearsInSeconds: number }> {
    const password = await this.password(contractId, credentialId);
    return { clearsInSeconds: this.options.clipboard.copy(password) };
  }

  /** A new password from the server (it needs its step-up), shown once and cached like the rest. */
  async reset(contractId: string, credentialId: string): Promise<Credential> {
    this.requireUnlocked();
    const { data } = await this.options.api.request<Credential>({
      method: 'POST',
      path: `${path(contractId)}/credentials/${encodeURIComponent(credentialId)}/reset`,
      // an empty JSON body: a POST without one is refused as an unknown media type
      body: {},
    });
    const known = this.memory.get(contractId);
    if (known) {
      this.memory.set(
        contractId,
        known.map((item) => (item.id === data.id ? data : item)),
      );
    }
    await this.options.store.replace(contractId, data, this.options.settings().offlineCredentials);
    return data;
  }

  /** One password while unlocked: from memory, the server, or (offline) the cache. */
  private async password(contractId: string, credentialId: string): Promise<string> {
    this.requireUnlocked();
    const find = (items: readonly { id: string; password?: string }[] | undefined) =>
      items?.find((item) => item.id === credentialId)?.password;
    const known =
      find(this.memory.get(contractId)) ??
      find((await this.fetch(contractId))?.data) ??
      find((await this.options.store.read(contractId))?.data);
    if (known === undefined) throw new ApiError(404, 'credential_unavailable_offline');
    // shown or copied now: from here on it may stay offline, as the setting says
    if (this.options.settings().offlineCredentials) {
      await this.options.store.keepShown(contractId, credentialId, known);
    }
    return known;
  }

  /**
   * Fetches the logins while the step-up lasts; null when it cannot (locked, unlocked only
   * locally, offline, or the server's step-up ran out: then the cache answers).
   */
  private async fetch(contractId: string): Promise<Cached<Credential[]> | null> {
    if (this.options.lock.unlockedVia() !== 'step-up') return null;
    try {
      const { data } = await this.options.api.request<{ items: Credential[] }>({
        path: `${path(contractId)}/credentials`,
      });
      const syncedAt = new Date(this.options.clock.now()).toISOString();
      this.memory.set(contractId, data.items);
      await this.options.store.write(
        contractId,
        data.items,
        syncedAt,
        this.options.settings().offlineCredentials,
      );
      this.options.lock.touch();
      return { data: data.items, syncedAt };
    } catch (error) {
      if (error instanceof ApiError && (error.offline || error.code === 'step_up_required')) {
        return null;
      }
      if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
        // no longer allowed (the right was withdrawn) or gone: nothing of it stays offline
        this.memory.delete(contractId);
        await this.options.store.remove(contractId);
      }
      throw error;
    }
  }

  private requireUnlocked(): void {
    if (!this.options.lock.touch()) throw new ApiError(403, 'credentials_locked');
  }

  /** offlineCredentials off: no password and no verifier stay in the cache. */
  private async followSetting(): Promise<void> {
    if (this.options.settings().offlineCredentials) {
      this.passwordsDropped = false;
      return;
    }
    if (this.passwordsDropped || !this.options.signedIn()) return;
    await this.options.offline.forget();
    await this.options.store.dropPasswords(await this.options.contractIds());
    this.passwordsDropped = true;
  }
}
