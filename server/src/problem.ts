/**
 * RFC 9457 problem details. Every error the API answers is an ApiError turned into
 * `application/problem+json` with a stable `code`; anything else becomes a bare 500.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface FieldError {
  field: string;
  code: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: FieldError[];
  retryAfter?: number;
}

const TITLES: Record<string, string> = {
  validation_failed: 'The request is not valid',
  invalid_json: 'The request body is not valid JSON',
  unsupported_media_type: 'Unsupported content type',
  payload_too_large: 'The request body is too large',
  not_found: 'Not found',
  unauthorized: 'Authentication required',
  token_expired: 'The access token has expired',
  session_revoked: 'The session has ended',
  wrong_password: 'The e-mail address or the password is wrong',
  account_locked: 'The account is temporarily locked',
  mfa_invalid_code: 'The code is wrong',
  mfa_code_reused: 'This code has already been used',
  mfa_token_invalid: 'The sign-in has expired',
  refresh_token_invalid: 'The refresh token is not valid',
  refresh_token_reused: 'The refresh token was used twice; the session has been ended',
  reset_token_invalid: 'The reset link is not valid',
  weak_password: 'The password is too weak',
  step_up_required: 'Please confirm your password',
  mandate_required: 'A SEPA direct debit mandate is required first',
  mandate_exists: 'There is already an active SEPA direct debit mandate',
  mandate_revoked: 'The SEPA direct debit mandate is already revoked',
  invoice_not_open: 'Nothing is open on this invoice',
  renewal_not_due: 'This domain is not due for renewal or restore',
  renewal_changed: 'The price or kind of this renewal changed',
  idempotency_key_reused: 'The Idempotency-Key was used for another request',
  idempotency_in_progress: 'A request with this Idempotency-Key is still running',
  attachment_too_large: 'The attachment is larger than 10 MB',
  attachment_type: 'This type of file cannot be attached',
  already_cancelled: 'The contract has already been cancelled',
  contract_ended: 'The contract has already ended',
  cancellation_not_revocable: 'The cancellation can no longer be revoked',
  totp_enabled: 'Two-factor sign-in is already on',
  totp_disabled: 'Two-factor sign-in is off',
  totp_setup_missing: 'No two-factor setup is waiting to be confirmed',
  password_unchanged: 'The new password is the current one',
  internal_error: 'Internal server error',
  bad_request: 'The request cannot be processed',
  request_timeout: 'The request took too long',
  headers_too_large: 'The request line or headers are too large',
  invalid_url: 'The address is not valid (malformed percent-encoding)',
  uri_too_long: 'A part of the address is too long',
};

export const PROBLEM_TYPE_BASE = 'https://kundencenter.example/problems/';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail?: string;
  readonly errors?: FieldError[];
  readonly retryAfter?: number;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: string,
    opts: {
      detail?: string;
      errors?: FieldError[];
      retryAfter?: number;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(`${status} ${code}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = opts.detail;
    this.errors = opts.errors;
    this.retryAfter = opts.retryAfter;
    this.headers = { ...opts.headers };
    if (opts.retryAfter !== undefined) this.headers['Retry-After'] = String(opts.retryAfter);
  }

  toProblem(): ProblemBody {
    const body: ProblemBody = {
      type: PROBLEM_TYPE_BASE + this.code,
      title: TITLES[this.code] ?? 'Error',
      status: this.status,
      code: this.code,
    };
    if (this.detail !== undefined) body.detail = this.detail;
    if (this.errors !== undefined) body.errors = this.errors;
    if (this.retryAfter !== undefined) body.retryAfter = this.retryAfter;
    return body;
  }
}

/** A page cursor this server did not hand out (or not for this list): 400 on `cursor`. */
export function cursorInvalid(): ApiError {
  return new ApiError(400, 'validation_failed', {
    errors: [{ field: 'cursor', code: 'cursor_invalid' }],
  });
}

export function sendProblem(reply: FastifyReply, error: ApiError): FastifyReply {
  return reply
    .code(error.status)
    .headers(error.headers)
    .header('Cache-Control', 'no-store')
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify(error.toProblem()));
}

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

/** `/patch/company` → `patch.company`; a missing property is named by its own path. */
export function fieldErrorsFromValidation(
  validation: readonly AjvError[],
  context?: string,
): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const v of validation) {
    const parts = v.instancePath.split('/').filter(Boolean);
    const missing = v.params.missingProperty;
    if (v.keyword === 'required' && typeof missing === 'string') parts.push(missing);
    let field = parts.join('.');
    if (field === '' && context && context !== 'body') field = context;
    const key = `${field}\u0000${v.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field, code: v.keyword });
  }
  return out;
}

const FASTIFY_CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'validation_failed'],
  FST_ERR_BAD_URL: [400, 'invalid_url'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'uri_too_long'],
};

/** Translates any thrown error into a problem document; never leaks internals. */
export function toApiError(err: unknown): ApiError | null {
  if (err instanceof ApiError) return err;
  const e = err as Partial<FastifyError> & { validation?: AjvError[] };
  if (e && Array.isArray(e.validation)) {
    return new ApiError(400, 'validation_failed', {
      errors: fieldErrorsFromValidation(e.validation, e.validationContext),
    });
  }
  const known = e && typeof e.code === 'string' ? FASTIFY_CODES[e.code] : undefined;
  if (known) return new ApiError(known[0], known[1]);
  if (e && typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new ApiError(e.statusCode, e.statusCode === 404 ? 'not_found' : 'bad_request');
  }
  return null;
}

export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err, request, reply) => {
    const apiError = toApiError(err);
    if (apiError) return sendProblem(reply, apiError);
    request.log.error({ err }, 'unhandled error');
    return sendProblem(reply, new ApiError(500, 'internal_error'));
  });
  app.setNotFoundHandler((_request, reply) => sendProblem(reply, new ApiError(404, 'not_found')));
}

/**
 * Fastify's options for what goes wrong before a route runs: the router refusing a path
 * (malformed percent-encoding, a parameter over its length), and Node's HTTP parser refusing
 * a request. Both answer problems, so every error the server gives has a stable code.
 */
export const problemServerOptions = {
  frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) =>
    sendProblem(reply, toApiError(error) ?? new ApiError(400, 'bad_request')),
  clientErrorHandler: (err: NodeJS.ErrnoException, socket: Socket) =>
    problemClientErrorHandler(err, socket),
};

/**
 * Requests Node's HTTP parser refuses (headers over 16 KiB, a malformed request line) never
 * reach Fastify's handlers; Fastify answers them with its own JSON. This answers them as
 * problems too (Fastify's `clientErrorHandler` option), so every error has a stable code.
 */
function problemClientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const error =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? new ApiError(408, 'request_timeout')
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? new ApiError(431, 'headers_too_large')
        : new ApiError(400, 'bad_request');
  const body = JSON.stringify(error.toProblem());
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? ''}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Content-Type: application/problem+json; charset=utf-8\r\n' +
        'Cache-Control: no-store\r\nConnection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(err);
}
