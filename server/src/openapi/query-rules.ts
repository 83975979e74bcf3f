/**
 * The one rule for numbers in query strings. ajv's coercion takes `1e309` for Infinity, `0x10`
 * for 16 and ` 5` for 5, and some handlers then handed Infinity to SQLite (500). Every integer
 * query parameter of the spec is parsed here instead, before the schema is checked: plain
 * decimal digits of a safe integer within the parameter's `minimum`…`maximum`, else 400
 * `validation_failed` naming the parameter (`type`, `minimum` or `maximum`, as ajv would).
 * The spec must give both bounds; the loader refuses an integer query parameter without them,
 * and a `number` one altogether (no list needs fractions).
 */
import type { FastifyRequest } from 'fastify';
import { ApiError, type FieldError } from '../problem';
import { isObject, type JsonObject } from './spec-json';

export interface IntegerQueryRule {
  name: string;
  minimum: number;
  maximum: number;
}

const DECIMAL = /^(0|-?[1-9][0-9]*)$/;

function typesOf(schema: JsonObject): string[] {
  const { type } = schema;
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** The rules for a querystring schema (as the loader builds it); throws on an unbounded one. */
export function integerQueryRules(
  operationId: string,
  querystring: JsonObject | undefined,
): IntegerQueryRule[] {
  const properties = querystring?.properties;
  if (!isObject(properties)) return [];
  const rules: IntegerQueryRule[] = [];
  for (const [name, schema] of Object.entries(properties)) {
    if (!isObject(schema)) continue;
    const types = typesOf(schema);
    if (types.includes('number')) {
      throw new Error(`${operationId}: query parameter ${name} must be an integer, not a number`);
    }
    if (!types.includes('integer')) continue;
    const { minimum, maximum } = schema;
    if (
      typeof minimum !== 'number' ||
      typeof maximum !== 'number' ||
      !Number.isSafeInteger(minimum) ||
      !Number.isSafeInteger(maximum)
    ) {
      throw new Error(
        `${operationId}: integer query parameter ${name} needs an integer minimum and maximum`,
      );
    }
    rules.push({ name, minimum, maximum });
  }
  return rules;
}

/** The parsed value, or the ajv keyword it fails. */
export function parseQueryInteger(
  raw: unknown,
  rule: IntegerQueryRule,
): { value: number } | { error: 'type' | 'minimum' | 'maximum' } {
  if (typeof raw !== 'string' || !DECIMAL.test(raw)) return { error: 'type' };
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) return { error: raw.startsWith('-') ? 'minimum' : 'maximum' };
  if (value < rule.minimum) return { error: 'minimum' };
  if (value > rule.maximum) return { error: 'maximum' };
  return { value };
}

/** A preValidation hook replacing each rule's query value by its number, or answering 400. */
export function queryIntegerHook(rules: readonly IntegerQueryRule[]) {
  return (request: FastifyRequest): Promise<void> => {
    const query = request.query as Record<string, unknown> | undefined;
    if (!query) return Promise.resolve();
    const errors: FieldError[] = [];
    for (const rule of rules) {
      if (!Object.prototype.hasOwnProperty.call(query, rule.name)) continue;
      const parsed = parseQueryInteger(query[rule.name], rule);
      if ('value' in parsed) query[rule.name] = parsed.value;
      else errors.push({ field: rule.name, code: parsed.error });
    }
    if (errors.length === 0) return Promise.resolve();
    return Promise.reject(new ApiError(400, 'validation_failed', { errors }));
  };
}
