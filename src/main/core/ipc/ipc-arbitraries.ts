/**
 * fast-check arbitraries for the IPC fuzz, built by walking a channel's schema shape: inputs
 * the table accepts, and inputs bent out of them (wrong types, extra and prototype keys, lone
 * surrogates, strings far over their limit, deep nesting, missing keys). Whether a bent input
 * is still acceptable is decided by `expectInvalid`, the router's own rule, not guessed here.
 * Test support only (fast-check is a dev dependency); nothing in the app imports it.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { unusableAt } from './router';
import type { Shape } from './schema-shape';

export interface FuzzSize {
  /** the longest valid string generated (the schema's own maximum when lower) */
  maxString: number;
  maxArray: number;
  /** how long an oversized string gets */
  hugeString: number;
  /** how deep a nesting mutation goes */
  maxDepth: number;
}

/** what the router answers `invalid_input` for: a schema refusal or an unusable string/depth */
export function expectInvalid(schema: z.ZodType, value: unknown): boolean {
  return unusableAt(value) !== null || !schema.safeParse(value).success;
}

const email = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9][a-z0-9.+_-]{0,15}[a-z0-9]$/),
    fc.stringMatching(/^[a-z0-9]{1,12}$/),
    fc.constantFrom('de', 'example', 'com', 'co.uk'),
  )
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

function stringArbitrary(shape: Extract<Shape, { kind: 'string' }>, size: FuzzSize) {
  const max = Math.min(shape.max, size.maxString);
  const min = Math.min(shape.min, max);
  const fits = (value: string) => {
    const checked = shape.trimmed ? value.trim() : value;
    return (
      checked.length >= shape.min &&
      checked.length <= shape.max &&
      shape.patterns.every((pattern) => pattern.test(checked))
    );
  };
  if (shape.formats.includes('base64')) {
    const maxBytes = Math.floor(max / 4) * 3;
    return fc
      .uint8Array({ minLength: Math.min(maxBytes, Math.ceil(min / 4) * 3), maxLength: maxBytes })
      .map((bytes) => Buffer.from(bytes).toString('base64'))
      .filter(fits);
  }
  if (shape.formats.includes('email')) return email.filter(fits);
  const pattern = shape.patterns[0];
  if (pattern) return fc.stringMatching(pattern).filter(fits);
  return fc
    .oneof(
      {
        weight: 3,
        arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: min, maxLength: max }),
      },
      // any code point: umlauts, emoji (surrogate pairs), controls, combining marks
      { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: min, maxLength: max }) },
      { weight: 1, arbitrary: fc.constant('ä'.repeat(Math.max(min, 1))) },
      // exactly at the limit
      { weight: 1, arbitrary: fc.constant('x'.repeat(Math.max(min, max))) },
    )
    .filter(fits);
}

function numberArbitrary(shape: Extract<Shape, { kind: 'number' }>) {
  if (shape.integer) {
    const min = shape.minExclusive ? Math.floor(shape.min) + 1 : Math.ceil(shape.min);
    const max = shape.maxExclusive ? Math.ceil(shape.max) - 1 : Math.floor(shape.max);
    return fc.integer({
      min: Math.max(min, Number.MIN_SAFE_INTEGER),
      max: Math.min(max, Number.MAX_SAFE_INTEGER),
    });
  }
  return fc.double({
    noNaN: true,
    noDefaultInfinity: true,
    ...(Number.isFinite(shape.min) ? { min: shape.min, minExcluded: shape.minExclusive } : {}),
    ...(Number.isFinite(shape.max) ? { max: shape.max, maxExcluded: shape.maxExclusive } : {}),
  });
}

