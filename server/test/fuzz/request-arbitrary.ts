/**
 * One fuzzed request for an operation of the spec: its path with odd or real ids, its query
 * with odd values (numbers of every spelling), headers that are wrong or lie, and a body that
 * is valid, wrong in one place, in the wrong type, or over the route's limit.
 */
import fc from 'fast-check';
import type { Operation } from '../../src/openapi';
import { bodyFor, type Schema } from './schema-arbitrary';
import type { FuzzRequest } from './fuzz-http';

/** The app's bodyLimit (server/src/app.ts) where the operation names none. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** Placeholder for the current access token, filled in when the request is sent. */
export const TOKEN = '\u0000token\u0000';

const latin1 = fc.string({
  unit: fc
    .integer({ min: 0x20, max: 0xff })
    .filter((c) => c !== 0x7f)
    .map((c) => String.fromCharCode(c)),
  maxLength: 40,
});

/** Encoded as a client would, or as one would not (lone surrogates, raw latin1 bytes). */
function encoded(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

const oddSegment = fc.oneof(
  fc.constantFrom(
    '..',
    '.',
    '%2e%2e',
    '..%2F..%2Fetc%2Fpasswd',
    '%00',
    'a%00b',
    '%',
    '%zz',
    '%E0%A4%A',
    '%C0%AF',
    '%FF%FE',
    '%2F',
    '%ED%A0%80',
    '~',
    '%20',
    '1e309',
    '-1',
    '0',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }).map(encoded),
  latin1.map((s) => s.replace(/[\s/?#%]/g, '')).filter((s) => s.length > 0),
  fc.integer({ min: 1_000, max: 12_000 }).map((n) => 'a'.repeat(n)),
);

const oddNumber = fc.constantFrom(
  '1e309',
  'Infinity',
  '-Infinity',
  'NaN',
  '1.5',
  '-1',
  '0',
  '0x10',
  '',
  '%20%35',
  '+5',
  '1e2',
  '9007199254740993',
  '%00',
  '%',
);

const oddQueryValue = fc.oneof(oddNumber, oddSegment, fc.nat().map(String));

const etagish = fc.oneof(
  fc.constantFrom('*', '"x"', 'W/"x"', '', ',,,', '"', 'W/', '"a", "b"', '"~"'),
  latin1,
  fc.integer({ min: 500, max: 3000 }).map((n) => `"${'e'.repeat(n)}"`),
);

const headerValue = {
  'if-match': etagish,
  'if-none-match': etagish,
  'idempotency-key': fc.oneof(
    fc.constantFrom('', 'fuzz-key', 'fuzz-key', '\u00ff\u00fe'),
    latin1,
    fc.integer({ min: 150, max: 400 }).map((n) => 'k'.repeat(n)),
  ),
  accept: fc.constantFrom('*/*', 'text/html', 'application/xml', '', 'application/json;q=0', '///'),
  'last-event-id': fc.oneof(fc.constantFrom('v1.x.1', 'v1..', '-1'), latin1),
  'accept-encoding': fc.constantFrom('gzip', 'br', 'identity;q=0', '*;q=0'),
  'x-forwarded-for': fc.constantFrom('1.2.3.4', 'garbage', ''),
};

const authorization = fc.oneof(
  { weight: 8, arbitrary: fc.constant(`Bearer ${TOKEN}`) },
  fc.constantFrom(
    '',
    'Bearer',
    'Bearer ',
    'Bearer x',
    'Basic YTpi',
    `Bearer ${TOKEN}x`,
    `bearer ${TOKEN}`,
  ),
  fc.integer({ min: 1_000, max: 8_000 }).map((n) => `Bearer ${'t'.repeat(n)}`),
);

const wrongContentType = fc.constantFrom(
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/jsonx',
  'application/xml',
  '',
  'application/json; charset=latin1',
);

const brokenJson = fc.constantFrom('{', '{"a":', 'nul', '[]]', '\u0000', '{"a":1,}', "{'a':1}", '');

interface Body {
  contentType?: string;
  bytes: Buffer;
  lengthLie?: number;
}

function bodyArbitrary(op: Operation): fc.Arbitrary<Body | undefined> {
  const schema = op.schema.body as Schema | undefined;
  const limit = op.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const json = (text: string): Body => ({
    contentType: 'application/json',
    bytes: Buffer.from(text),
  });
  const anyJson = schema ? bodyFor(schema).map((b) => b.text) : fc.json({ maxDepth: 2 });
  return fc.oneof(
    { weight: schema ? 12 : 2, arbitrary: anyJson.map(json) },
    { weight: schema ? 0 : 6, arbitrary: fc.constant(undefined) },
    fc.record({ contentType: wrongContentType, bytes: anyJson.map((t) => Buffer.from(t)) }),
    brokenJson.map(json),
    fc.constant({
      contentType: 'application/json',
      bytes: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    }),
    anyJson.map((t) => ({ contentType: 'application/json', bytes: Buffer.from(`\ufeff${t}`) })),
    // over the route's limit
    fc
      .integer({ min: 1, max: 4096 })
      .map((extra) => json(`{"x":"${'x'.repeat(Math.max(0, limit + extra - 8))}"}`)),
    // a Content-Length that is not the body's
    fc.record({
      contentType: fc.constant('application/json'),
      bytes: anyJson.map((t) => Buffer.from(t)),
      lengthLie: fc.oneof(fc.integer({ min: -20, max: -1 }), fc.integer({ min: 1, max: 1_000 })),
    }),
  );
}

function pathArbitrary(op: Operation, knownIds: readonly string[]): fc.Arbitrary<string> {
  const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  if (names.length === 0) return fc.constant(op.path);
  const value =
    knownIds.length > 0
      ? fc.oneof(fc.constantFrom(...knownIds).map(encodeURIComponent), oddSegment)
      : oddSegment;
  return fc.tuple(...names.map(() => value)).map((values) => {
    let i = 0;
    return op.path.replace(/\{[^}]+\}/g, () => values[i++] ?? '');
  });
}

function queryArbitrary(op: Operation): fc.Arbitrary<string> {
  const properties = (op.schema.querystring as { properties?: Record<string, unknown> } | undefined)
    ?.properties;
  const names = [...Object.keys(properties ?? {}), 'limit', 'x'];
  const pair = fc.tuple(fc.constantFrom(...names), oddQueryValue).map(([k, v]) => `${k}=${v}`);
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant('') },
    fc.array(pair, { minLength: 1, maxLength: 4 }).map((pairs) => `?${pairs.join('&')}`),
    fc.constantFrom(
      '?',
      '?&&',
      '?=',
      '?limit',
      '?limit=1&limit=2',
      '?%zz=1',
      '?a[b]=1',
      '?__proto__=1',
    ),
  );
}

/** A fuzzed request for the operation; TOKEN stands for the current access token. */
export function requestFor(op: Operation, knownIds: readonly string[]): fc.Arbitrary<FuzzRequest> {
  const headers = fc.record(headerValue, { requiredKeys: [] });
  return fc
    .record({
      path: pathArbitrary(op, knownIds),
      query: queryArbitrary(op),
      headers,
      authorization,
      body: bodyArbitrary(op),
    })
    .map(({ path, query, headers: extra, authorization: auth, body }) => {
      const all: Record<string, string> = { ...extra };
      if (auth !== '') all.authorization = auth;
      if (body?.contentType) all['content-type'] = body.contentType;
      return {
        method: op.method,
        target: path + query,
        headers: all,
        ...(body ? { body: body.bytes } : {}),
        ...(body?.lengthLie !== undefined ? { lengthLie: body.lengthLie } : {}),
      };
    });
}
