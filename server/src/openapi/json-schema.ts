/** The spec's schemas as plain JSON Schema, which Fastify's ajv (strict) validates with. */
import { isObject, resolvePointer, type Json, type JsonObject, type OpenApiDoc } from './spec-json';

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
