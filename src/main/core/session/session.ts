/**
 * Sign-in and the tokens that come with it. The access token lives in memory only; the
 * refresh token (rotated on every use) lives in the vault so a restart keeps the user
 * signed in. Nothing here ever reaches the renderer: it sees a SessionState.
 */
import type { SessionState, SignOutReason } from '../../../shared/domain';
import { ApiClient, type TokenSource } from '../api/api-client';
import { ApiError } from '../api/api-error';
import type { Clock, SecretStore } from '../ports';

export const SESSION_SECRET = 'session';

interface StoredSession {
  email: string;
  refreshToken: string;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

type LoginAnswer = ({ status: 'ok' } & TokenPair) | { status: 'mfaRequired'; mfaToken: string };

/** The second step's answer: with `recoveryCodesLeft` when a recovery code was used. */
type MfaAnswer = TokenPair & { recoveryCodesLeft?: number };

/** Refresh answers that mean the session is over (not merely unreachable). */
const SESSION_OVER = new Set([
  'refresh_token_invalid',
  'refresh_token_reused',
  'session_revoked',
  'unauthorized',
]);

export type SessionEndReason = 'logout' | SignOutReason;

/** The server's `reason` for a session it ended, as the app tells the person. */
const END_REASONS: Readonly<Record<string, SignOutReason>> = {
  ended_elsewhere: 'endedElsewhere',
  password_changed: 'passwordChanged',
};

/** Why a refresh answer means the session is over. */
function endReasonOf(error: ApiError): SignOutReason {
  const reason = error.details?.reason;
  return (typeof reason === 'string' ? END_REASONS[reason] : undefined) ?? 'expired';
}

export class Session implements TokenSource {
  readonly api: ApiClient;
  private state: SessionState = { status: 'signedOut' };
  private access: { token: string; expiresAt: number } | null = null;
  private refreshToken: string | null = null;
  private pendingMfa: { email: string; mfaToken: string } | null = null;
  private readonly listeners = new Set<(state: SessionState) => void>();

  constructor(
    apiUrl: string,
    private readonly secrets: SecretStore,
    private readonly clock: Clock,
    /** runs before the state turns signedOut: the core wipes the cache here */
    private readonly onEnd: (reason: SessionEndReason) => Promise<void>,
    /** sent at sign-in: "Angemeldete Geräte" lists the sessions by it */
    private readonly deviceName?: string,
    /** the network stack's fetch for the API client; missing: Node's http */
    fetchFn?: typeof fetch,
  ) {
    this.api = new ApiClient(apiUrl, this, clock, undefined, undefined, fetchFn);
  }

  get current(): SessionState {
    return this.state;
  }

  onChange(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Signed in from the vault, without the network: the cache can show at once, offline too. */
  async restore(): Promise<boolean> {
    const raw = await this.secrets.get(SESSION_SECRET);
    if (!raw) return false;
    try {
      const stored = JSON.parse(raw) as StoredSession;
      if (typeof stored.email !== 'string' || typeof stored.refreshToken !== 'string')
        throw new Error();
      this.refreshToken = stored.refreshToken;
      this.setState({ status: 'signedIn', email: stored.email });
      return true;
    } catch {
      await this.secrets.delete(SESSION_SECRET);
      return false;
    }
  }

  async login(email: string, password: string): Promise<SessionState> {
    const { data } = await this.api.request<LoginAnswer>({
      method: 'POST',
      path: '/v1/auth/login',
      body: { email, password, ...(this.deviceName ? { deviceName: this.deviceName } : {}) },
      anonymous: true,
    });
    if (data.status === 'mfaRequired') {
      this.pendingMfa = { email, mfaToken: data.mfaToken };
      this.setState({ status: 'mfaRequired', email });
      return this.state;
    }
    await this.begin(email, data);
    return this.state;
  }

  /** The second step, with the TOTP code or a recovery code in its place. */
  async completeMfa(code: string): Promise<SessionState> {
    if (!this.pendingMfa) throw new ApiError(401, 'mfa_token_invalid');
    const { email, mfaToken } = this.pendingMfa;
    try {
      const { data } = await this.api.request<MfaAnswer>({
        method: 'POST',
        path: '/v1/auth/mfa',
        body: { mfaToken, code },
        anonymous: true,
      });
      await this.begin(email, data, data.recoveryCodesLeft);
      return this.state;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'mfa_token_invalid') {
        // the step has timed out or was used: back to the password
        this.pendingMfa = null;
        this.setState({ status: 'signedOut' });
      }
      throw error;
    }
  }

