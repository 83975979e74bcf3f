/** When to try an API call again, and how long to wait first. */

export interface RetryPolicy {
  /** attempts after the first one */
  retries: number;
  baseMs: number;
  capMs: number;
  /** a Retry-After longer than this is not waited for: the caller hears of it instead */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  retries: 3,
  baseMs: 250,
  capMs: 4000,
  maxRetryAfterMs: 30_000,
};

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS']);
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/** Only reads are retried on their own; writes are retried by the outbox with the same key. */
export function isRetryable(method: string, status: number): boolean {
  if (!IDEMPOTENT.has(method.toUpperCase())) return false;
  return status === 0 || RETRYABLE_STATUS.has(status);
}

/**
 * Full-jitter exponential backoff (AWS architecture blog): a random wait in
 * [0, min(cap, base·2^attempt)). A server's Retry-After wins when it gives one.
 */
export function retryDelayMs(
  attempt: number,
  policy: RetryPolicy,
  retryAfterSeconds: number | undefined,
  random: () => number = Math.random,
): number | null {
  if (attempt >= policy.retries) return null;
  if (retryAfterSeconds !== undefined) {
    const ms = retryAfterSeconds * 1000;
    return ms <= policy.maxRetryAfterMs ? ms : null;
  }
  return Math.floor(random() * Math.min(policy.capMs, policy.baseMs * 2 ** attempt));
}
