/**
 * GENERATED from server/openapi.yaml and server/openapi/*.yaml by scripts/gen-api-types.ts. Do not edit by hand:
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
     *
     *     An address without an account is answered exactly as a wrong password (401
     *     `wrong_password`, after the same password-hash work), and its failures are counted and
     *     locked the same way (423 `account_locked` with `Retry-After`), so neither the answer,
     *     its timing nor the lockout tells whether an address has an account. `deviceName` (what
     *     the app calls itself, e.g. "Kundencenter Desktop · Linux") is kept with the session and
     *     the sign-in history.
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
    /**
     * Second step of the sign-in with a TOTP code or a recovery code
     * @description `code` is the current 6-digit TOTP code, or one of the account's recovery codes
     *     (`XXXX-XXXX-XXXX`; dashes, spaces and case do not matter), which then works never again:
     *     the answer says how many are left (`recoveryCodesLeft`). Wrong codes of either kind count
     *     towards the lockout.
     */
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
  '/v1/auth/logout-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End every session of the signed-in user ("Überall abmelden")
     * @description Revokes all sessions of the user, on every device, this one included: their access tokens are refused at once and their refresh tokens can no longer be used.
     */
    post: operations['logoutAll'];
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
    /**
     * Change the customer information (If-Match required)
     * @description Needs `If-Match` with the account's ETag: without it 428 `precondition_required`, with a
     *     stale one 412 `precondition_failed` (then GET the account and show both versions). The
     *     content is checked field by field (422 `validation_failed` with `errors`:
     *     `{field: 'vatId', code: 'vat_id_invalid'}` (format of the address's country),
     *     `{field: 'phone', code: 'phone_invalid'}` (E.164), `{field: 'company', code:
     *     'company_required'}`, `{field: 'address.postalCode', code: 'postal_code_invalid'}` (the
     *     format of the address's country, `src/shared/address/postal-code.ts`)). Records an
     *     `account` change.
     */
    patch: operations['updateAccount'];
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
  '/v1/batch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Several reads in one request
     * @description Up to 20 GETs of this API answered together, in order, each exactly as it would be
     *     alone: its own right checked, its ETag, 304 for a matching `ifNoneMatch`, its problem
     *     (status and body) when refused. For a sync pass that knows what it will read after the
     *     change log: the reads of one pass cost one round trip. The event stream and the batch
     *     itself cannot be asked for.
     */
    post: operations['batchGet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The customer's invoices, newest first, a page at a time
     * @description Sorted by issue date, then number, both descending. `nextCursor` is null on the last
     *     page. The ETag covers the whole invoice set of the customer (status and open amount
     *     included) and the page asked for: a 304 on the first page means no invoice changed.
     */
    get: operations['listInvoices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One invoice with its lines and taxes */
    get: operations['getInvoice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The invoice as PDF (§14 UStG), customer number at the top right
     * @description The same invoice always gives the same bytes (fixed dates and document id), so the
     *     strong ETag stays valid until the invoice itself changes.
     */
    get: operations['getInvoicePdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billing/statement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The account statement with running balance
     * @description Every booking in date order: invoices (+gross), payments and credits (−), return
     *     debits (+ the returned amount) and their fees (+). `balanceCents` > 0 is still to pay.
     *
     *     A large account's statement is megabytes, and a booking is almost always added at its
     *     end. A client that holds a version passes its `ledger` as `after`: when the bookings
     *     that version had are still the first ones, unchanged, the answer holds only the
     *     bookings after them (`appendedAfter` says how many it already has); otherwise it is
     *     the whole statement. The ETag is always that of the whole statement.
     */
    get: operations['getBillingStatement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/payment-methods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The payment methods on offer and the current one */
    get: operations['getPaymentMethods'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/payment-methods/default': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Choose how future invoices are paid
     * @description SEPA direct debit needs an active mandate first (409 `mandate_required`).
     */
    put: operations['setDefaultPaymentMethod'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sepa-mandates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The customer's SEPA mandates (active and revoked), the creditor ID, the next reference */
    get: operations['listSepaMandates'];
    put?: never;
    /**
     * Grant a SEPA direct debit mandate (needs a recent step-up)
     * @description Needs `POST /v1/auth/reauth` within the last 5 minutes (403 `step_up_required`). Every
     *     invalid field is reported at once (422 `validation_failed` with `errors`:
     *     `account_holder_required`, `iban_invalid`, `bic_invalid`, `consent_required`). One
     *     active mandate at a time (409 `mandate_exists`). The new mandate makes SEPA direct
     *     debit the current payment method. The full IBAN is never answered again, only masked.
     *     A repeated request with the same `Idempotency-Key` is answered with the first answer.
     */
    post: operations['createSepaMandate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sepa-mandates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke a SEPA mandate
     * @description The mandate stays listed as `revoked`. When SEPA direct debit was the current payment
     *     method, bank transfer becomes current. Revoking twice: 409 `mandate_revoked` (unless the
     *     same `Idempotency-Key` is sent again, which answers 204 again).
     */
    delete: operations['revokeSepaMandate'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/account/billing-emails': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where invoices are sent, and which account users also get them */
    get: operations['getBillingEmails'];
    /**
     * Change the invoice address and the users who also receive invoices
     * @description `userIds` replaces the list of receiving users. 422 `validation_failed` with `errors`:
     *     `{field: 'email', code: 'email_invalid'}`, `{field: 'userIds', code: 'user_unknown'}`.
     */
    put: operations['setBillingEmails'];
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
  '/v1/sandbox/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue a new invoice to a customer today, as the provider's billing run would
     * @description Records `invoices` and `statement` changes, so clients see it arrive.
     */
    post: operations['sandboxIssueInvoice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sandbox/invoices/{id}/payment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Book the payment of an invoice's open amount, as the bank statement import would */
    post: operations['sandboxPayInvoice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/domains': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The customer's domains, a page at a time, by name
     * @description Sorted by name; `q` keeps the names containing it. `nextCursor` is null on the last
     *     page. The ETag of every page covers the customer's whole set of domains (any change to
     *     a domain as the list shows it changes it), so a 304 on the first page means nothing in
     *     the list changed.
     */
    get: operations['listDomains'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/domains/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One domain with its nameservers, contacts and the validity of its auth code
     * @description The `ETag` header equals the body's `etag`. Another customer's domain is answered like
     *     a missing one (404).
     */
    get: operations['getDomain'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Auto-renew, transfer lock or nameservers (If-Match required)
     * @description Needs `If-Match` with the domain's ETag: without it 428 `precondition_required`, with
     *     a stale one 412 `precondition_failed`. Nameservers follow
     *     src/shared/domains/nameservers.ts (422 `validation_failed` with `errors`
     *     `{field: 'nameservers.<i>' | 'nameservers', code}`); stored lower case without the
     *     trailing dot. Records a `domains` change, and a `dns-zones` one when the zone starts or
     *     stops being served here (the nameservers became or stopped being the provider's).
     */
    patch: operations['updateDomain'];
    trace?: never;
  };
  '/v1/domains/{name}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * The owner, admin, tech and zone contact (If-Match required)
     * @description Each an id of one of the account's contacts; an unknown one → 422 `validation_failed`
     *     with `errors` `{field: '<role>', code: 'contact_unknown'}`. If-Match as for PATCH.
     *     Records a `domains` change and a `contacts` change for each contact that gained or lost
     *     the domain (its `usedByDomains`; a contact in use cannot be deleted).
     */
    put: operations['setDomainContacts'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/domains/{name}/auth-code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Generate a new auth code (transfer code); the previous one stops working
     * @description The code follows the TLD's rules (src/shared/domains/auth-code.ts: DENIC's for .de,
     *     the generic EPP rules otherwise), is valid for 30 days and shown only in this answer
     *     (stored as its sha256; `Cache-Control: no-store`). 409 `transfer_locked` while the
     *     transfer lock is on. Records a `domains` change (`authCode.validUntil`). The person who
     *     asked gets a mail that a code was generated (without the code).
     */
    post: operations['createAuthCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/domains/{name}/dns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The DNS zone of a domain that uses the provider's nameservers
     * @description The `ETag` header equals the body's `etag`. 409 `zone_external` when the domain uses
     *     other nameservers; another customer's domain → 404.
     */
    get: operations['getDnsZone'];
    /**
     * Replace the zone's records as one change (If-Match required)
     * @description Needs `If-Match` with the zone's ETag (428 without, 412 when stale). Records keep their
     *     ids; one whose id is not the zone's (the editor's `new-…`) gets a server id. The whole
     *     zone is checked with validateZone (src/shared/domains/dns-rules.ts): any issue → 422
     *     `dns_invalid` with `issues` (record id, field, code) and nothing is saved. Records a
     *     `dns-zones` and a `domains` change (the record count).
     */
    put: operations['putDnsZone'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/dns-zones': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every zone of the customer's domains served here, a page of domains at a time
     * @description The zones of the domains that use the provider's nameservers, sorted by domain, each
     *     with all its records — what a client syncs (40,000 records in a few requests). The
     *     ETag of every page covers all of the customer's zones (a save anywhere changes it).
     */
    get: operations['listDnsZones'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices/{id}/einvoice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The invoice as e-invoice (XRechnung CII or UBL, or ZUGFeRD PDF/A-3)
     * @description `xrechnung-cii` and `xrechnung-ubl` answer the XRechnung XML (CIUS of EN 16931) in
     *     the UN/CEFACT CII resp. OASIS UBL syntax; `zugferd` answers the invoice's PDF as
     *     PDF/A-3 with the CII XML (profile EN 16931) embedded as `factur-x.xml`. Seller with VAT
     *     ID and tax number, buyer with customer number (BT-46, also the buyer reference BT-10)
     *     and VAT ID where given, every line with its contract (BT-155) and service period, the
     *     VAT per rate as the invoice has it (rounded per line), and the payment terms with the
     *     SEPA mandate (BT-89, BT-90, BT-91) or the provider's bank account (BT-84). An EU
     *     business customer with a VAT ID outside Germany gets reverse charge (category AE).
     *     The ETag is computed from what the document shows, so a 304 costs no rendering.
     */
    get: operations['getInvoiceEinvoice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The notices touching the customer, newest first, a page at a time
     * @description Sorted by id, newest first; `nextCursor` is null on the last page. The ETag of every
     *     page covers all the notices the user sees (as the user sees them), so a 304 on the
     *     first page means nothing in the list changed.
     */
    get: operations['listNotices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/notices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One notice
     * @description The same shape as in the list. A notice that touches neither the customer's contracts
     *     nor its domains (and is not general) is answered like a missing one (404).
     */
    get: operations['getNotice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sandbox/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Post a notice as the provider's staff would (sandbox only; `npm run sandbox -- notice`)
     * @description Names contracts and/or domains (each must exist, 422 `validation_failed` with `errors`
     *     `{field: 'contractIds' | 'domains', code: 'unknown'}`), or none with `general: true`.
     *     `titleEn`/`bodyEn` default to the German text. An incident starts now and is `active`;
     *     a maintenance starts at `startsAt` (default: tomorrow) and is `planned` until then.
     *     Records a `notices` change for every customer it touches.
     */
    post: operations['sandboxPostNotice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sandbox/notices/{id}/state': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move a notice to another state (sandbox only; `npm run sandbox -- notice-state`)
     * @description `resolved` also ends it now when its end lies ahead. Records a `notices` change for
     *     every customer it touches.
     */
    post: operations['sandboxSetNoticeState'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billing/payment-details': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The provider's account for bank transfers, and the online methods on offer
     * @description The same for every customer; synced and kept offline, so a transfer (and its GiroCode)
     *     can be made from an invoice read offline. The reference of a transfer is the invoice
     *     number.
     */
    get: operations['getPaymentDetails'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices/{id}/online-payment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A payment page at the payment provider for what is open on the invoice
     * @description Answers the page's address (https; the sandbox's own page on loopback), valid for 30
     *     minutes. The page takes the payment; the invoice then turns paid and `invoices`,
     *     `statement` and `contracts` changes are recorded, so clients see it by sync. 409
     *     `invoice_not_open` when nothing is open on the invoice.
     */
    post: operations['createOnlinePayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/domains/{name}/renewal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What renewing or restoring the domain would cost now
     * @description A domain expiring within 30 days, or expired up to 30 days ago, is renewed for a year
     *     at its TLD's price; one expired longer, or in redemption, is restored (the restore fee
     *     plus the year). 409 `renewal_not_due` otherwise (still long valid, or in transfer).
     */
    get: operations['getDomainRenewal'];
    put?: never;
    /**
     * Renew or restore the domain at the confirmed price; issues an invoice
     * @description `action` and `grossCents` are the offer the person confirmed: a different price or
     *     action now is refused (409 `renewal_changed`, nothing ordered), as is a domain not due
     *     (409 `renewal_not_due`). The domain becomes active until the new end date and an
     *     invoice is issued; `domains`, `invoices`, `statement` and (for a domain of a contract)
     *     `contracts` changes are recorded. A repeated request with the same `Idempotency-Key`
     *     is answered with the first answer.
     */
    post: operations['renewDomain'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sandbox/pay/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The payment provider's page (as PayPal's or the card acquirer's would be)
     * @description An HTML page naming the invoice and the amount, with a button that pays.
     */
    get: operations['sandboxPaymentPage'];
    put?: never;
    /**
     * The button of the payment page: books the payment, the invoice turns paid
     * @description Sent by the page's form (any body is ignored). Books a payment of what is open and
     *     records `invoices`, `statement` and `contracts` changes; a page used before answers
     *     that it is paid already.
     */
    post: operations['sandboxCompletePayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The customer's contracts, a page at a time
     * @description Sorted by contract number. `nextCursor` is null on the last page. The ETag covers the
     *     page asked for (filters, cursor and limit included) with every contract on it.
     */
    get: operations['listContracts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/contracts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One contract with its invoices, the kinds of its logins and its cancellation
     * @description Another customer's contract is answered like a missing one (404). The invoices need
     *     the `invoices` right and the kinds of logins the `credentials` right: without it the
     *     field is absent (`x-kc-right` on the field).
     */
    get: operations['getContract'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/contracts/{id}/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A contract's invoices, newest first, a page at a time
     * @description The contract detail carries the newest of them and the cursor of the rest. Another
     *     customer's contract is answered like a missing one (404).
     */
    get: operations['listContractInvoices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/contracts/{id}/credentials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The logins of a contract, passwords included (needs a step-up)
     * @description Needs a step-up (`POST /v1/auth/reauth`) within its window, else 403
     *     `step_up_required`. Answered with `Cache-Control: no-store`.
     */
    get: operations['getContractCredentials'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/contracts/{id}/credentials/{credentialId}/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replace a login's password by a new one the server generates (shown once)
     * @description Needs a step-up. The answer is the only time the new password is shown outside the
     *     credentials list. Records a `credentials` change (id = the contract id). Answered with
     *     `Cache-Control: no-store`. Honours `Idempotency-Key`.
     */
    post: operations['resetContractCredential'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/contracts/{id}/cancellation-options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What a cancellation of this contract can be, as of today
     * @description The earliest regular end date and its notice deadline (the shared rule, today in
     *     Europe/Berlin), the prefill (the signed-in person's name and e-mail), the terms and the
     *     active cancellation, if any.
     */
    get: operations['getCancellationOptions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/contracts/{id}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a contract
     * @description Ordinary: the end date must be the earliest regular end date or a later term end; the
     *     cancellation is `confirmed` and the contract `cancelled` with that end date.
     *     Extraordinary: a reason is required, the end date any day from tomorrow; the
     *     cancellation is `requested` (staff review) and the contract stays active meanwhile.
     *     Either way a confirmation e-mail (German) goes to `confirmationEmail`, and `contracts`
     *     changes are recorded. 409 `already_cancelled` (an active cancellation exists),
     *     `contract_ended`. 422 `validation_failed` with `errors`: `{field: 'endDate', code:
     *     'end_date_too_early'}` (before the earliest, not a term end, or not after today),
     *     `{field: 'reason', code: 'reason_required'}`, `{field: 'closingCompany', code:
     *     'closing_company_ordinary'}`, `{field: 'confirmationEmail', code: 'email_invalid'}`,
     *     `{field: 'requestedBy', code: 'requested_by_required'}`. Honours `Idempotency-Key`.
     */
    post: operations['createCancellation'];
    /**
     * Withdraw the cancellation before it takes effect
     * @description The cancellation becomes `revoked`, the contract `active` again. 409
     *     `cancellation_not_revocable` when there is no active cancellation or its end date is
     *     today or past (it has taken effect). Records `contracts` changes. Honours
     *     `Idempotency-Key`.
     */
    delete: operations['revokeCancellation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/contracts/{id}/cancellation/receipt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The receipt of the contract's latest cancellation as PDF ("Kündigungsbestätigung")
     * @description Contract, product, kind, end date, when it was sent (Europe/Berlin), customer number and
     *     who sent it. The same cancellation always gives the same bytes. 404 when the contract
     *     was never cancelled.
     */
    get: operations['getCancellationReceipt'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/security': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether two-factor sign-in is on, how many recovery codes are left */
    get: operations['getSecurity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/security/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change the password (the current one confirms it)
     * @description A wrong `currentPassword` is 401 `wrong_password` (counted towards the lockout, 423
     *     `account_locked`); a new password the shared rule refuses is 422 `weak_password`, the
     *     current one again 422 `password_unchanged` (both at `newPassword`). On success every
     *     other session of the user ends (their apps learn `password_changed`); this one stays.
     *     A mail tells the account.
     */
    post: operations['changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/security/totp/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue a new TOTP secret to confirm (needs a recent step-up)
     * @description 403 `step_up_required` without a step-up in the last 5 minutes; 409 `totp_enabled`
     *     while two-factor sign-in is on (turn it off first). The secret waits 15 minutes for
     *     POST /v1/security/totp/confirm; a new setup replaces it.
     */
    post: operations['startTotpSetup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/security/totp/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Turn two-factor sign-in on with a current code of the new secret
     * @description 422 `mfa_invalid_code` (at `code`) for a wrong code; 409 `totp_setup_missing` without a
     *     live setup. Answers the 10 recovery codes: the only time they are shown. A mail tells the
     *     account.
     */
    post: operations['confirmTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/security/totp/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Turn two-factor sign-in off (step-up and a current code)
     * @description Needs a step-up (403 `step_up_required`) and a current TOTP code or a recovery code
     *     (422 `mfa_invalid_code` at `code`); 409 `totp_disabled` when it is off. The recovery
     *     codes are deleted. A mail tells the account.
     */
    post: operations['disableTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/security/recovery-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replace the recovery codes with 10 new ones (needs a recent step-up)
     * @description The old codes stop working. 409 `totp_disabled` when two-factor sign-in is off. A mail
     *     tells the account.
     */
    post: operations['regenerateRecoveryCodes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/security/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The user's signed-in devices (sessions), newest use first */
    get: operations['listSessions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/security/sessions/end-others': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End every session of the user but this one
     * @description Their apps learn `ended_elsewhere` at their next request. A mail tells the account.
     */
    post: operations['endOtherSessions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/security/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * End one session of the user (sign that device out)
     * @description 404 for an id that is not a live session of this user. Ending this very session is a
     *     sign-out. A mail tells the account.
     */
    delete: operations['endSession'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/security/sign-ins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The last 50 sign-in attempts of the account, newest first */
    get: operations['listSignIns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The customer's tickets, newest activity first, a page at a time
     * @description Sorted by last activity (newest first). `nextCursor` is null on the last page; a
     *     malformed cursor is 400 `validation_failed` (`cursor`/`cursor_invalid`). The ETag covers
     *     the page asked for (filters, cursor and limit included) with every ticket on it, its
     *     unread marker too.
     */
    get: operations['listTickets'];
    put?: never;
    /**
     * Open a ticket with its first message
     * @description Attachments are uploaded first (`uploadAttachment`) and named by id; each may be used by
     *     one message only. The ticket starts `open`; a confirmation e-mail (German) goes to the
     *     signed-in user's address; a `tickets` change is recorded. 422 `validation_failed` with
     *     `errors`: `{field: 'attachmentIds.<n>', code: 'attachment_unknown'}` (not this
     *     customer's, unknown or already used), `{field: 'related.<n>', code: 'related_unknown'}`
     *     (a contract that is not this customer's), `{field: 'subject' | 'message', code:
     *     'required'}` (blank). Honours `Idempotency-Key` (IETF draft semantics): the same key
     *     with the same body answers the first answer again (`Idempotent-Replayed: true`), with
     *     another body 422 `idempotency_key_reused`, while the first is still running 409
     *     `idempotency_in_progress` (`Retry-After`).
     */
    post: operations['createTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tickets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One ticket with its whole thread, oldest message first
     * @description Safe: reading does not mark the ticket read (that is `markTicketRead`). Another
     *     customer's ticket is answered like a missing one (404).
     */
    get: operations['getTicket'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tickets/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The customer has read the ticket up to its newest message
     * @description `unread` turns false (for every user of the customer account). Records a `tickets`
     *     change when it was unread. Idempotent by nature.
     */
    post: operations['markTicketRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tickets/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reply to a ticket
     * @description The ticket becomes `open` (a closed ticket is reopened) and read; a `tickets` change is
     *     recorded. 422 `validation_failed` like `createTicket` (`body` blank,
     *     `attachmentIds.<n>`). Honours `Idempotency-Key` like `createTicket`: a reply sent again
     *     with the same key is stored once.
     */
    post: operations['postTicketMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tickets/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close a ticket (a later message reopens it)
     * @description Closing a closed ticket changes nothing and answers it again. Records a `tickets`
     *     change.
     */
    post: operations['closeTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload a file to attach to a ticket message (JSON, the content as base64)
     * @description Allowed: PDF, PNG, JPEG, GIF (checked by their magic bytes), TXT and LOG (UTF-8 text
     *     without NUL bytes), ZIP; the file name's extension must fit the content. The stored
     *     `mimeType` is the one the server determined. At most 10 MB decoded: 413
     *     `attachment_too_large` (a request body over 15 MB is 413 `payload_too_large`; treat
     *     both alike). Another type: 415 `attachment_type`. Invalid base64: 400
     *     `validation_failed` (`base64`/`format`). Unused uploads stay private to the customer.
     */
    post: operations['uploadAttachment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attachments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The file of an attachment
     * @description With its content type, `Content-Disposition: attachment` (RFC 6266 with an ASCII
     *     `filename` and the exact name as RFC 5987 `filename*`) and `X-Content-Type-Options:
     *     nosniff`. Another customer's attachment is answered like a missing one (404).
     */
    get: operations['getAttachment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The customer's changes as server-sent events, live
     * @description `text/event-stream`. Every change-log entry of the customer (the same as
     *     `GET /v1/changes`) is one event: `id:` the change cursor, `event: change`, `data:` JSON
     *     `{resource, id, op, cursor}`. Send the last cursor seen as `Last-Event-ID` (or the
     *     `cursor` query parameter) to get every change after it first, then live ones. Without a
     *     cursor, or with one the server does not know (another data folder), the stream starts
     *     with `event: reset` (`data: {cursor}`): refetch what is cached, as after
     *     `reset: true` of `GET /v1/changes`. After the backlog comes `event: ready`
     *     (`data: {cursor}`). A comment line (`: heartbeat`) every 15 seconds keeps the
     *     connection alive; `retry: 3000` suggests the reconnect delay. The stream ends when the
     *     server stops.
     */
    get: operations['streamEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sandbox/tickets/{id}/reply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A staff reply to a ticket (sandbox only; `npm run sandbox -- reply`)
     * @description The ticket becomes `answered` (or the given status) and unread; a `tickets` change is
     *     recorded, so `GET /v1/events` and `GET /v1/changes` report it. The ticket is named by id
     *     or number (`T-100001`).
     */
    post: operations['sandboxReplyTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is signed in, for which customer account, with which rights */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a login and customer account; a confirmation mail is sent
     * @description Always 202 (no account enumeration): an address that has an account already gets a mail
     *     saying so instead. A weak password is refused (422 `weak_password`) before anything else.
     */
    post: operations['register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/verify-email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm the e-mail address with the token from the confirmation mail
     * @description Expired (48 h) or used tokens → 400 `verify_token_invalid`.
     */
    post: operations['verifyEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/switch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Continue in another customer account of the same user (a new token pair)
     * @description Answers a new session (token pair) for the same user in the other customer account; the
     *     old session stays valid until it expires or is logged out. 404 when the user is not a
     *     member of that customer account.
     */
    post: operations['switchCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/account/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The verification steps of the customer account and their state */
    get: operations['getVerification'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/account/verification/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload an identity or company document (PDF, JPEG or PNG, at most 10 MB)
     * @description The content must be what `mimeType` says (magic bytes; 422 `document_type`) and at most
     *     10 MB decoded (413 `document_too_large`). The request body may be up to 15 MB. When the
     *     e-mail is confirmed and the customer data complete, the status becomes `pending` (the
     *     provider checks it).
     */
    post: operations['uploadVerificationDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The users of the customer account and the pending invitations */
    get: operations['listUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Invite a person by e-mail with rights per area (a mail with a token is sent)
     * @description 409 `already_member` when the address belongs to a user of this account already. A
     *     pending invitation of the same address is replaced. Only an owner may grant rights they
     *     do not have themselves (403 `forbidden` with `right`).
     */
    post: operations['createInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a pending invitation */
    delete: operations['revokeInvitation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a user from the customer account (not the last owner)
     * @description 409 `last_owner` for the only owner. Only an owner may remove an owner (403 `forbidden`).
     *     The removed user's sessions in this account end.
     */
    delete: operations['removeUser'];
    options?: never;
    head?: never;
    /**
     * Change a user's rights
     * @description An owner's rights cannot be changed (409 `owner_rights_fixed`: owners have every right).
     *     Only an owner may grant rights they do not have themselves (403 `forbidden`).
     */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/v1/invitations/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What an invitation is about, before it is accepted (no sign-in needed)
     * @description Expired (7 days), used or revoked invitations → 400 `invitation_invalid`.
     */
    get: operations['inspectInvitation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Join the inviting customer account with the signed-in login
     * @description The signed-in address must be the invited one (403 `invitation_other_email`). Expired,
     *     used or revoked invitations → 400 `invitation_invalid`. The session stays in its customer
     *     account; the new one is listed in `memberships` (switch with POST /v1/auth/switch).
     */
    post: operations['acceptInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invitations/accept-new': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a login from an invitation (the e-mail is confirmed by the invitation)
     * @description Then sign in with the invited address and the password. 409 `account_exists` when the
     *     address has a login already (sign in and accept instead); 422 `weak_password`; 400
     *     `invitation_invalid`.
     */
    post: operations['acceptInvitationNew'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The customer's contacts (for domains), a page at a time, by id */
    get: operations['listContacts'];
    put?: never;
    /**
     * Create a contact
     * @description 422 `validation_failed` with `errors` (`phone_invalid`: not E.164, `email_invalid`,
     *     `name_required`, `organization_required`, `postal_code_invalid` at `address.postalCode`
     *     for the country of the address).
     */
    post: operations['createContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/contacts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One contact */
    get: operations['getContact'];
    put?: never;
    post?: never;
    /** Delete a contact no domain uses (409 `contact_in_use` with `domains`) */
    delete: operations['deleteContact'];
    options?: never;
    head?: never;
    /** Change a contact (If-Match optional; 412 `precondition_failed` when stale) */
    patch: operations['updateContact'];
    trace?: never;
  };
  '/v1/sandbox/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The provider approves or rejects the verification of a user's customer account
     * @description Also `npm run sandbox -- verify <email> approve|reject "<reason>"`.
     */
    post: operations['sandboxDecideVerification'];
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
      /** @description with `forbidden`, the right the user lacks */
      right?: components['schemas']['Right'];
      /** @description with `contact_in_use`, the domains that still use the contact */
      domains?: string[];
      /**
       * @description with `refresh_token_invalid` for a session that was ended: signed out with this
       *     token, ended from another session of the user (or "sign out everywhere"), the
       *     password was changed or reset, or the refresh token was used twice
       * @enum {string}
       */
      reason?: 'signed_out' | 'ended_elsewhere' | 'password_changed' | 'reused';
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
      /** @description what the app calls itself, e.g. "Kundencenter Desktop · Linux" */
      deviceName?: string;
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
      /** @description only when a recovery code was used for the second step; the codes left */
      recoveryCodesLeft?: number;
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
      /** @description the 6-digit TOTP code, or a recovery code (XXXX-XXXX-XXXX) */
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
    BatchRequest: {
      requests: {
        /** @description an API path with its query, e.g. `/v1/billing/statement?after=…` */
        path: string;
        ifNoneMatch?: string;
      }[];
    };
    BatchResponse: {
      responses: {
        status: number;
        etag?: string;
        /** @description the JSON answer (absent for 304) */
        body?: unknown;
      }[];
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
    /** @description a calendar date, `YYYY-MM-DD` */
    IsoDate: string;
    /**
     * @description `open` until the due date has passed, then `overdue`; `paid` when nothing is left to
     *     pay; `cancelled` when reversed by a credit
     * @enum {string}
     */
    InvoiceStatus: 'paid' | 'open' | 'overdue' | 'cancelled';
    InvoiceLine: {
      /** @description the service, e.g. `Webhosting Business` */
      description: string;
      contractId: string | null;
      periodStart: components['schemas']['IsoDate'];
      periodEnd: components['schemas']['IsoDate'];
      quantity: number;
      unitNetCents: number;
      netCents: number;
      /** @description percent, e.g. 19 */
      vatRate: number;
      /** @description VAT of this line, rounded half up */
      vatCents: number;
      grossCents: number;
    };
    InvoiceSummary: {
      id: string;
      /** @description e.g. `RE-2026-000123` */
      number: string;
      issueDate: components['schemas']['IsoDate'];
      dueDate: components['schemas']['IsoDate'];
      netCents: number;
      vatCents: number;
      grossCents: number;
      /** @description what is still to pay (0 when paid or cancelled) */
      openCents: number;
      status: components['schemas']['InvoiceStatus'];
    };
    /** @description net, tax and gross of one VAT rate (§14 UStG) */
    InvoiceTax: {
      vatRate: number;
      netCents: number;
      vatCents: number;
      grossCents: number;
    };
    Invoice: {
      id: string;
      number: string;
      issueDate: components['schemas']['IsoDate'];
      dueDate: components['schemas']['IsoDate'];
      netCents: number;
      vatCents: number;
      grossCents: number;
      openCents: number;
      status: components['schemas']['InvoiceStatus'];
      customerNumber: string;
      servicePeriodStart: components['schemas']['IsoDate'];
      servicePeriodEnd: components['schemas']['IsoDate'];
      lines: components['schemas']['InvoiceLine'][];
      taxes: components['schemas']['InvoiceTax'][];
    };
    InvoicePage: {
      items: components['schemas']['InvoiceSummary'][];
      /** @description opaque; pass it as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    /** @enum {string} */
    BookingKind: 'invoice' | 'payment' | 'credit' | 'return_debit' | 'return_debit_fee';
    Booking: {
      id: string;
      date: components['schemas']['IsoDate'];
      kind: components['schemas']['BookingKind'];
      /** @description invoice number or payment reference */
      reference: string;
      /** @description positive = the customer owes more, negative = paid or credited */
      amountCents: number;
      /** @description running balance after this booking (positive = open amount) */
      balanceCents: number;
      invoiceId: string | null;
    };
    BillingStatement: {
      balanceCents: number;
      bookings: components['schemas']['Booking'][];
      /** @description names this version's bookings, for `after` on the next request */
      ledger?: string;
      /**
       * @description only in an answer to `after`: `bookings` are the ones after the first
       *     `appendedAfter` bookings of the version named, which are unchanged
       */
      appendedAfter?: number;
    };
    /** @enum {string} */
    PaymentMethodKind: 'sepa_direct_debit' | 'bank_transfer' | 'paypal' | 'credit_card';
    PaymentMethods: {
      available: components['schemas']['PaymentMethodKind'][];
      current: components['schemas']['PaymentMethodKind'];
    };
    PaymentMethodDefaultRequest: {
      kind: components['schemas']['PaymentMethodKind'];
    };
    /** @enum {string} */
    SepaMandateStatus: 'active' | 'revoked';
    SepaMandate: {
      id: string;
      /** @description mandate reference, e.g. `CMO-K100234-0001` */
      reference: string;
      /** @description the provider's creditor identifier, `DEppZZZ0nnnnnnnnnn` */
      creditorId: string;
      accountHolder: string;
      /** @description e.g. `DE89 •••• •••• •••• ••30 00`; the full IBAN is never answered */
      ibanMasked: string;
      bic: string | null;
      /** Format: date-time */
      signedAt: string;
      status: components['schemas']['SepaMandateStatus'];
      /** Format: date-time */
      revokedAt: string | null;
    };
    SepaMandates: {
      creditorId: string;
      /** @description the reference the next mandate will get (for the mandate text) */
      nextReference: string;
      mandates: components['schemas']['SepaMandate'][];
    };
    /**
     * @description Only the shape is checked by the schema (400); the content is checked field by field
     *     (422), so a form gets every message at once.
     */
    SepaMandateRequest: {
      accountHolder?: string;
      iban?: string;
      bic?: string | null;
      /** @description must be `true`; the customer agreed to the mandate text */
      consent?: boolean;
    };
    BillingEmailUser: {
      id: string;
      name: string;
      email: string;
      receivesInvoices: boolean;
    };
    BillingEmails: {
      /** @description the address invoices are sent to */
      email: string;
      users: components['schemas']['BillingEmailUser'][];
    };
    BillingEmailsRequest: {
      email: string;
      userIds: string[];
    };
    SandboxIssueInvoiceRequest: {
      email: string;
    };
    /** @enum {string} */
    DomainStatus: 'active' | 'transfer_pending' | 'expired' | 'redemption';
    /** @enum {string} */
    DomainContactRole: 'owner' | 'admin' | 'tech' | 'zone';
    DomainSummary: {
      /** @description the domain in lower case, ASCII (punycode for IDNs) – also its id */
      name: string;
      /** @description its top-level domain without the dot, e.g. `de` */
      tld: string;
      status: components['schemas']['DomainStatus'];
      expiresAt: components['schemas']['IsoDate'];
      autoRenew: boolean;
      transferLock: boolean;
      /** @description the contract the domain belongs to, if any */
      contractId: string | null;
      /** @description how many DNS records its zone holds (0 when the zone is elsewhere) */
      recordCount: number;
    };
    DomainPage: {
      items: components['schemas']['DomainSummary'][];
      nextCursor: string | null;
    };
    DomainContactRef: {
      contactId: string;
      /** @description the person's name or the organisation */
      name: string;
    };
    DomainContacts: {
      owner: components['schemas']['DomainContactRef'] | null;
      admin: components['schemas']['DomainContactRef'] | null;
      tech: components['schemas']['DomainContactRef'] | null;
      zone: components['schemas']['DomainContactRef'] | null;
    };
    DomainDetail: components['schemas']['DomainSummary'] & {
      registeredAt: components['schemas']['IsoDate'];
      /** @description 2–13 hostnames, lower case, without trailing dot */
      nameservers: string[];
      /** @description the nameservers are the provider's (the zone is served and editable) */
      usesOurNameservers: boolean;
      contacts: components['schemas']['DomainContacts'];
      /** @description the validity of the last generated auth code (never the code) */
      authCode: {
        /** Format: date-time */
        validUntil: string;
      } | null;
      /** @description the ETag of this document, for If-Match */
      etag: string;
    };
    DomainPatch: {
      autoRenew?: boolean;
      transferLock?: boolean;
      nameservers?: string[];
    };
    DomainContactsInput: {
      owner: string;
      admin: string;
      tech: string;
      zone: string;
    };
    AuthCode: {
      domain: string;
      code: string;
      /** Format: date-time */
      validUntil: string;
    };
    /** @enum {string} */
    DnsRecordType: 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT' | 'SRV' | 'CAA' | 'NS';
    /**
     * @description `name` is relative to the zone (`@` the apex). `value`: the address (A, AAAA), the
     *     target hostname (CNAME, MX, NS, SRV), the text unsplit (TXT), the CAA value. MX uses
     *     `priority`; SRV `priority`, `weight`, `port`; CAA `flags` and `tag`.
     */
    DnsRecord: {
      id: string;
      name: string;
      type: components['schemas']['DnsRecordType'];
      ttl: number;
      value: string;
      priority?: number;
      weight?: number;
      port?: number;
      flags?: number;
      tag?: string;
    };
    DnsZone: {
      domain: string;
      /** @description the ETag (quoted, as in the header) of this version of the zone */
      etag: string;
      /** Format: date-time */
      updatedAt: string;
      records: components['schemas']['DnsRecord'][];
    };
    DnsZoneInput: {
      records: components['schemas']['DnsRecord'][];
    };
    DnsZonePage: {
      items: components['schemas']['DnsZone'][];
      nextCursor: string | null;
    };
    /** @enum {string} */
    DnsField: 'name' | 'type' | 'ttl' | 'value' | 'priority' | 'weight' | 'port' | 'flags' | 'tag';
    DnsIssue: {
      recordId: string;
      field: components['schemas']['DnsField'];
      /** @description stable, shown as `domains.dns.errors.<code>` */
      code: string;
      params?: {
        [key: string]: string | number;
      };
    };
    DnsInvalidProblem: components['schemas']['Problem'] & {
      issues: components['schemas']['DnsIssue'][];
    };
    /** @enum {string} */
    NoticeKind: 'maintenance' | 'incident';
    /** @enum {string} */
    NoticeState: 'planned' | 'active' | 'resolved';
    LocalizedText: {
      de: string;
      en: string;
    };
    Notice: {
      id: string;
      kind: components['schemas']['NoticeKind'];
      state: components['schemas']['NoticeState'];
      title: components['schemas']['LocalizedText'];
      body: components['schemas']['LocalizedText'];
      /** Format: date-time */
      startsAt: string;
      /**
       * Format: date-time
       * @description null while an incident's end is not known
       */
      endsAt: string | null;
      /** @description names no contract or domain, so it concerns every customer */
      general: boolean;
      /** @description the customer's contracts it touches; only with the `contracts` right */
      contractIds?: string[];
      /** @description the customer's domains it touches; only with the `domains` right */
      domains?: string[];
      /** Format: date-time */
      updatedAt: string;
    };
    NoticePage: {
      items: components['schemas']['Notice'][];
      nextCursor: string | null;
    };
    SandboxNoticeRequest: {
      kind?: components['schemas']['NoticeKind'];
      title: string;
      titleEn?: string;
      body?: string;
      bodyEn?: string;
      contractIds?: string[];
      domains?: string[];
      general?: boolean;
      /** Format: date-time */
      startsAt?: string;
      /** Format: date-time */
      endsAt?: string;
    };
    /** @enum {string} */
    OnlineMethod: 'paypal' | 'credit_card';
    PaymentDetails: {
      /** @description the account holder, as a transfer names the beneficiary */
      recipient: string;
      /** @description electronic format (no spaces) */
      iban: string;
      bic: string;
      bankName: string;
      onlineMethods: components['schemas']['OnlineMethod'][];
    };
    OnlinePaymentRequest: {
      method: components['schemas']['OnlineMethod'];
    };
    OnlinePayment: {
      /** @description the payment page (https; the sandbox's own address on loopback) */
      url: string;
      /** Format: date-time */
      expiresAt: string;
    };
    /** @enum {string} */
    RenewalAction: 'renew' | 'restore';
    RenewalLine: {
      description: string;
      netCents: number;
    };
    RenewalOffer: {
      domain: string;
      action: components['schemas']['RenewalAction'];
      years: number;
      lines: components['schemas']['RenewalLine'][];
      netCents: number;
      vatCents: number;
      grossCents: number;
      /** Format: date */
      newExpiresAt: string;
    };
    RenewalRequest: {
      action: components['schemas']['RenewalAction'];
      grossCents: number;
    };
    RenewalResult: {
      domain: string;
      /** Format: date */
      expiresAt: string;
      invoiceId: string;
      invoiceNumber: string;
      grossCents: number;
    };
    /** @enum {string} */
    ProductType: 'webhosting' | 'managed_server' | 'email' | 'ssl' | 'domain';
    /**
     * @description `cancelled`: still running, ends on `endDate`; `ended`: `endDate` has passed
     * @enum {string}
     */
    ContractStatus: 'active' | 'cancelled' | 'ended';
    NoticePeriod: {
      /** @enum {string} */
      unit: 'days' | 'months';
      amount: number;
    };
    ContractTerms: {
      /** Format: date */
      startDate: string;
      minimumTermMonths: number;
      renewalPeriodMonths: number;
      noticePeriod: components['schemas']['NoticePeriod'];
    };
    ContractSummary: {
      id: string;
      /** @description e.g. `V-100234-0001` */
      contractNumber: string;
      productType: components['schemas']['ProductType'];
      productName: string;
      status: components['schemas']['ContractStatus'];
      /** Format: date */
      startDate: string;
      minimumTermMonths: number;
      renewalPeriodMonths: number;
      noticePeriod: components['schemas']['NoticePeriod'];
      /** @description net price per billing cycle, euro cents */
      priceCents: number;
      billingCycleMonths: number;
      /**
       * Format: date
       * @description the day the contract renews by itself (the day after the current term's end); null
       *     once cancelled or ended
       */
      nextRenewal: string | null;
      /**
       * Format: date
       * @description the day it ends (cancelled) or ended (ended); null while active
       */
      endDate: string | null;
      domains: string[];
      /**
       * @description an extraordinary cancellation waits for staff review; the contract stays `active`
       *     meanwhile (the list says so, so a start screen needs no detail to show it)
       */
      cancellationRequested: boolean;
    };
    ContractPage: {
      items: components['schemas']['ContractSummary'][];
      /** @description opaque; pass it as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    ContractInvoicePage: {
      items: components['schemas']['ContractInvoiceRef'][];
      /** @description opaque; pass it as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    ContractInvoiceRef: {
      id: string;
      number: string;
      /** Format: date */
      date: string;
      totalCents: number;
      status: components['schemas']['InvoiceStatus'];
    };
    /** @enum {string} */
    CredentialKind: 'control_panel' | 'ftp' | 'ssh' | 'database' | 'mailbox';
    Contract: components['schemas']['ContractSummary'] & {
      description: string;
      /**
       * @description the contract's newest invoices (at most 20; older ones through
       *     `GET /v1/contracts/{id}/invoices`); absent for a user without the invoices right
       */
      invoices?: components['schemas']['ContractInvoiceRef'][];
      /** @description how many invoices the contract has in all */
      invoiceCount?: number;
      /** @description the `cursor` of the invoices after the ones shown here; null when they are all */
      invoicesNextCursor?: string | null;
      /** @description the kinds of the product's logins; absent for a user without the credentials right */
      credentialKinds?: components['schemas']['CredentialKind'][];
      /**
       * @description the newest cancellation whatever its status (`revoked` included, so the detail
       *     can say it was withdrawn); null when never cancelled
       */
      cancellation: components['schemas']['Cancellation'] | null;
    };
    Credential: {
      id: string;
      kind: components['schemas']['CredentialKind'];
      label: string;
      host: string;
      port: number | null;
      username: string;
      password: string;
      /** @description a login page, e.g. of the control panel */
      url: string | null;
      /**
       * Format: date-time
       * @description last password change
       */
      updatedAt: string;
    };
    CredentialList: {
      items: components['schemas']['Credential'][];
    };
    /** @enum {string} */
    CancellationKind: 'ordinary' | 'extraordinary';
    /**
     * @description `confirmed`: ordinary, effective on endDate; `requested`: extraordinary, waiting for
     *     staff review; `revoked`: withdrawn before it took effect
     * @enum {string}
     */
    CancellationStatus: 'confirmed' | 'requested' | 'revoked';
    Cancellation: {
      id: string;
      contractId: string;
      kind: components['schemas']['CancellationKind'];
      status: components['schemas']['CancellationStatus'];
      /** Format: date */
      endDate: string;
      reason: string | null;
      closingCompany: boolean;
      requestedBy: string;
      confirmationEmail: string;
      /**
       * Format: date-time
       * @description when the customer sent it (the receipt shows it)
       */
      createdAt: string;
      /** Format: date-time */
      revokedAt: string | null;
    };
    CancellationOptions: {
      contractId: string;
      /** @description false for ended contracts and ones already cancelled */
      cancellable: boolean;
      /** Format: date */
      earliestEndDate: string;
      /**
       * Format: date
       * @description the last day a cancellation reaches earliestEndDate in time
       */
      noticeDeadline: string;
      requestedBy: string;
      confirmationEmail: string;
      terms: components['schemas']['ContractTerms'];
      /** @description the active cancellation, if any */
      cancellation: components['schemas']['Cancellation'] | null;
    };
    /**
     * @description Only the shape is checked by the schema (400); the content is checked field by field
     *     (422), so the form gets every message at once.
     */
    CancellationRequest: {
      kind: components['schemas']['CancellationKind'];
      /** @description required for extraordinary cancellations */
      reason?: string;
      /** @description ordinary → earliestEndDate or a later term end; extraordinary → from tomorrow */
      endDate: string;
      requestedBy: string;
      confirmationEmail: string;
      /** @description "Ich schließe meine Firma": only with kind ordinary */
      closingCompany: boolean;
    };
    SecurityState: {
      totpEnabled: boolean;
      recoveryCodesLeft: number;
      /** Format: date-time */
      passwordChangedAt: string | null;
    };
    ChangePasswordRequest: {
      currentPassword: components['schemas']['Password'];
      newPassword: components['schemas']['Password'];
    };
    SessionsEnded: {
      /** @description how many other sessions ended */
      ended: number;
    };
    TotpSetup: {
      /** @description base32, as typed into an authenticator app by hand */
      secret: string;
      /** @description otpauth://totp/… for the QR code */
      otpauthUri: string;
      /** Format: date-time */
      expiresAt: string;
    };
    TotpCodeRequest: {
      code: string;
    };
    RecoveryCodes: {
      recoveryCodes: string[];
    };
    SessionInfo: {
      id: string;
      deviceName: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      lastUsedAt: string;
      /** @description the session of this request */
      current: boolean;
    };
    SessionList: {
      sessions: components['schemas']['SessionInfo'][];
    };
    SignInAttempt: {
      id: string;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      outcome: 'success' | 'failure' | 'locked';
      /**
       * @description the step that decided
       * @enum {string}
       */
      method: 'password' | 'totp' | 'recovery_code';
      deviceName: string | null;
    };
    SignInHistory: {
      attempts: components['schemas']['SignInAttempt'][];
    };
    /** @enum {string} */
    TicketDepartment: 'technik' | 'buchhaltung';
    /** @enum {string} */
    TicketPriority: 'low' | 'normal' | 'high' | 'urgent';
    /**
     * @description `open`: waiting for staff; `answered`: staff wrote last; `waiting_for_customer`: staff
     *     needs something; `closed`: a new message reopens it
     * @enum {string}
     */
    TicketStatus: 'open' | 'answered' | 'waiting_for_customer' | 'closed';
    TicketRelation: {
      /** @enum {string} */
      kind: 'contract' | 'domain';
      /** @description the contract id, or the domain name */
      id: string;
      label: string;
    };
    Ticket: {
      id: string;
      /** @description `T-100001` */
      number: string;
      subject: string;
      department: components['schemas']['TicketDepartment'];
      priority: components['schemas']['TicketPriority'];
      status: components['schemas']['TicketStatus'];
      related: components['schemas']['TicketRelation'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      lastActivityAt: string;
      /** @description a staff message came after the customer last read or wrote */
      unread: boolean;
      /** @description the start of the newest message (at most 140 characters) */
      lastMessagePreview: string;
    };
    TicketPage: {
      items: components['schemas']['Ticket'][];
      nextCursor: string | null;
    };
    /** @enum {string} */
    AttachmentMimeType:
      | 'application/pdf'
      | 'image/png'
      | 'image/jpeg'
      | 'image/gif'
      | 'text/plain'
      | 'application/zip';
    Attachment: {
      id: string;
      fileName: string;
      mimeType: components['schemas']['AttachmentMimeType'];
      /** @description bytes */
      size: number;
    };
    TicketMessage: {
      id: string;
      ticketId: string;
      /** @enum {string} */
      author: 'customer' | 'staff';
      authorName: string;
      body: string;
      /** Format: date-time */
      createdAt: string;
      attachments: components['schemas']['Attachment'][];
    };
    TicketDetail: components['schemas']['Ticket'] & {
      messages: components['schemas']['TicketMessage'][];
    };
    AttachmentIds: string[];
    NewTicket: {
      department: components['schemas']['TicketDepartment'];
      subject: string;
      priority: components['schemas']['TicketPriority'];
      related: components['schemas']['TicketRelation'][];
      message: string;
      attachmentIds?: components['schemas']['AttachmentIds'];
    };
    NewTicketMessage: {
      body: string;
      attachmentIds?: components['schemas']['AttachmentIds'];
    };
    AttachmentUpload: {
      fileName: string;
      /** @description what the client believes; the server decides by name and content */
      mimeType: string;
      /** @description the file's bytes, standard base64 (padding optional) */
      base64: string;
    };
    SandboxTicketReply: {
      body: string;
      /** @description default `Support-Team` */
      authorName?: string;
      /**
       * @default answered
       * @enum {string}
       */
      status: 'answered' | 'waiting_for_customer';
    };
    /** @enum {string} */
    Right:
      | 'customerData'
      | 'contacts'
      | 'contracts'
      | 'credentials'
      | 'domains'
      | 'dns'
      | 'invoices'
      | 'paymentMethods'
      | 'tickets'
      | 'users';
    Rights: components['schemas']['Right'][];
    Membership: {
      customerId: string;
      customerNumber: string;
      /** @description the company, or "first last" */
      displayName: string;
      owner: boolean;
    };
    Me: {
      userId: string;
      email: string;
      name: string;
      customer: components['schemas']['Membership'];
      rights: components['schemas']['Rights'];
      memberships: components['schemas']['Membership'][];
      verificationStatus: components['schemas']['VerificationStatus'];
    };
    /**
     * @description The editable customer information. The content is checked field by field (422
     *     `validation_failed` with `errors`: `vat_id_invalid` for the country of the address,
     *     `phone_invalid` (E.164; spaces are removed), `company_required`, `postal_code_invalid`
     *     at `address.postalCode` for the country of the address).
     */
    AccountPatch: {
      /** @enum {string} */
      kind?: 'person' | 'company';
      firstName?: string;
      lastName?: string;
      company?: string | null;
      phone?: string | null;
      address?: {
        street: string;
        postalCode: string;
        city: string;
        country: string;
      };
      vatId?: string | null;
    };
    RegisterRequest: {
      email: components['schemas']['Email'];
      password: components['schemas']['Password'];
    };
    TokenRequest: {
      token: string;
    };
    SwitchRequest: {
      customerId: string;
    };
    VerificationStep: {
      /** @enum {string} */
      id: 'emailConfirmed' | 'customerData' | 'document' | 'review';
      /** @enum {string} */
      state: 'done' | 'open' | 'waiting' | 'rejected';
    };
    VerificationDocument: {
      id: string;
      /** @enum {string} */
      kind: 'identity' | 'company';
      fileName: string;
      /** Format: date-time */
      uploadedAt: string;
    };
    Verification: {
      status: components['schemas']['VerificationStatus'];
      steps: components['schemas']['VerificationStep'][];
      rejectionReason: string | null;
      documents: components['schemas']['VerificationDocument'][];
      waitingFeatures: components['schemas']['Rights'];
    };
    VerificationDocumentUpload: {
      /** @enum {string} */
      kind: 'identity' | 'company';
      fileName: string;
      /** @enum {string} */
      mimeType: 'application/pdf' | 'image/jpeg' | 'image/png';
      base64: string;
    };
    TeamUser: {
      id: string;
      email: string;
      name: string;
      owner: boolean;
      rights: components['schemas']['Rights'];
      /** @description the signed-in user themself */
      self: boolean;
    };
    Invitation: {
      id: string;
      email: string;
      rights: components['schemas']['Rights'];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      expiresAt: string;
    };
    Team: {
      users: components['schemas']['TeamUser'][];
      invitations: components['schemas']['Invitation'][];
    };
    InvitationRequest: {
      email: components['schemas']['Email'];
      rights: components['schemas']['Rights'];
    };
    UserRightsRequest: {
      rights: components['schemas']['Rights'];
    };
    InvitationInfo: {
      customerName: string;
      email: string;
      existingAccount: boolean;
      /** Format: date-time */
      expiresAt: string;
    };
    AcceptNewRequest: {
      token: string;
      password: components['schemas']['Password'];
    };
    AcceptNewResponse: {
      /** @description the invited address, to sign in with */
      email: string;
    };
    ContactAddress: {
      street: string;
      postalCode: string;
      city: string;
      country: string;
    };
    ContactInput: {
      /** @enum {string} */
      kind: 'person' | 'organization';
      firstName: string;
      lastName: string;
      organization: string | null;
      email: string;
      /** @description E.164, e.g. +4930123456 */
      phone: string;
      address: components['schemas']['ContactAddress'];
    };
    ContactPatch: {
      /** @enum {string} */
      kind?: 'person' | 'organization';
      firstName?: string;
      lastName?: string;
      organization?: string | null;
      email?: string;
      phone?: string;
      address?: components['schemas']['ContactAddress'];
    };
    Contact: {
      id: string;
      /** @enum {string} */
      kind: 'person' | 'organization';
      firstName: string;
      lastName: string;
      organization: string | null;
      email: string;
      phone: string;
      address: components['schemas']['Address'];
      /** @description domains that use this contact (owner, admin, tech or zone) */
      usedByDomains: string[];
      /** Format: date-time */
      updatedAt: string;
    };
    ContactPage: {
      items: components['schemas']['Contact'][];
      nextCursor: string | null;
    };
    SandboxVerificationRequest: {
      email: string;
      /** @enum {string} */
      decision: 'approve' | 'reject';
      reason?: string;
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
     *     `session_revoked`, `wrong_password` (also for an address without an account),
     *     `mfa_invalid_code`, `mfa_code_reused`, `mfa_token_invalid`, `refresh_token_invalid`
     *     (with `reason` when the session was ended), `refresh_token_reused`)
     */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /**
     * @description the action needs a recent step-up (`step_up_required`), or a right the user lacks in
     *     this customer account (`forbidden` with `right`)
     */
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
    /** @description unchanged since the ETag given in If-None-Match (no body) */
    NotModified: {
      headers: {
        ETag: components['headers']['ETag'];
        [name: string]: unknown;
      };
      content?: never;
    };
    /**
     * @description the resource is not in a state that allows this (`mandate_required`, `mandate_exists`,
     *     `mandate_revoked`, `invoice_not_open`)
     */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /**
     * @description the input is well-formed but not acceptable (`weak_password`, `validation_failed` with
     *     per-field `errors`)
     */
    Unprocessable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /**
     * @description the domain is not in a state that allows this (`transfer_locked`: turn the transfer
     *     lock off first; `zone_external`: the domain uses other nameservers)
     */
    DomainConflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description the file is over 10 MB (`attachment_too_large`) or the body over 15 MB (`payload_too_large`) */
    AttachmentTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description the file's type is not allowed or does not fit its name (`attachment_type`) */
    AttachmentType: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description the resource changed since the ETag in If-Match (`precondition_failed`) */
    PreconditionFailed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description the change needs an If-Match header (`precondition_required`) */
    PreconditionRequired: {
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
    InvoiceId: string;
    /** @description a write sent again with the same key (within 24 hours) gets the first answer */
    IdempotencyKey: string;
    /** @description the domain in lower case, ASCII (punycode for IDNs) */
    DomainName: string;
    NoticeId: string;
    PaymentToken: string;
    ContractId: string;
    TicketId: string;
    ResourceId: string;
    /** @description the ETag the change is based on; a stale one → 412 `precondition_failed` */
    IfMatch: string;
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
  logoutAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description every session of the user is revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
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
      403: components['responses']['Forbidden'];
    };
  };
  updateAccount: {
    parameters: {
      query?: never;
      header?: {
        /** @description the ETag the change is based on; a stale one → 412 `precondition_failed` */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AccountPatch'];
      };
    };
    responses: {
      /** @description the account after the change */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Account'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['Unprocessable'];
      428: components['responses']['PreconditionRequired'];
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
  batchGet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BatchRequest'];
      };
    };
    responses: {
      /** @description one answer per request, in their order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BatchResponse'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
    };
  };
  listInvoices: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a page of invoices */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoicePage'];
        };
      };
      304: components['responses']['NotModified'];
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
    };
  };
  getInvoice: {
    parameters: {
      query?: never;
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: components['parameters']['InvoiceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the invoice */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Invoice'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  getInvoicePdf: {
    parameters: {
      query?: never;
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: components['parameters']['InvoiceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF, as an attachment named `Rechnung-<number>.pdf` */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          /** @description attachment; filename="Rechnung-RE-2026-000123.pdf" */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  getBillingStatement: {
    parameters: {
      query?: {
        /** @description the `ledger` of the version the client holds */
        after?: string;
      };
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the statement */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillingStatement'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
    };
  };
  getPaymentMethods: {
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
      /** @description the payment methods */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentMethods'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
    };
  };
  setDefaultPaymentMethod: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PaymentMethodDefaultRequest'];
      };
    };
    responses: {
      /** @description the payment methods after the change */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentMethods'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      409: components['responses']['Conflict'];
    };
  };
  listSepaMandates: {
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
      /** @description the mandates, newest first */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SepaMandates'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
    };
  };
  createSepaMandate: {
    parameters: {
      query?: never;
      header?: {
        /** @description a write sent again with the same key (within 24 hours) gets the first answer */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SepaMandateRequest'];
      };
    };
    responses: {
      /** @description the mandate */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SepaMandate'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
    };
  };
  revokeSepaMandate: {
    parameters: {
      query?: never;
      header?: {
        /** @description a write sent again with the same key (within 24 hours) gets the first answer */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  getBillingEmails: {
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
      /** @description the billing e-mail settings */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillingEmails'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
    };
  };
  setBillingEmails: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BillingEmailsRequest'];
      };
    };
    responses: {
      /** @description the settings after the change */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillingEmails'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      422: components['responses']['Unprocessable'];
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
  sandboxIssueInvoice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SandboxIssueInvoiceRequest'];
      };
    };
    responses: {
      /** @description the new invoice */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Invoice'];
        };
      };
      400: components['responses']['ValidationFailed'];
      404: components['responses']['NotFound'];
    };
  };
  sandboxPayInvoice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['InvoiceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the paid invoice */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Invoice'];
        };
      };
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  listDomains: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        q?: string;
      };
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a page of domains */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DomainPage'];
        };
      };
      304: components['responses']['NotModified'];
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getDomain: {
    parameters: {
      query?: never;
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        /** @description the domain in lower case, ASCII (punycode for IDNs) */
        name: components['parameters']['DomainName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the domain */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DomainDetail'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateDomain: {
    parameters: {
      query?: never;
      header?: {
        /** @description the ETag the change is based on; a stale one → 412 `precondition_failed` */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description the domain in lower case, ASCII (punycode for IDNs) */
        name: components['parameters']['DomainName'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DomainPatch'];
      };
    };
    responses: {
      /** @description the domain after the change */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DomainDetail'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['Unprocessable'];
      428: components['responses']['PreconditionRequired'];
    };
  };
  setDomainContacts: {
    parameters: {
      query?: never;
      header?: {
        /** @description the ETag the change is based on; a stale one → 412 `precondition_failed` */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description the domain in lower case, ASCII (punycode for IDNs) */
        name: components['parameters']['DomainName'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DomainContactsInput'];
      };
    };
    responses: {
      /** @description the domain after the change */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DomainDetail'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['Unprocessable'];
      428: components['responses']['PreconditionRequired'];
    };
  };
  createAuthCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the domain in lower case, ASCII (punycode for IDNs) */
        name: components['parameters']['DomainName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the new code */
      201: {
        headers: {
          /** @description always `no-store` */
          'Cache-Control'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthCode'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['DomainConflict'];
    };
  };
  getDnsZone: {
    parameters: {
      query?: never;
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        /** @description the domain in lower case, ASCII (punycode for IDNs) */
        name: components['parameters']['DomainName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the zone */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DnsZone'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['DomainConflict'];
    };
  };
  putDnsZone: {
    parameters: {
      query?: never;
      header?: {
        /** @description the ETag the change is based on; a stale one → 412 `precondition_failed` */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        /** @description the domain in lower case, ASCII (punycode for IDNs) */
        name: components['parameters']['DomainName'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DnsZoneInput'];
      };
    };
    responses: {
      /** @description the zone as saved, with its new ETag */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DnsZone'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['DomainConflict'];
      412: components['responses']['PreconditionFailed'];
      /** @description a record breaks a DNS rule (`dns_invalid` with `issues`); nothing saved */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['DnsInvalidProblem'];
        };
      };
      428: components['responses']['PreconditionRequired'];
    };
  };
  listDnsZones: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a page of zones */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DnsZonePage'];
        };
      };
      304: components['responses']['NotModified'];
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getInvoiceEinvoice: {
    parameters: {
      query?: {
        format?: 'xrechnung-cii' | 'xrechnung-ubl' | 'zugferd';
      };
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: components['parameters']['InvoiceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description the e-invoice, as an attachment named `Rechnung-<number>.<format>.xml` (or `.pdf`
       *     for ZUGFeRD)
       */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          /** @description attachment; filename="Rechnung-RE-2026-000123.xrechnung-cii.xml" */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/xml': string;
          'application/pdf': string;
        };
      };
      304: components['responses']['NotModified'];
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  listNotices: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a page of notices */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticePage'];
        };
      };
      304: components['responses']['NotModified'];
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
    };
  };
  getNotice: {
    parameters: {
      query?: never;
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: components['parameters']['NoticeId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the notice */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  sandboxPostNotice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SandboxNoticeRequest'];
      };
    };
    responses: {
      /** @description the notice as the first customer it touches sees it with every right */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      400: components['responses']['ValidationFailed'];
      422: components['responses']['Unprocessable'];
    };
  };
  sandboxSetNoticeState: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['NoticeId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          state: components['schemas']['NoticeState'];
        };
      };
    };
    responses: {
      /** @description the notice after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      400: components['responses']['ValidationFailed'];
      404: components['responses']['NotFound'];
    };
  };
  getPaymentDetails: {
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
      /** @description the payment details */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentDetails'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  createOnlinePayment: {
    parameters: {
      query?: never;
      header?: {
        /** @description a write sent again with the same key (within 24 hours) gets the first answer */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: components['parameters']['InvoiceId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OnlinePaymentRequest'];
      };
    };
    responses: {
      /** @description the payment page */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OnlinePayment'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  getDomainRenewal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the domain in lower case, ASCII (punycode for IDNs) */
        name: components['parameters']['DomainName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the offer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RenewalOffer'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  renewDomain: {
    parameters: {
      query?: never;
      header?: {
        /** @description a write sent again with the same key (within 24 hours) gets the first answer */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        /** @description the domain in lower case, ASCII (punycode for IDNs) */
        name: components['parameters']['DomainName'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RenewalRequest'];
      };
    };
    responses: {
      /** @description the domain renewed, and its invoice */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RenewalResult'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  sandboxPaymentPage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: components['parameters']['PaymentToken'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      404: components['responses']['NotFound'];
    };
  };
  sandboxCompletePayment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: components['parameters']['PaymentToken'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page saying the payment is done */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      404: components['responses']['NotFound'];
    };
  };
  listContracts: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        status?: components['schemas']['ContractStatus'];
        productType?: components['schemas']['ProductType'];
      };
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a page of contracts */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractPage'];
        };
      };
      304: components['responses']['NotModified'];
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getContract: {
    parameters: {
      query?: never;
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: components['parameters']['ContractId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the contract */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contract'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listContractInvoices: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: components['parameters']['ContractId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a page of the contract's invoices */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractInvoicePage'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getContractCredentials: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['ContractId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the logins */
      200: {
        headers: {
          /** @description always `no-store` */
          'Cache-Control'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CredentialList'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  resetContractCredential: {
    parameters: {
      query?: never;
      header?: {
        /** @description a write sent again with the same key (within 24 hours) gets the first answer */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: components['parameters']['ContractId'];
        credentialId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the login with its new password */
      200: {
        headers: {
          /** @description always `no-store` */
          'Cache-Control'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Credential'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
    };
  };
  getCancellationOptions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['ContractId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the options */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CancellationOptions'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createCancellation: {
    parameters: {
      query?: never;
      header?: {
        /** @description a write sent again with the same key (within 24 hours) gets the first answer */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: components['parameters']['ContractId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancellationRequest'];
      };
    };
    responses: {
      /** @description the cancellation */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Cancellation'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
    };
  };
  revokeCancellation: {
    parameters: {
      query?: never;
      header?: {
        /** @description a write sent again with the same key (within 24 hours) gets the first answer */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: components['parameters']['ContractId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  getCancellationReceipt: {
    parameters: {
      query?: never;
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: components['parameters']['ContractId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF, as an attachment named `Kuendigung-<contractNumber>.pdf` */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          /** @description attachment; filename="Kuendigung-V-100234-0001.pdf" */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getSecurity: {
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
      /** @description the state */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecurityState'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
    };
  };
  changePassword: {
    parameters: {
      query?: never;
      header?: {
        /** @description a write sent again with the same key (within 24 hours) gets the first answer */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordRequest'];
      };
    };
    responses: {
      /** @description changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionsEnded'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      422: components['responses']['Unprocessable'];
      423: components['responses']['Locked'];
    };
  };
  startTotpSetup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the secret, also as the otpauth URI an authenticator app scans */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TotpSetup'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
    };
  };
  confirmTotp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TotpCodeRequest'];
      };
    };
    responses: {
      /** @description on, with the recovery codes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecoveryCodes'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
    };
  };
  disableTotp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TotpCodeRequest'];
      };
    };
    responses: {
      /** @description off */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
    };
  };
  regenerateRecoveryCodes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the new codes, shown this once */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecoveryCodes'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
    };
  };
  listSessions: {
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
      /** @description every live session of the user, this one marked `current` */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionList'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
    };
  };
  endOtherSessions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description how many ended */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionsEnded'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  endSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ended */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  listSignIns: {
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
      /** @description the attempts */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInHistory'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
    };
  };
  listTickets: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        status?: components['schemas']['TicketStatus'];
        department?: components['schemas']['TicketDepartment'];
      };
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a page of tickets */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketPage'];
        };
      };
      304: components['responses']['NotModified'];
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  createTicket: {
    parameters: {
      query?: never;
      header?: {
        /** @description a write sent again with the same key (within 24 hours) gets the first answer */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewTicket'];
      };
    };
    responses: {
      /** @description the ticket with its first message */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketDetail'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
    };
  };
  getTicket: {
    parameters: {
      query?: never;
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: components['parameters']['TicketId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the ticket */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketDetail'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  markTicketRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['TicketId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the ticket */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ticket'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  postTicketMessage: {
    parameters: {
      query?: never;
      header?: {
        /** @description a write sent again with the same key (within 24 hours) gets the first answer */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: components['parameters']['TicketId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewTicketMessage'];
      };
    };
    responses: {
      /** @description the message */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketMessage'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
    };
  };
  closeTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['TicketId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the ticket */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ticket'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  uploadAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AttachmentUpload'];
      };
    };
    responses: {
      /** @description the stored attachment */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attachment'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['AttachmentTooLarge'];
      415: components['responses']['AttachmentType'];
    };
  };
  getAttachment: {
    parameters: {
      query?: never;
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the file */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          /** @description attachment; filename="Rechnung_Maerz.pdf"; filename*=UTF-8''Rechnung%20M%C3%A4rz.pdf */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  streamEvents: {
    parameters: {
      query?: {
        cursor?: string;
      };
      header?: {
        'Last-Event-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the event stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  sandboxReplyTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['TicketId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SandboxTicketReply'];
      };
    };
    responses: {
      /** @description the staff message */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketMessage'];
        };
      };
      400: components['responses']['ValidationFailed'];
      404: components['responses']['NotFound'];
    };
  };
  getMe: {
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
      /** @description the signed-in person */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
    };
  };
  register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterRequest'];
      };
    };
    responses: {
      /** @description a mail is on its way */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Empty'];
        };
      };
      400: components['responses']['ValidationFailed'];
      422: components['responses']['Unprocessable'];
    };
  };
  verifyEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TokenRequest'];
      };
    };
    responses: {
      /** @description confirmed; the person can sign in now */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  switchCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SwitchRequest'];
      };
    };
    responses: {
      /** @description the new token pair */
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
      404: components['responses']['NotFound'];
    };
  };
  getVerification: {
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
      /** @description the verification */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Verification'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  uploadVerificationDocument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerificationDocumentUpload'];
      };
    };
    responses: {
      /** @description the verification with the new document */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Verification'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['Unprocessable'];
      422: components['responses']['Unprocessable'];
    };
  };
  listUsers: {
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
      /** @description users and invitations */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Team'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  createInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InvitationRequest'];
      };
    };
    responses: {
      /** @description the invitation */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Invitation'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
    };
  };
  revokeInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['ResourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  removeUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['ResourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['ResourceId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UserRightsRequest'];
      };
    };
    responses: {
      /** @description the user with the new rights */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamUser'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  inspectInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the invitation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationInfo'];
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
  acceptInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TokenRequest'];
      };
    };
    responses: {
      /** @description the signed-in person with the new membership */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  acceptInvitationNew: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptNewRequest'];
      };
    };
    responses: {
      /** @description the login exists; sign in with this address */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptNewResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
    };
  };
  listContacts: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a page of contacts */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactPage'];
        };
      };
      304: components['responses']['NotModified'];
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  createContact: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ContactInput'];
      };
    };
    responses: {
      /** @description the contact */
      201: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      422: components['responses']['Unprocessable'];
    };
  };
  getContact: {
    parameters: {
      query?: never;
      header?: {
        'If-None-Match'?: components['parameters']['IfNoneMatch'];
      };
      path: {
        id: components['parameters']['ResourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the contact */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      304: components['responses']['NotModified'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  deleteContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['ResourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  updateContact: {
    parameters: {
      query?: never;
      header?: {
        /** @description the ETag the change is based on; a stale one → 412 `precondition_failed` */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        id: components['parameters']['ResourceId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ContactPatch'];
      };
    };
    responses: {
      /** @description the contact after the change */
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['Unprocessable'];
    };
  };
  sandboxDecideVerification: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SandboxVerificationRequest'];
      };
    };
    responses: {
      /** @description the verification after the decision */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Verification'];
        };
      };
      400: components['responses']['ValidationFailed'];
      404: components['responses']['NotFound'];
    };
  };
}