  /**
   * Continues with another token pair of the same person (the server issued it for another
   * customer account): the vault keeps the new refresh token at once, and a refresh still
   * under way for the old pair cannot bring the old one back (see refresh). The old session
   * is ended on the server: no one holds its refresh token any more.
   */
  async adopt(tokens: TokenPair): Promise<void> {
    if (this.state.status !== 'signedIn') throw new ApiError(401, 'session_expired');
    const old = this.refreshToken;
    await this.keep(this.state.email, tokens);
    if (old && old !== tokens.refreshToken) {
      await this.api
        .request({
          method: 'POST',
          path: '/v1/auth/logout',
          body: { refreshToken: old },
          anonymous: true,
          timeoutMs: 3000,
        })
        .catch(() => undefined); // unreachable: it lapses on its own
    }
  }

  /** Ends the session here and, when reachable, on the server too. */
  async logout(): Promise<SessionState> {
    const refreshToken = this.refreshToken;
    if (refreshToken) {
      await this.api
        .request({
          method: 'POST',
          path: '/v1/auth/logout',
          body: { refreshToken },
          anonymous: true,
          timeoutMs: 3000,
        })
        .catch(() => undefined); // offline sign-out still clears everything local
    }
    await this.end('logout');
    return this.state;
  }

  accessToken(): string | null {
    if (!this.access || this.access.expiresAt <= this.clock.now()) return null;
    return this.access.token;
  }

  /** Called by the API client (single-flight there). */
  async refresh(): Promise<string> {
    const refreshToken = this.refreshToken;
    if (!refreshToken) throw new ApiError(401, 'session_expired');
    try {
      const { data } = await this.api.request<TokenPair>({
        method: 'POST',
        path: '/v1/auth/refresh',
        body: { refreshToken },
        anonymous: true,
      });
      // the session moved on meanwhile (adopted another pair, or ended): this pair is stale
      if (this.refreshToken !== refreshToken) {
        const current = this.accessToken();
        if (current) return current;
        throw new ApiError(401, 'session_expired');
      }
      await this.keep(this.state.status === 'signedIn' ? this.state.email : '', data);
      return data.accessToken;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401 && SESSION_OVER.has(error.code)) {
        // ended on another device or by a password change there: the person is told so
        await this.end(endReasonOf(error));
        throw new ApiError(401, 'session_expired');
      }
      throw error;
    }
  }

  private async begin(email: string, tokens: TokenPair, recoveryCodesLeft?: number): Promise<void> {
    this.pendingMfa = null;
    await this.keep(email, tokens);
    this.setState(
      recoveryCodesLeft === undefined
        ? { status: 'signedIn', email }
        : { status: 'signedIn', email, recoveryCodesLeft },
    );
  }

  private async keep(email: string, tokens: TokenPair): Promise<void> {
    this.access = {
      token: tokens.accessToken,
      // renew a little early so a call never leaves with a token about to lapse
      expiresAt: this.clock.now() + Math.max(0, tokens.expiresIn - 30) * 1000,
    };
    this.refreshToken = tokens.refreshToken;
    // the rotated token replaces the old one at once: the old one is now a reuse trap
    const stored: StoredSession = { email, refreshToken: tokens.refreshToken };
    await this.secrets.set(SESSION_SECRET, JSON.stringify(stored));
  }

  private async end(reason: SessionEndReason): Promise<void> {
    this.access = null;
    this.refreshToken = null;
    this.pendingMfa = null;
    await this.secrets.delete(SESSION_SECRET);
    await this.onEnd(reason);
    this.setState(reason === 'logout' ? { status: 'signedOut' } : { status: 'signedOut', reason });
  }

  private setState(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
