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
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchema,
  preHandlerAsyncHookHandler,
  RouteHandlerMethod,
} from 'fastify';
import { parse } from 'yaml';
import type { operations } from '../../src/shared/api-types';
import { integerQueryRules, queryIntegerHook, type IntegerQueryRule } from './openapi/query-rules';
import {
  conditionalHeadersHook,
  filterResponseHook,
  planRights,
  responsePlans,
  type ResponseRights,
} from './openapi/response-rights';
import {
  deref,
  isObject,
  resolvePointer,
  type Json,
  type JsonObject,
  type OpenApiDoc,
} from './openapi/spec-json';

export const SPEC_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'openapi.yaml',
);
/** Per-area parts of the spec (`paths`, `tags`, `components`), merged into SPEC_PATH's document. */
export const SPEC_PARTS_DIR = path.resolve(path.dirname(SPEC_PATH), 'openapi');

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
// Spec reading and $ref resolution

export type { OpenApiDoc };

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

function mergePart(doc: JsonObject, part: JsonObject, name: string): void {
  for (const [key, value] of Object.entries(part)) {
    if (key === 'paths') {
      doc.paths = mergeMap(doc.paths, value, `${name}: path`);
    } else if (key === 'tags') {
      if (!Array.isArray(value)) throw new Error(`${name}: tags must be a list`);
      const tags = Array.isArray(doc.tags) ? doc.tags : [];
      const known = new Set(tags.map((t) => (isObject(t) ? t.name : t)));
      for (const tag of value) {
        if (isObject(tag) && known.has(tag.name))
          throw new Error(`${name}: tag ${JSON.stringify(tag.name)} twice`);
      }
      doc.tags = [...tags, ...value];
    } else if (key === 'components') {
      if (!isObject(value)) throw new Error(`${name}: components must be a mapping`);
      const components = isObject(doc.components) ? doc.components : {};
      for (const [kind, entries] of Object.entries(value)) {
        components[kind] = mergeMap(components[kind], entries, `${name}: components.${kind}`);
      }
      doc.components = components;
    } else {
      throw new Error(`${name}: a spec part may hold paths, tags and components only, not ${key}`);
    }
  }
}

function mergeMap(into: Json | undefined, add: Json, what: string): JsonObject {
  if (!isObject(add)) throw new Error(`${what} must be a mapping`);
  const out: JsonObject = isObject(into) ? into : {};
  for (const [key, value] of Object.entries(add)) {
    if (key in out) throw new Error(`${what} ${key} is defined twice`);
    out[key] = value;
  }
  return out;
}

// Annotations OpenAPI allows that ajv (strict) does not know.
const DROP = new Set(['example', 'discriminator', 'xml', 'externalDocs']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
const SCHEMA_VALUES = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
]);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);

/** Inlines every $ref and drops OpenAPI-only annotations, giving a plain JSON Schema for ajv. */
export function toJsonSchema(doc: OpenApiDoc, schema: Json, seen: string[] = []): Json {
  if (!isObject(schema)) return schema;
  let base: JsonObject = {};
  const { $ref, ...rest } = schema;
  if (typeof $ref === 'string') {
    if (seen.includes($ref)) throw new Error(`recursive schemas are not supported: ${$ref}`);
    const target = toJsonSchema(doc, resolvePointer(doc, $ref), [...seen, $ref]);
    if (!isObject(target)) throw new Error(`$ref ${$ref} is not a schema`);
    base = target;
  }
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(rest)) {
    if (DROP.has(key) || key.startsWith('x-')) continue;
    if (SCHEMA_MAPS.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, toJsonSchema(doc, v, seen)]),
      );
    } else if (SCHEMA_VALUES.has(key) && isObject(value)) {
      out[key] = toJsonSchema(doc, value, seen);
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((v) => toJsonSchema(doc, v, seen));
    } else {
      out[key] = value;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Operations

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

export interface Operation {
  operationId: string;
  method: Uppercase<(typeof METHODS)[number]>;
  /** the OpenAPI path, `/v1/contracts/{id}` */
  path: string;
  /** the Fastify url, `/v1/contracts/:id` */
  url: string;
  tags: string[];
  /** names of the security schemes required (empty: public) */
  security: string[];
  /** `x-kc-right`: the right the operation needs, 'none' (membership), null on public ones */
  right: string | null;
  /** `x-kc-body-limit`: bytes this route accepts (default: the app's bodyLimit) */
  bodyLimit?: number;
  schema: FastifySchema;
  /** the integer query parameters, parsed by the one query-number rule (query-rules.ts) */
  queryIntegers: IntegerQueryRule[];
  /** response fields that need a right (response-rights.ts); null when none do */
  responseRights: ResponseRights | null;
}

/** What the route carries in its config for the hooks (request.routeOptions.config.kc). */
export interface RouteKc {
  operationId: string;
  right: string | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    kc?: RouteKc;
  }
}

export const RIGHT_NONE = 'none';

/** The rights the spec knows: the enum of `components.schemas.Right` (empty when absent). */
export function specRights(doc: OpenApiDoc): string[] {
  const schemas = isObject(doc.components) ? doc.components.schemas : undefined;
  const right = isObject(schemas) ? schemas.Right : undefined;
  const values = isObject(right) && Array.isArray(right.enum) ? right.enum : [];
  return values.filter((v): v is string => typeof v === 'string');
}

