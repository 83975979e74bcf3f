/**
 * The HTTP client for the Kundencenter API: bearer header, one token refresh at a time however
 * many calls hear 401, retries with full jitter for reads only, Retry-After honoured,
 * an Idempotency-Key on every write, conditional GETs with ETags.
 */
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
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

export class ApiClient {
  private readonly http: AxiosInstance;
  private refreshing: Promise<string> | null = null;

  constructor(
    baseUrl: string,
    private readonly tokens: TokenSource,
    private readonly clock: Clock = systemClock,
    private readonly policy: RetryPolicy = defaultRetryPolicy,
    private readonly random: () => number = Math.random,
    /** a fetch to send through (Electron's net.fetch); missing: axios' Node http adapter */
    fetchFn?: typeof fetch,
  ) {
    this.http = axios.create({
      // axios' own fetch adapter over the given fetch: one code path for whatever stack
      ...(fetchFn ? { adapter: 'fetch' as const, env: { fetch: fetchFn } } : {}),
      baseURL: assertSafeApiUrl(baseUrl).toString().replace(/\/$/, ''),
      timeout: 10_000,
      validateStatus: () => true,
      maxRedirects: 0,
      headers: { Accept: 'application/json, application/problem+json' },
    });
  }

  async request<T>(options: RequestOptions): Promise<ApiResponse<T>> {
    const method = options.method ?? 'GET';
    const idempotencyKey = method === 'GET' ? undefined : (options.idempotencyKey ?? randomUUID());
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      let response: AxiosResponse;
      try {
        response = await this.send(method, options, idempotencyKey);
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
      if (response.status === 304) {
        return {
          status: 304,
          data: undefined as T,
          etag: header(response, 'etag'),
          notModified: true,
        };
      }
      if (response.status < 400) {
        return {
          status: response.status,
          data: response.data as T,
          etag: header(response, 'etag'),
          notModified: false,
        };
      }
      const error = errorFromResponse(
        response.status,
        decodeBody(response.data),
        header(response, 'retry-after'),
        this.clock.now(),
      );
      if (
        response.status === 401 &&
        !options.anonymous &&
        !refreshed &&
        REFRESHABLE.has(error.code)
      ) {
        refreshed = true;
        await this.refreshOnce();
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

  private async send(method: Method, options: RequestOptions, idempotencyKey?: string) {
    if (!options.anonymous && this.refreshing) await this.refreshing;
    const headers: Record<string, string> = {};
    if (!options.anonymous) {
      const token = this.tokens.accessToken() ?? (await this.refreshOnce());
      headers.Authorization = `Bearer ${token}`;
    }
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    if (options.ifNoneMatch) headers['If-None-Match'] = options.ifNoneMatch;
    if (options.ifMatch) headers['If-Match'] = options.ifMatch;
    return this.http.request({
      method,
      url: options.path,
      params: options.query,
      data: options.body,
      headers,
      responseType: options.responseType ?? 'json',
      timeout: options.timeoutMs,
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.clock.setTimeout(resolve, ms));
  }
}

function header(response: AxiosResponse, name: string): string | undefined {
  const value: unknown = response.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function decodeBody(data: unknown): unknown {
  if (data instanceof ArrayBuffer || Buffer.isBuffer(data)) {
    try {
      return JSON.parse(Buffer.from(data as ArrayBuffer).toString('utf8')) as unknown;
    } catch {
      return undefined;
    }
  }
  return data;
}
