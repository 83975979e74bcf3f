/** The spec's operations, each with its Fastify request schemas, right and response rules. */
import type { FastifySchema } from 'fastify';
import { toJsonSchema } from './json-schema';
import { integerQueryRules, type IntegerQueryRule } from './query-rules';
import { planRights, responsePlans, type ResponseRights } from './response-rights';
import { rightOf, specRights } from './rights';
import { deref, isObject, type Json, type JsonObject, type OpenApiDoc } from './spec-json';

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