function rightOf(doc: OpenApiDoc, opId: string, op: JsonObject, security: string[]) {
  const raw = op['x-kc-right'];
  if (security.length === 0) {
    if (raw !== undefined) throw new Error(`${opId}: x-kc-right on a public operation`);
    return null;
  }
  if (typeof raw !== 'string' || raw === '') {
    throw new Error(
      `${opId}: an operation with security must declare x-kc-right (a right or ${RIGHT_NONE})`,
    );
  }
  const known = specRights(doc);
  if (raw !== RIGHT_NONE && !known.includes(raw)) {
    throw new Error(`${opId}: x-kc-right ${raw} is not a right (${known.join(', ')})`);
  }
  return raw;
}

/** The one rights table: operationId → the right it needs ('none': membership is enough). */
export function rightsTable(doc: OpenApiDoc): Record<string, string> {
  const table: Record<string, string> = {};
  for (const op of listOperations(doc)) if (op.right !== null) table[op.operationId] = op.right;
  return table;
}

/** `{id}` → `:id` */
export function toFastifyPath(openapiPath: string): string {
  return openapiPath.replace(/\{([^}/]+)\}/g, ':$1');
}

function securityOf(opId: string, requirements: Json | undefined): string[] {
  if (requirements === undefined) return [];
  if (!Array.isArray(requirements)) throw new Error(`${opId}: security must be a list`);
  if (requirements.length === 0) return [];
  if (requirements.length > 1) {
    throw new Error(`${opId}: alternative security requirements are not supported`);
  }
  const [only] = requirements;
  if (!isObject(only) || Object.keys(only).length === 0) {
    throw new Error(`${opId}: optional security is not supported`);
  }
  return Object.keys(only);
}

function parametersSchema(
  doc: OpenApiDoc,
  params: JsonObject[],
  location: 'query' | 'path' | 'header',
): JsonObject | undefined {
  const selected = params.filter((p) => p.in === location);
  if (selected.length === 0) return undefined;
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const p of selected) {
    if (typeof p.name !== 'string') throw new Error('a parameter has no name');
    const name = location === 'header' ? p.name.toLowerCase() : p.name;
    properties[name] = p.schema === undefined ? {} : toJsonSchema(doc, p.schema);
    if (p.required === true || location === 'path') required.push(name);
  }
  const schema: JsonObject = { type: 'object', properties };
  if (required.length > 0) schema.required = required;
  return schema;
}

function collectParameters(doc: OpenApiDoc, ...lists: (Json | undefined)[]): JsonObject[] {
  const byKey = new Map<string, JsonObject>();
  for (const list of lists) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new Error('parameters must be a list');
    for (const raw of list) {
      const p = deref(doc, raw);
      if (!isObject(p)) throw new Error('a parameter is not an object');
      if (typeof p.in !== 'string' || typeof p.name !== 'string') {
        throw new Error('a parameter needs a name and a location (in)');
      }
      byKey.set(`${p.in}:${p.name}`, p);
    }
  }
  return [...byKey.values()];
}

/** Lists the operations of the spec with their Fastify request schemas. */
export function listOperations(doc: OpenApiDoc): Operation[] {
  const ops: Operation[] = [];
  const ids = new Set<string>();
  const rights = specRights(doc);
  for (const [specPath, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = deref(doc, rawItem);
    if (!isObject(item)) throw new Error(`${specPath}: path item is not an object`);
    for (const method of METHODS) {
      const op = item[method];
      if (op === undefined) continue;
      if (!isObject(op)) throw new Error(`${method} ${specPath}: operation is not an object`);
      const operationId = op.operationId;
      if (typeof operationId !== 'string' || operationId === '') {
        throw new Error(`${method.toUpperCase()} ${specPath} has no operationId`);
      }
      if (ids.has(operationId)) throw new Error(`duplicate operationId ${operationId}`);
      ids.add(operationId);

      const params = collectParameters(doc, item.parameters, op.parameters);
      const schema: FastifySchema = {};
      const querystring = parametersSchema(doc, params, 'query');
      const pathParams = parametersSchema(doc, params, 'path');
      const headers = parametersSchema(doc, params, 'header');
      if (querystring) schema.querystring = querystring;
      if (pathParams) schema.params = pathParams;
      if (headers) schema.headers = headers;

      const body = deref(doc, op.requestBody);
      if (isObject(body)) {
        const content = deref(doc, body.content);
        const media = isObject(content) ? deref(doc, content['application/json']) : undefined;
        if (!isObject(media) || media.schema === undefined) {
          throw new Error(`${operationId}: only application/json request bodies are supported`);
        }
        schema.body = toJsonSchema(doc, media.schema);
      }

      const security = securityOf(operationId, op.security ?? doc.security);
      const plans = responsePlans(doc, operationId, op.responses, rights);
      const limit = op['x-kc-body-limit'];
      if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit))) {
        throw new Error(`${operationId}: x-kc-body-limit must be a number of bytes`);
      }
      ops.push({
        operationId,
        method: method.toUpperCase() as Operation['method'],
        path: specPath,
        url: toFastifyPath(specPath),
        tags: Array.isArray(op.tags) ? op.tags.filter((t) => typeof t === 'string') : [],
        security,
        right: rightOf(doc, operationId, op, security),
        ...(typeof limit === 'number' ? { bodyLimit: limit } : {}),
        schema,
        queryIntegers: integerQueryRules(operationId, querystring),
        responseRights:
          plans.size > 0 ? { plans, rights: planRights(plans.values(), rights) } : null,
      });
    }
  }
  return ops;
}

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
