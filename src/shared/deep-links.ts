/**
 * Links into the app from outside (`kundencenter://ticket/T-1` in a mail, a browser or the
 * shell): parsed strictly into one of a few known targets, and mapped to the app's hash route.
 * Anything else is refused with a reason to log; a refused link never navigates.
 */

export const DEEP_LINK_SCHEME = 'kundencenter';

export type DeepLinkTarget =
  | { kind: 'dashboard' }
  | { kind: 'ticket'; id: string }
  | { kind: 'invoice'; id: string }
  | { kind: 'contract'; id: string }
  | { kind: 'domain'; name: string }
  | { kind: 'domainDns'; name: string }
  | { kind: 'help'; articleId: string }
  | { kind: 'settings' }
  /** "Sicherheit" (a security mail's "not you?" link: devices, sign-in history) */
  | { kind: 'security' }
  /** the password-reset mail's link (server/src/auth/password-reset.ts): the token to set */
  | { kind: 'resetPassword'; token: string }
  /** the registration mail's confirmation link (server/src/auth/registration.ts) */
  | { kind: 'confirmEmail'; token: string }
  /** the invitation mail's link (server/src/team/team.ts) */
  | { kind: 'invitation'; token: string };

export type DeepLinkRefusal =
  | 'notALink'
  | 'tooLong'
  | 'scheme'
  | 'credentials'
  | 'port'
  | 'query'
  | 'fragment'
  | 'unknownKind'
  | 'segments'
  | 'badId';

export type DeepLinkParse =
  { ok: true; target: DeepLinkTarget } | { ok: false; reason: DeepLinkRefusal };

/** a link longer than this is no link of ours (a domain name is at most 253) */
export const MAX_DEEP_LINK_LENGTH = 400;

/** ids of the API's records: letters, digits, "-" and "_", at most 64 (the API's own limit) */
const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
/** help articles are named like "customerNumber" (letters, digits, "-"), case kept */
const ARTICLE_ID = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;
/** a domain name in ASCII (IDNs arrive as punycode): labels of 1–63, at least two labels */
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/**
 * a mailed token as the server issues it (base64url, the confirmation's and the invitation's
 * with their "kce_"/"kci_" prefix) within the forms' own limits
 */
const MAIL_TOKEN = /^[A-Za-z0-9_-]{16,256}$/;

/** the mails' links: `<kind>?token=<token>`, each opening its screen with the token filled in */
const TOKEN_LINKS = {
  'reset-password': 'resetPassword',
  'verify-email': 'confirmEmail',
  invitation: 'invitation',
} as const;
type TokenLinkKind = (typeof TOKEN_LINKS)[keyof typeof TOKEN_LINKS];

function isDomainName(name: string): boolean {
  if (name.length < 3 || name.length > 253) return false;
  const labels = name.split('.');
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label));
}

/**
 * Parses `kundencenter://<kind>/<id>`. Known: ticket/<id>, invoice/<id>, contract/<id>,
 * domain/<name>, domain/<name>/dns, help/<articleId>, settings, security, the mails' links
 * reset-password?token=, verify-email?token= and invitation?token=, and the bare scheme
 * (dashboard). No fragment, user, password or port, and a query only
 * where its one key is known; segments and values are taken literally (a percent-escape is
 * refused by the id rules, so nothing decodes into a "/" or "..").
 */
export function parseDeepLink(input: string): DeepLinkParse {
  if (typeof input !== 'string' || input === '') return { ok: false, reason: 'notALink' };
  if (input.length > MAX_DEEP_LINK_LENGTH) return { ok: false, reason: 'tooLong' };
  const prefix = `${DEEP_LINK_SCHEME}://`;
  if (!input.toLowerCase().startsWith(prefix)) return { ok: false, reason: 'scheme' };
  let rest = input.slice(prefix.length);
  // whitespace and control characters are nowhere valid; URL parsers would drop some silently
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f\\]/.test(rest)) return { ok: false, reason: 'notALink' };
  if (rest.includes('#')) return { ok: false, reason: 'fragment' };
  const queryAt = rest.indexOf('?');
  const query = queryAt === -1 ? null : rest.slice(queryAt + 1);
  if (queryAt !== -1) rest = rest.slice(0, queryAt);
  if (rest.includes('@')) return { ok: false, reason: 'credentials' };
  // Windows and some browsers hand over "kundencenter://ticket/1/" with a trailing slash
  if (rest.endsWith('/')) rest = rest.slice(0, -1);
  const segments = rest.split('/');
  const [rawKind = '', ...args] = segments;
  if (rawKind.includes(':')) return { ok: false, reason: 'port' };
  const kind = rawKind.toLowerCase();
  if (Object.hasOwn(TOKEN_LINKS, kind)) {
    return parseTokenLink(TOKEN_LINKS[kind as keyof typeof TOKEN_LINKS], args, query);
  }
  // only the mails' links have a query key; any other query is one with an unknown key
  if (query !== null) return { ok: false, reason: 'query' };
  if (rest === '') return { ok: true, target: { kind: 'dashboard' } };
  return parseTarget(kind, args);
}

