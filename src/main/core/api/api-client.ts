/**
 * The HTTP client for the Kundencenter API: bearer header, one token refresh at a time however
 * many calls hear 401, retries with full jitter for reads only, Retry-After honoured,
 * an Idempotency-Key on every write, conditional GETs with ETags. It speaks through the network
 * stack's fetch (Electron's net.fetch; in the web host and tests Node's, which the event stream
 * loads anyway): an HTTP library beside it cost the main process ~15 MB of memory for nothing.
 */
import { randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '../ports';
import { ApiError, errorFromResponse } from './api-error';
import { defaultRetryPolicy, isRetryable, retryDelayMs, type RetryPolicy } from './retry';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** send without a bearer token (login, refresh, password reset) */
  anonymous?: boolean;
  ifNoneMatch?: string;
  ifMatch?: string;
  /** reuse a key when the same write is sent again (outbox); otherwise a fresh one */
  idempotencyKey?: string;
  responseType?: 'json' | 'arraybuffer';
  timeoutMs?: number;
}

export interface ApiResponse<T> {
  status: number;
  data: T;
  etag?: string;
  notModified: boolean;
}

/** Where the client gets its bearer token and how it asks for a new one. */
export interface TokenSource {
  accessToken(): string | null;
  /** obtain a new access token; throws ApiError when the session is over */
  refresh(): Promise<string>;
}

/**
 * Codes of a 401 that a refresh may cure. A revoked session is included on purpose: its
 * refresh then fails too, which is how the session learns it is over and signs out.
 */
const REFRESHABLE = new Set(['token_expired', 'unauthorized', 'session_revoked']);

/** API base URLs must be https, except plain http to this machine's loopback. */
export function assertSafeApiUrl(raw: string): URL {
  const url = new URL(raw);
  const loopback = ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) return url;
  throw new Error(`API URL must use https (plain http only on loopback): ${raw}`);
}

/** What a request waits for its answer, body included, unless it says otherwise. */
const TIMEOUT_MS = 10_000;

interface Answer {
  status: number;
  data: unknown;
  headers: Headers;
}

export class ApiClient {
  private readonly baseUrl: string;
  private readonly fetch: typeof fetch;
  private refreshing: Promise<string> | null = null;

  constructor(
    baseUrl: string,
    private readonly tokens: TokenSource,
    private readonly clock: Clock = systemClock,
    private readonly policy: RetryPolicy = defaultRetryPolicy,
    private readonly random: () => number = Math.random,
    /** the network stack's fetch (Electron's net.fetch); missing: Node's */
    fetchFn?: typeof fetch,
  ) {
    this.baseUrl = assertSafeApiUrl(baseUrl).toString().replace(/\/$/, '');
    this.fetch = fetchFn ?? ((input, init) => fetch(input, init));
  }

  async request<T>(options: RequestOptions): Promise<ApiResponse<T>> {
    const method = options.method ?? 'GET';
    const idempotencyKey = method === 'GET' ? undefined : (options.idempotencyKey ?? randomUUID());
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      let response: Answer;
      let sentToken: string | null;
      try {
        const sent = await this.send(method, options, idempotencyKey);
        response = sent.response;
        sentToken = sent.token;
      } catch (error) {
        if (error instanceof ApiError) throw error;
        const offline = new ApiError(0, 'offline');
        const delay = isRetryable(method, 0)
          ? retryDelayMs(attempt, this.policy, undefined, this.random)
          : null;
        if (delay === null) throw offline;
        await this.sleep(delay);
        continue;
      }
      const etag = response.headers.get('etag') ?? undefined;
      if (response.status === 304) {
        return { status: 304, data: undefined as T, etag, notModified: true };
      }
      if (response.status < 400) {
        return { status: response.status, data: response.data as T, etag, notModified: false };
      }
      const error = errorFromResponse(
        response.status,
        response.data,
        response.headers.get('retry-after') ?? undefined,
        this.clock.now(),
      );
      if (
        response.status === 401 &&
        !options.anonymous &&
        !refreshed &&
        REFRESHABLE.has(error.code)
      ) {
        refreshed = true;
        // a call answered after another's refresh finished carries the old token: it is
        // replayed with the new one, not a second refresh
        if (sentToken === null || sentToken === this.tokens.accessToken()) await this.refreshOnce();
        attempt--; // a refresh is not a retry
        continue;
      }
      const delay = isRetryable(method, response.status)
        ? retryDelayMs(attempt, this.policy, error.retryAfter, this.random)
        : null;
      if (delay === null) throw error;
      await this.sleep(delay);
    }
  }

  /** Every caller that hears 401 while a refresh is running waits for that same refresh. */
  private refreshOnce(): Promise<string> {
    this.refreshing ??= this.tokens.refresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async send(
    method: Method,
    options: RequestOptions,
    idempotencyKey?: string,
  ): Promise<{ response: Answer; token: string | null }> {
    if (!options.anonymous && this.refreshing) await this.refreshing;
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
    };
    let token: string | null = null;
    if (!options.anonymous) {
      token = this.tokens.accessToken() ?? (await this.refreshOnce());
      headers.Authorization = `Bearer ${token}`;
    }
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    if (options.ifNoneMatch) headers['If-None-Match'] = options.ifNoneMatch;
    if (options.ifMatch) headers['If-Match'] = options.ifMatch;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await this.fetch(this.url(options), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      // an answer that points elsewhere is not followed: the API never redirects
      redirect: 'manual',
      // the body's read included: a server that stalls mid-answer counts as gone
      signal: AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS),
    });
    const binary = options.responseType === 'arraybuffer' && response.status < 300;
    const data = binary ? await response.arrayBuffer() : parseBody(await response.text());
    return { response: { status: response.status, data, headers: response.headers }, token };
  }

  private url(options: RequestOptions): string {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) query.append(name, String(value));
    }
    const search = query.toString();
    return `${this.baseUrl}${options.path}${search ? `?${search}` : ''}`;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.clock.setTimeout(resolve, ms));
  }
}

/** A JSON body decoded; an empty one is no data, one that is not JSON stays text. */
function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