/** Values `shape` accepts (mostly: refinements and rare misses are filtered by the caller). */
export function validArbitrary(shape: Shape, size: FuzzSize): fc.Arbitrary<unknown> {
  switch (shape.kind) {
    case 'string':
      return stringArbitrary(shape, size);
    case 'number':
      return numberArbitrary(shape);
    case 'boolean':
      return fc.boolean();
    case 'undefined':
      return fc.constant(undefined);
    case 'null':
      return fc.constant(null);
    case 'literal':
      return fc.constantFrom(...shape.values);
    case 'optional':
      return fc.option(validArbitrary(shape.inner, size), { nil: undefined });
    case 'nullable':
      return fc.option(validArbitrary(shape.inner, size), { nil: null });
    case 'array':
      return fc.array(validArbitrary(shape.element, size), {
        minLength: shape.min,
        maxLength: Math.max(shape.min, Math.min(shape.max, size.maxArray)),
      });
    case 'tuple':
      return fc.tuple(...shape.items.map((item) => validArbitrary(item, size)));
    case 'object': {
      const entries = Object.entries(shape.shape);
      const model = Object.fromEntries(
        entries.map(([key, value]) => [
          key,
          validArbitrary(value.kind === 'optional' ? value.inner : value, size),
        ]),
      );
      const requiredKeys = entries
        .filter(([, value]) => value.kind !== 'optional')
        .map(([key]) => key);
      return fc.record(model, { requiredKeys });
    }
    case 'union':
      return fc.oneof(...shape.options.map((option) => validArbitrary(option, size)));
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 20 }), validArbitrary(shape.value, size), {
        maxKeys: size.maxArray,
      });
    case 'unknown':
      return fc.jsonValue({ maxDepth: 2 });
  }
}

const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'then',
];

/** Nested arrays or objects `depth` levels deep, built without recursion. */
export function nested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'x';
  for (let level = 0; level < depth; level++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** A string with a UTF-16 half that has no other half, somewhere in it. */
const loneSurrogate = fc
  .tuple(
    fc.string({ maxLength: 8 }),
    fc.integer({ min: 0xd800, max: 0xdfff }),
    fc.string({ maxLength: 8 }),
  )
  .map(([before, unit, after]) => before + String.fromCharCode(unit) + after);

/** Anything that is not the value the schema expects there. */
function foreign(size: FuzzSize): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(null, true, false, 0, -1, Infinity, -0, '', [], {}, 'undefined', NaN),
    fc.double(),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.jsonValue({ maxDepth: 3 }),
    loneSurrogate,
    fc.integer({ min: 2, max: size.hugeString }).map((length) => 'x'.repeat(length)),
    fc.integer({ min: 2, max: size.hugeString }).map((length) => '\u0000'.repeat(length)),
    fc
      .tuple(fc.integer({ min: 17, max: size.maxDepth }), fc.constantFrom('array', 'object'))
      .map(([depth, kind]) => nested(depth, kind)),
  );
}

type Path = (string | number)[];

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (typeof value === 'object' && value !== null && path.length < 8) {
    for (const [key, child] of Object.entries(value)) {
      pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key], out);
    }
  }
  return out;
}

function withAt(value: unknown, path: Path, change: (node: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const [head, ...rest] = path;
  const copy = (
    Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }
  ) as Record<string | number, unknown>;
  copy[head!] = withAt(copy[head!], rest, change);
  return copy;
}

/** An own key (even `__proto__`, which `obj[key] =` would turn into a prototype change). */
function withKey(node: unknown, key: string, child: unknown): unknown {
  const target: Record<string, unknown> =
    typeof node === 'object' && node !== null && !Array.isArray(node) ? { ...node } : {};
  Object.defineProperty(target, key, { value: child, enumerable: true, writable: true });
  return target;
}

/** A valid input bent in one place. */
function bent(value: unknown, size: FuzzSize): fc.Arbitrary<unknown> {
  const paths = pathsOf(value);
  return fc.constantFrom(...paths).chain((path) =>
    fc.oneof(
      foreign(size).map((other) => withAt(value, path, () => other)),
      fc
        .tuple(fc.constantFrom(...PROTOTYPE_KEYS), foreign(size))
        .map(([key, child]) => withAt(value, path, (node) => withKey(node, key, child))),
      fc
        .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 1 }))
        .map(([key, child]) => withAt(value, path, (node) => withKey(node, key, child))),
      loneSurrogate.map((text) =>
        withAt(value, path, (node) => (typeof node === 'string' ? node + text : text)),
      ),
      fc.constant(
        withAt(value, path.slice(0, -1), (parent) => {
          if (typeof parent !== 'object' || parent === null || path.length === 0) return undefined;
          const copy = { ...(parent as Record<string, unknown>) };
          delete copy[String(path.at(-1))];
          return Array.isArray(parent) ? Object.values(copy) : copy;
        }),
      ),
      fc.constant(withAt(value, path, (node) => [node])),
    ),
  );
}

/** Inputs bent out of valid ones, and values of another kind altogether. */
export function badArbitrary(shape: Shape, size: FuzzSize): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 1, arbitrary: foreign(size) },
    { weight: 4, arbitrary: validArbitrary(shape, size).chain((value) => bent(value, size)) },
  );
}