/** `<kind>?token=<token>`: exactly that one key, the token as the mail has it */
function parseTokenLink(kind: TokenLinkKind, args: string[], query: string | null): DeepLinkParse {
  if (args.length > 0) return { ok: false, reason: 'segments' };
  if (query === null || !query.startsWith('token=') || query.includes('&')) {
    return { ok: false, reason: 'query' };
  }
  const token = query.slice('token='.length);
  if (!MAIL_TOKEN.test(token)) return { ok: false, reason: 'badId' };
  return { ok: true, target: { kind, token } };
}

function parseTarget(kind: string, args: string[]): DeepLinkParse {
  const one = (): string | null => (args.length === 1 ? args[0]! : null);
  switch (kind) {
    case 'dashboard':
      return args.length === 0
        ? { ok: true, target: { kind: 'dashboard' } }
        : { ok: false, reason: 'segments' };
    case 'settings':
    case 'security':
      return args.length === 0 ? { ok: true, target: { kind } } : { ok: false, reason: 'segments' };
    case 'ticket':
    case 'invoice':
    case 'contract': {
      const id = one();
      if (id === null) return { ok: false, reason: 'segments' };
      if (!RECORD_ID.test(id)) return { ok: false, reason: 'badId' };
      return { ok: true, target: { kind, id } };
    }
    case 'help': {
      const articleId = one();
      if (articleId === null) return { ok: false, reason: 'segments' };
      if (!ARTICLE_ID.test(articleId)) return { ok: false, reason: 'badId' };
      return { ok: true, target: { kind: 'help', articleId } };
    }
    case 'domain': {
      const dns = args.length === 2 && args[1] === 'dns';
      if (args.length !== 1 && !dns) return { ok: false, reason: 'segments' };
      const name = args[0]!.toLowerCase();
      if (!isDomainName(name)) return { ok: false, reason: 'badId' };
      return { ok: true, target: dns ? { kind: 'domainDns', name } : { kind: 'domain', name } };
    }
    default:
      return { ok: false, reason: 'unknownKind' };
  }
}

const enc = encodeURIComponent;

/**
 * The hash route a target opens. Kept beside the parser (shared cannot import the renderer);
 * the renderer's route tests check these against its own route builders.
 */
export function deepLinkRoute(target: DeepLinkTarget): string {
  switch (target.kind) {
    case 'dashboard':
      return '/';
    case 'ticket':
      return `/support/tickets/${enc(target.id)}`;
    case 'invoice':
      return `/billing/invoices/${enc(target.id)}`;
    case 'contract':
      return `/products/${enc(target.id)}`;
    case 'domain':
      return `/domains/${enc(target.name)}`;
    case 'domainDns':
      return `/domains/${enc(target.name)}/dns`;
    case 'help':
      return `/help/${enc(target.articleId)}`;
    case 'settings':
      return '/settings';
    case 'security':
      return '/security';
    case 'resetPassword':
      return `/reset-password?token=${enc(target.token)}`;
    case 'confirmEmail':
      return `/confirm-email?token=${enc(target.token)}`;
    case 'invitation':
      return `/invitation?token=${enc(target.token)}`;
  }
}

/** The first argument that looks like one of our links (argv of a start or second start). */
export function deepLinkInArgv(argv: readonly string[]): string | null {
  const prefix = `${DEEP_LINK_SCHEME}:`;
  return argv.find((arg) => arg.toLowerCase().startsWith(prefix)) ?? null;
}

/**
 * A link shortened for a log line: its scheme and kind, and its length; never the rest (a link
 * may carry whatever someone pasted into it, a password in "user:pass@" included).
 */
export function deepLinkForLog(input: string): string {
  if (typeof input !== 'string') return '(not a string)';
  const match = /^([A-Za-z][A-Za-z0-9+.-]{0,30}):(?:\/\/)?([A-Za-z]{0,20})/.exec(input);
  if (!match) return `(no scheme, ${input.length} chars)`;
  const [, scheme = '', kind = ''] = match;
  return `${scheme}://${kind}… (${input.length} chars)`;
}
