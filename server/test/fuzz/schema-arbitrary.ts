/**
 * fast-check arbitraries from the JSON schemas the loader builds out of the spec: bodies that
 * pass the schema (so requests reach the handlers), values of every wrong kind, and mutations
 * of a valid body at any depth (a field of the wrong type, a required one missing, one too
 * many). Huge and deep values are raw JSON text, so they cost nothing to build.
 */
import fc from 'fast-check';

export type Schema = Record<string, unknown>;

const isSchema = (v: unknown): v is Schema =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function typesOf(schema: Schema): string[] {
  const { type } = schema;
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  if (isSchema(schema.properties)) return ['object'];
  if (isSchema(schema.items)) return ['array'];
  return [];
}

const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function stringOf(schema: Schema): fc.Arbitrary<string> {
  const minLength = num(schema.minLength, 0);
  const maxLength = Math.min(num(schema.maxLength, 40), 200);
  const dates = fc.date({
    min: new Date('1990-01-01'),
    max: new Date('2100-01-01'),
    noInvalidDate: true,
  });
  if (schema.format === 'date') return dates.map(isoDate);
  if (schema.format === 'date-time') return dates.map((d) => d.toISOString());
  if (schema.format === 'email') return fc.emailAddress().filter((e) => e.length <= maxLength);
  if (typeof schema.pattern === 'string') {
    const re = new RegExp(schema.pattern, 'u');
    return fc
      .stringMatching(re)
      .filter((s) => s.length >= minLength && s.length <= num(schema.maxLength, Infinity));
  }
  return fc.string({ minLength, maxLength: Math.max(minLength, maxLength), unit: 'grapheme' });
}

function objectOf(schema: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, prop] of Object.entries(properties)) {
    model[name] = validValue(isSchema(prop) ? prop : {}, depth + 1);
  }
  for (const name of required) model[name] ??= fc.jsonValue({ maxDepth: 1 });
  return fc.record(model, { requiredKeys: required.filter((r) => r in model) });
}

/** Values the schema accepts (as far as the keywords the spec uses go). */
export function validValue(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const values = schema.enum as unknown[] | undefined;
  if (Array.isArray(values) && values.length > 0) return fc.constantFrom(...values);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.allOf)) {
    const merged: Schema = { type: 'object', properties: {}, required: [] };
    for (const part of schema.allOf.filter(isSchema)) {
      Object.assign(merged.properties as Schema, part.properties ?? {});
      (merged.required as string[]).push(...((part.required as string[] | undefined) ?? []));
    }
    return objectOf(merged, depth);
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (Array.isArray(branches)) {
      return fc.oneof(...branches.filter(isSchema).map((b) => validValue(b, depth + 1)));
    }
  }
  const types = typesOf(schema);
  if (types.length === 0) return fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(
    ...types.map((type): fc.Arbitrary<unknown> => {
      switch (type) {
        case 'string':
          return stringOf(schema);
        case 'integer':
          return fc.integer({ min: num(schema.minimum, -1e6), max: num(schema.maximum, 1e6) });
        case 'number':
          return fc.double({
            min: num(schema.minimum, -1e6),
            max: num(schema.maximum, 1e6),
            noNaN: true,
          });
        case 'boolean':
          return fc.boolean();
        case 'null':
          return fc.constant(null);
        case 'array': {
          const items = isSchema(schema.items) ? schema.items : {};
          const constraints = {
            minLength: num(schema.minItems, 0),
            maxLength: Math.min(num(schema.maxItems, 4), 4),
          };
          if (depth > 6) return fc.constant([]);
          return schema.uniqueItems === true
            ? fc.uniqueArray(validValue(items, depth + 1), {
                ...constraints,
                selector: (v) => JSON.stringify(v),
              })
            : fc.array(validValue(items, depth + 1), constraints);
        }
        default:
          return depth > 6 ? fc.constant({}) : objectOf(schema, depth);
      }
    }),
  );
}

/** A JSON value written as text: wrong in kind, size or depth for any field. */
export const RAW = Symbol('raw JSON');
export interface Raw {
  [RAW]: string;
}
const raw = (text: string): Raw => ({ [RAW]: text });

const weird = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\udfff\ud800',
  '\u202e\u0041',
  '..',
  '../../../etc/passwd',
  '%00',
  '%',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '__proto__',
  'null',
  '1e309',
  '٣',
  'ﬀ',
  '\r\n',
);

export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, -0, 2 ** 53 + 1, [], {}, [null], { '': null }),
  weird,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc
    .constantFrom('1e309', '-1e309', '1E400', '123456789012345678901234567890', '-0.0e-400')
    .map(raw),
  // huge strings and arrays, still under the default 1 MiB body limit
  fc.integer({ min: 10_000, max: 900_000 }).map((n) => raw(JSON.stringify('x'.repeat(n)))),
  fc.integer({ min: 1_000, max: 100_000 }).map((n) => raw(`[${'0,'.repeat(n)}0]`)),
  // deeply nested arrays and objects
  fc.integer({ min: 100, max: 100_000 }).map((n) => raw('['.repeat(n) + ']'.repeat(n))),
  fc.integer({ min: 100, max: 50_000 }).map((n) => raw('{"a":'.repeat(n) + '1' + '}'.repeat(n))),
  fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => raw(`{"${key}":{"x":1}}`)),
);

/** Writes a value with Raw parts spliced in as their text. */
export function toJsonText(value: unknown): string {
  if (typeof value === 'object' && value !== null && RAW in value) return (value as Raw)[RAW];
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  }
  return out;
}

function setAt(value: unknown, path: Path, replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(value);
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    return (value as unknown[]).map((v, i) => (i === head ? setAt(v, rest, replace) : v));
  }
  const record = { ...(value as Record<string, unknown>) };
  record[head as string] = setAt(record[head as string], rest, replace);
  return record;
}

const DROP = Symbol('drop');

function dropMarked(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== DROP).map(dropMarked);
  if (typeof value === 'object' && value !== null && !(RAW in value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== DROP)
        .map(([k, v]) => [k, dropMarked(v)]),
    );
  }
  return value;
}

const extraKey = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', '', 'id', '$ref'),
);

/** A body for the schema: valid, or wrong in one place (type, missing, extra, whole). */
export function bodyFor(schema: Schema): fc.Arbitrary<{ how: string; text: string }> {
  const valid = validValue(schema);
  const mutated = valid.chain((base) =>
    fc
      .record({
        how: fc.constantFrom('valid', 'type', 'type', 'drop', 'extra', 'root'),
        path: fc.constantFrom(...pathsOf(base)),
        bad: badValue,
        key: extraKey,
        extra: fc.jsonValue({ maxDepth: 2 }),
      })
      .map(({ how, path, bad, key, extra }) => {
        let value: unknown = base;
        if (how === 'type') value = setAt(base, path, () => bad);
        if (how === 'root') value = bad;
        if (how === 'drop' && path.length > 0) value = dropMarked(setAt(base, path, () => DROP));
        if (how === 'extra') {
          value = setAt(base, path, (old) =>
            typeof old === 'object' && old !== null && !Array.isArray(old)
              ? { ...old, [key]: extra }
              : old,
          );
          // a computed "__proto__" key is an own property: it is written out as a key
        }
        return { how, text: toJsonText(value) };
      }),
  );
  return mutated;
}
