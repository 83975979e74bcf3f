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
    /**
     * the problem's further members the renderer may name in its message (e.g. `domains`
     * of contact_in_use, the missing `right` of forbidden); only those in PROBLEM_DETAILS
     */
    readonly details?: ProblemDetails,
    /** a problem's `issues` list (422 dns_invalid: which record breaks which rule) */
    readonly issues?: ProblemIssue[],
  ) {
    super(`${code} (${status})`);
    this.name = 'ApiError';
  }

  get offline(): boolean {
    return this.status === 0;
  }
}

/**
 * One entry of a problem's `issues`: a rule an item of the request breaks, at a field, with
 * a stable code and its message parameters. Only these members, of these types, are kept.
 */
export interface ProblemIssue {
  recordId: string;
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

function issuesOf(problem: ProblemBody): ProblemIssue[] | undefined {
  if (!Array.isArray(problem['issues'])) return undefined;
  const issues: ProblemIssue[] = [];
  for (const entry of problem['issues'] as Record<string, unknown>[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { recordId, field, code, params } = entry;
    if (typeof recordId !== 'string' || typeof field !== 'string' || typeof code !== 'string') {
      continue;
    }
    if (!/^[a-z0-9_]{1,64}$/.test(code)) continue;
    const issue: ProblemIssue = { recordId, field, code };
    if (typeof params === 'object' && params !== null) {
      const kept = Object.entries(params as Record<string, unknown>).filter(
        (pair): pair is [string, string | number] =>
          typeof pair[1] === 'string' || typeof pair[1] === 'number',
      );
      if (kept.length > 0) issue.params = Object.fromEntries(kept);
    }
    issues.push(issue);
  }
  return issues;
}

/** Problem members kept from the body: plain strings, or lists of strings. */
export type ProblemDetails = Record<string, string | string[]>;

/**
 * The extension members worth keeping. A fixed list: the body is the server's, and nothing in
 * it (a `type` URL, a `detail` in English) should reach a message by accident.
 */
export const PROBLEM_DETAILS = ['domains', 'right', 'reason'] as const;

interface ProblemBody {
  code?: unknown;
  retryAfter?: unknown;
  errors?: unknown;
  [member: string]: unknown;
}

function detailsOf(problem: ProblemBody): ProblemDetails | undefined {
  const details: ProblemDetails = {};
  for (const name of PROBLEM_DETAILS) {
    const value = problem[name];
    if (typeof value === 'string') details[name] = value;
    else if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) {
      details[name] = value;
    }
  }
  return Object.keys(details).length > 0 ? details : undefined;
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
  return new ApiError(status, code, retryAfter, fields, detailsOf(problem), issuesOf(problem));
}
