/**
 * The unlock without the server: the account password checked against the local verifier
 * (stored after the last online confirmation), with growing waits after repeated misses so
 * a stolen laptop cannot try passwords at full speed; or the OS's own confirmation.
 */
import { ApiError } from '../api/api-error';
import type { Clock, LocalAuth } from '../ports';
import type { EncryptedCache } from '../store/encrypted-cache';
import {
  createVerifier,
  VERIFIER_COST,
  verifyPassword,
  type PasswordVerifier,
  type ScryptCost,
} from './password-verifier';

export const VERIFIER_KEY = 'credentials-verifier';
/** misses allowed before the waits begin */
const FREE_MISSES = 5;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60_000;

export class OfflineUnlock {
  private misses = 0;
  private blockedUntil = 0;

  constructor(
    private readonly cache: () => EncryptedCache | null,
    private readonly clock: Clock,
    private readonly localAuth: LocalAuth,
    /** unit tests pass a cheap one */
    private readonly cost: ScryptCost = VERIFIER_COST,
    /** the cache entry of the verifier: the app lock keeps its own beside the credentials' */
    private readonly key: string = VERIFIER_KEY,
  ) {}

  /** The password was just confirmed by the server: keep a verifier of it (never itself). */
  async remember(password: string): Promise<void> {
    const verifier = await createVerifier(password, this.cost);
    await this.cache()?.putJson(this.key, verifier);
    this.misses = 0;
    this.blockedUntil = 0;
  }

  async forget(): Promise<void> {
    await this.cache()?.delete(this.key);
  }

  /** false too while the cache is going away (sign-out) */
  async passwordReady(): Promise<boolean> {
    try {
      return (await this.cache()?.has(this.key)) ?? false;
    } catch {
      return false;
    }
  }

  osAvailable(): boolean {
    return this.localAuth.available();
  }

  /** Throws unless `password` matches the stored verifier. */
  async checkPassword(password: string): Promise<void> {
    const now = this.clock.now();
    if (now < this.blockedUntil) {
      throw new ApiError(423, 'unlock_throttled', Math.ceil((this.blockedUntil - now) / 1000));
    }
    const verifier = await this.cache()?.getJson<PasswordVerifier>(this.key);
    if (!verifier) throw new ApiError(409, 'offline_unlock_unavailable');
    if (await verifyPassword(verifier, password)) {
      this.misses = 0;
      return;
    }
    this.misses++;
    if (this.misses >= FREE_MISSES) {
      const wait = Math.min(FIRST_WAIT_MS * 2 ** (this.misses - FREE_MISSES), MAX_WAIT_MS);
      this.blockedUntil = this.clock.now() + wait;
    }
    throw new ApiError(401, 'wrong_password');
  }

  /** Throws unless the OS confirmed the person. */
  async checkOs(reason: string): Promise<void> {
    if (!this.localAuth.available()) throw new ApiError(400, 'password_required');
    if (!(await this.localAuth.confirm(reason))) throw new ApiError(401, 'local_auth_failed');
  }
}
