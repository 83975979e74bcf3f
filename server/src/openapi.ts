/**
 * Contract-first routing: every operation in server/openapi.yaml (and its parts in
 * server/openapi/) becomes a Fastify route whose
 * request schemas come from the spec and whose handler is found by operationId. A spec
 * operation without a handler, or a handler without an operation, stops the server at start.
 *
 * Rights: every operation with security declares `x-kc-right` — a right of the `Right` schema,
 * or `none` (being a member of the customer account is enough). A bearer operation without it
 * stops the loader. The right travels in the route's config (`kc.right`), where the security
 * hook checks it right after authenticating (server/src/auth/bearer.ts). Security hooks run
 * before the body is validated, so an unauthorised caller learns nothing about the schema.
 * `rightsTable(doc)` is the one table operationId → right (matrix test, README).
 *
 * This module reads the spec and registers the routes; the pieces live in openapi/: merging
 * the parts (spec-parts.ts), JSON Schema for ajv (json-schema.ts), the rights (rights.ts), the
 * operations (operations.ts), query numbers and response rights.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
  RouteHandlerMethod,
} from 'fastify';
import { parse } from 'yaml';
import type { operations } from '../../src/shared/api-types';
import { listOperations, type Operation, type RouteKc } from './openapi/operations';
import { queryIntegerHook } from './openapi/query-rules';
import { conditionalHeadersHook, filterResponseHook } from './openapi/response-rights';
import { isObject, type JsonObject, type OpenApiDoc } from './openapi/spec-json';
import { mergePart } from './openapi/spec-parts';

export { toJsonSchema } from './openapi/json-schema';
export { RIGHT_NONE, specRights } from './openapi/rights';
export { listOperations, rightsTable, toFastifyPath } from './openapi/operations';
export type { Operation, RouteKc } from './openapi/operations';
export type { OpenApiDoc } from './openapi/spec-json';

// ---------------------------------------------------------------------------------------------
// Spec reading. The path is taken from this module, in server/src, because a fault test bundles
// the server into one file there (outbox-fault.int.test.ts), as it does for db.ts's migrations.

export const SPEC_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'openapi.yaml',
);
/** Per-area parts of the spec (`paths`, `tags`, `components`), merged into SPEC_PATH's document. */
export const SPEC_PARTS_DIR = path.resolve(path.dirname(SPEC_PATH), 'openapi');

/**
 * The whole contract: server/openapi.yaml plus every server/openapi/*.yaml part (one per menu
 * area, so areas grow side by side). A part may add paths, tags and components; naming one
 * twice is an error, never a silent override.
 */
export function loadSpec(
  file: string = SPEC_PATH,
  partsDir: string | null = SPEC_PARTS_DIR,
): OpenApiDoc {
  const doc = readYaml(file);
  if (typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.')) {
    throw new Error(`${file}: not an OpenAPI 3 document`);
  }
  const parts =
    partsDir && existsSync(partsDir)
      ? readdirSync(partsDir)
          .filter((f) => f.endsWith('.yaml'))
          .sort()
      : [];
  for (const name of parts) mergePart(doc, readYaml(path.join(partsDir!, name)), name);
  return doc as OpenApiDoc;
}

function readYaml(file: string): JsonObject {
  const doc = parse(readFileSync(file, 'utf8')) as unknown;
  if (!isObject(doc)) throw new Error(`${file}: not a YAML mapping`);
  return doc;
}

// ---------------------------------------------------------------------------------------------
// Types derived from the generated api-types, so handlers are checked against the contract.

export type OperationId = keyof operations;
type JsonContent<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type SuccessStatus = 200 | 201 | 202 | 203 | 206;
type Responses<K extends OperationId> = operations[K]['responses'];

export type BodyOf<K extends OperationId> = JsonContent<NonNullable<operations[K]['requestBody']>>;
export type QueryOf<K extends OperationId> = NonNullable<operations[K]['parameters']['query']>;
export type PathParamsOf<K extends OperationId> = NonNullable<operations[K]['parameters']['path']>;
/** The JSON bodies of the operation's 2xx responses. */
export type ResultOf<K extends OperationId> = {
  [S in keyof Responses<K>]: S extends SuccessStatus ? JsonContent<Responses<K>[S]> : never;
}[keyof Responses<K>];

export type RequestOf<K extends OperationId> = FastifyRequest<{
  Body: BodyOf<K>;
  Querystring: QueryOf<K>;
  Params: PathParamsOf<K>;
}>;

/** A handler answers its JSON result, or the reply it already sent (204, 304, headers). */
export type Handler<K extends OperationId> = (
  request: RequestOf<K>,
  reply: FastifyReply,
) => Promise<ResultOf<K> | FastifyReply> | ResultOf<K> | FastifyReply;

export type HandlerMap = { [K in OperationId]?: Handler<K> };

/** What the loader accepts: any function taking (request, reply). */
export type AnyHandler = (request: never, reply: FastifyReply) => unknown;

// ---------------------------------------------------------------------------------------------
// Routes

export interface RegisterOptions {
  /** handler per operationId; must match the included operations exactly */
  handlers: Readonly<Record<string, AnyHandler | undefined>>;
  /** preHandler per security scheme name used in the spec */
  security?: Readonly<Record<string, preHandlerAsyncHookHandler>>;
  /** which operations to register (default: all) */
  include?: (op: Operation) => boolean;
}

/** Registers the spec's operations on the app; throws when spec and handlers disagree. */
export function registerOperations(
  app: FastifyInstance,
  doc: OpenApiDoc,
  opts: RegisterOptions,
): Operation[] {
  const ops = listOperations(doc).filter(opts.include ?? (() => true));
  const handlerIds = new Set(
    Object.entries(opts.handlers)
      .filter(([, h]) => h !== undefined)
      .map(([id]) => id),
  );
  const missing = ops.filter((op) => !handlerIds.has(op.operationId)).map((op) => op.operationId);
  if (missing.length > 0) {
    throw new Error(`no handler for operation(s): ${missing.join(', ')}`);
  }
  const opIds = new Set(ops.map((op) => op.operationId));
  const orphans = [...handlerIds].filter((id) => !opIds.has(id));
  if (orphans.length > 0) {
    throw new Error(`handler(s) without an operation in the spec: ${orphans.join(', ')}`);
  }

  for (const op of ops) {
    const securityHooks = op.security.map((name) => {
      const hook = opts.security?.[name];
      if (!hook) throw new Error(`${op.operationId}: no handler for security scheme ${name}`);
      return hook;
    });
    const kc: RouteKc = { operationId: op.operationId, right: op.right };
    const rr = op.responseRights;
    app.route({
      method: op.method,
      url: op.url,
      schema: op.schema,
      config: { kc },
      // authentication and the rights check come before validation (see the file comment)
      preValidation: [
        ...securityHooks,
        ...(op.queryIntegers.length > 0 ? [queryIntegerHook(op.queryIntegers)] : []),
      ],
      ...(rr ? { preHandler: conditionalHeadersHook(rr), onSend: filterResponseHook(rr) } : {}),
      ...(op.bodyLimit !== undefined ? { bodyLimit: op.bodyLimit } : {}),
      handler: opts.handlers[op.operationId] as unknown as RouteHandlerMethod,
    });
  }
  return ops;
}
