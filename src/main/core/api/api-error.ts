/** What a failed API call means to the rest of the core. */

export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached at all */
    readonly status: number,
    /** the problem+json `code`, or 'offline' / 'server_error' / 'unknown' */
    readonly code: string,
    readonly retryAfter?: number,
    /** per-field error codes from a problem+json `errors` list */
    readonly fields?: Record<string, string>,
  ) {
    super(`${code} (${status})`);
    this.name = 'ApiError';
  }

  get offline(): boolean {
    return this.status === 0;
  }
}

interface ProblemBody {
  code?: unknown;
  retryAfter?: unknown;
  errors?: unknown;
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), if it has a usable one. */
export function parseRetryAfter(value: unknown, now: number): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

export function errorFromResponse(
  status: number,
  body: unknown,
  retryAfterHeader: unknown,
  now: number,
): ApiError {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as ProblemBody;
  const code =
    typeof problem.code === 'string' && /^[a-z0-9_]{1,64}$/.test(problem.code)
      ? problem.code
      : status >= 500
        ? 'server_error'
        : 'unknown';
  const retryAfter =
    parseRetryAfter(retryAfterHeader, now) ??
    (typeof problem.retryAfter === 'number' ? problem.retryAfter : undefined);
  let fields: Record<string, string> | undefined;
  if (Array.isArray(problem.errors)) {
    fields = {};
    for (const entry of problem.errors as { field?: unknown; code?: unknown }[]) {
      if (typeof entry?.field === 'string' && typeof entry.code === 'string') {
        fields[entry.field.replace(/^\//, '')] = entry.code;
      }
    }
  }
  return new ApiError(status, code, retryAfter, fields);
}
