/**
 * GENERATED from server/openapi.yaml by scripts/gen-api-types.mjs. Do not edit by hand:
 * change the spec and run `npm run gen:api` (`npm run check:api` fails when they drift).
 */

export interface paths {
  '/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness probe */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with e-mail and password
     * @description Answers the tokens, or `mfaRequired` with a short-lived single-use `mfaToken` when the
     *     account has two-factor authentication on. Five consecutive failures (wrong password or
     *     wrong code) lock the account; the lock doubles with every further failure (30 s up to
     *     1 h) and a success resets it.
     */
    post: operations['login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/mfa': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Second step of the sign-in with a TOTP code */
    post: operations['verifyMfa'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate the refresh token
     * @description Each refresh token works once. Presenting a used one again revokes the whole session
     *     (`refresh_token_reused`): every access and refresh token of it stops working.
     */
    post: operations['refreshTokens'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End the session the refresh token belongs to
     * @description Idempotent; an unknown token is answered with 204 as well.
     */
    post: operations['logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/password/forgot': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask for a password reset mail
     * @description Always 202, whether the address belongs to an account or not.
     */
    post: operations['forgotPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/password/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set a new password with the token from the reset mail
     * @description The token works once and for one hour. On success every session of the user is revoked
     *     and the lockout is reset.
     */
    post: operations['resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/reauth': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Step-up re-authentication for sensitive actions
     * @description Confirms the password again; sensitive endpoints accept the session for 5 minutes.
     */
    post: operations['reauth'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The customer account of the signed-in user */
    get: operations['getAccount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What changed for this customer since a cursor
     * @description Without a cursor, or with one the server no longer knows, the answer has `reset: true`,
     *     no changes and the latest cursor: the client then refetches what it caches and continues
     *     from that cursor.
     */
    get: operations['listChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sandbox/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The mails the server has sent, newest first */
    get: operations['sandboxListOutbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sandbox/totp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The current TOTP code of a user (what their authenticator app shows) */
    get: operations['sandboxGetTotp'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sandbox/account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change a customer account as the provider's staff would
     * @description Records an `account` change, so clients see the data refresh.
     */
    post: operations['sandboxPatchAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description RFC 9457 problem details */
    Problem: {
      /** @description URI naming the problem type */
      type: string;
      title: string;
      status: number;
      /** @description stable machine-readable code, e.g. `wrong_password` */
      code: string;
      detail?: string;
      errors?: components['schemas']['FieldError'][];
      /** @description seconds until a retry may succeed */
      retryAfter?: number;
    };
    FieldError: {
      /** @description the field, e.g. `password` or `patch.company` */
      field: string;
      /** @description what is wrong, e.g. `required`, `format`, `weak_password` */
      code: string;
    };
    Empty: Record<string, never>;
    Health: {
      /** @constant */
      status: 'ok';
    };
    /** Format: email */
    Email: string;
    Password: string;
    LoginRequest: {
      email: components['schemas']['Email'];
      password: components['schemas']['Password'];
    };
    Tokens: {
      accessToken: string;
      refreshToken: string;
      /** @description seconds the access token is valid */
      expiresIn: number;
    };
    LoginOk: {
      /** @constant */
      status: 'ok';
      accessToken: string;
      refreshToken: string;
      /** @description seconds the access token is valid */
      expiresIn: number;
    };
    LoginMfaRequired: {
      /** @constant */
      status: 'mfaRequired';
      /** @description single use; send it with the code to /v1/auth/mfa */
      mfaToken: string;
      /** @description seconds the mfaToken is valid */
      expiresIn: number;
    };
    LoginResponse: components['schemas']['LoginOk'] | components['schemas']['LoginMfaRequired'];
    MfaRequest: {
      mfaToken: string;
      code: string;
    };
    RefreshRequest: {
      refreshToken: string;
    };
    ForgotPasswordRequest: {
      email: components['schemas']['Email'];
    };
    ResetPasswordRequest: {
      token: string;
      password: components['schemas']['Password'];
    };
    ReauthRequest: {
      password: components['schemas']['Password'];
    };
    ReauthResponse: {
      /** Format: date-time */
      stepUpUntil: string;
    };
    Address: {
      street: string;
      postalCode: string;
      city: string;
      /** @description ISO 3166-1 alpha-2 */
      country: string;
    };
    /** @enum {string} */
    VerificationStatus: 'unverified' | 'pending' | 'verified' | 'rejected';
    Account: {
      /** @description e.g. K-100234 */
      customerNumber: string;
      /** @enum {string} */
      kind: 'person' | 'company';
      firstName: string;
      lastName: string;
      company: string | null;
      email: string;
      phone: string | null;
      address: components['schemas']['Address'];
      vatId: string | null;
      verificationStatus: components['schemas']['VerificationStatus'];
    };
    Change: {
      seq: number;
      /** @description what changed, e.g. `account` */
      resource: string;
      /** @description the id of the changed resource within its kind */
      id: string;
      /** @enum {string} */
      op: 'upsert' | 'delete';
    };
    ChangesPage: {
      /** @description opaque; pass it as `cursor` next time */
      cursor: string;
      changes: components['schemas']['Change'][];
      /** @description more changes are waiting; ask again with the new cursor at once */
      hasMore: boolean;
      /** @description the cursor was missing or unknown; refetch everything cached */
      reset: boolean;
    };
    SandboxMail: {
      id: number;
      to: string;
      subject: string;
      text: string;
      /** Format: date-time */
      createdAt: string;
    };
    SandboxTotp: {
      code: string;
      /** @description base32 */
      secret: string;
    };
    SandboxAccountRequest: {
      email: string;
      patch: {
        company?: string | null;
        firstName?: string;
        lastName?: string;
        phone?: string | null;
      };
    };
  };
  responses: {
    /** @description the request does not match the schema (`validation_failed`) */
    ValidationFailed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description the request cannot be processed (`validation_failed`, `reset_token_invalid`) */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /**
     * @description not signed in or the credentials are wrong (`unauthorized`, `token_expired`,
     *     `session_revoked`, `unknown_user`, `wrong_password`, `mfa_invalid_code`,
     *     `mfa_code_reused`, `mfa_token_invalid`, `refresh_token_invalid`, `refresh_token_reused`)
     */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description the action needs a recent step-up (`step_up_required`) or another role */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description no such resource (`not_found`) */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description too many failed attempts (`account_locked`); retry after the given seconds */
    Locked: {
      headers: {
        'Retry-After': components['headers']['RetryAfter'];
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description the input is well-formed but not acceptable (`weak_password`) */
    Unprocessable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
  };
  parameters: {
    IfNoneMatch: string;
  };
  requestBodies: never;
  headers: {
    /** @description strong entity tag of the representation */
    ETag: string;
    /** @description seconds until a new attempt may succeed */
    RetryAfter: number;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the server is up */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
    };
  };
  login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginRequest'];
      };
    };
    responses: {
      /** @description signed in, or the second factor is required */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponse'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      423: components['responses']['Locked'];
    };
  };
  verifyMfa: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MfaRequest'];
      };
    };
    responses: {
      /** @description signed in */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginOk'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      423: components['responses']['Locked'];
    };
  };
  refreshTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshRequest'];
      };
    };
    responses: {
      /** @description a new token pair */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Tokens'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
    };
  };
  logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshRequest'];
      };
    };
    responses: {
      /** @description the session is revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['ValidationFailed'];
    };
  };
  forgotPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ForgotPasswordRequest'];
      };
    };
    responses: {
      /** @description accepted */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Empty'];
        };
      };
      400: components['responses']['ValidationFailed'];
    };
  };
  resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResetPasswordRequest'];
      };
    };
    responses: {
      /** @description the password is changed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      422: components['responses']['Unprocessable'];
    };
  };
  reauth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReauthRequest'];
      };
    };
    responses: {
      /** @description step-up granted */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReauthResponse'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      423: components['responses']['Locked'];
    };
  };
  getAccount: {
    parameters: {
      query?: never;
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the account */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Account'];
        };
      };
      /** @description unchanged since the ETag given in If-None-Match */
      304: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
    };
  };
  listChanges: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a page of changes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangesPage'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
    };
  };
  sandboxListOutbox: {
    parameters: {
      query?: {
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the mails */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SandboxMail'][];
        };
      };
    };
  };
  sandboxGetTotp: {
    parameters: {
      query: {
        email: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the code and the secret */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SandboxTotp'];
        };
      };
      400: components['responses']['ValidationFailed'];
      404: components['responses']['NotFound'];
    };
  };
  sandboxPatchAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SandboxAccountRequest'];
      };
    };
    responses: {
      /** @description the updated account */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Account'];
        };
      };
      400: components['responses']['ValidationFailed'];
      404: components['responses']['NotFound'];
    };
  };
}
