/**
 * The IPC table's zod schemas as plain shapes: what a value may look like, with its limits.
 * The web host's frame limit is computed from it, and the IPC fuzz builds its inputs from it,
 * so both follow the table as channels are added. zod 4 keeps a schema's description in
 * `_zod.def`; only the kinds of schema below are known, anything else is `unknown` (no limit
 * can be computed for it, no value generated).
 */
import type { z } from 'zod';

export type Shape =
  | {
      kind: 'string';
      min: number;
      /** Infinity when the schema sets no maximum */
      max: number;
      /** zod string formats (email, base64, regex, …) */
      formats: string[];
      patterns: RegExp[];
      /** the value is trimmed before the length and format checks */
      trimmed: boolean;
    }
  | {
      kind: 'number';
      integer: boolean;
      min: number;
      max: number;
      minExclusive: boolean;
      maxExclusive: boolean;
    }
  | { kind: 'boolean' }
  | { kind: 'undefined' }
  | { kind: 'null' }
  | { kind: 'literal'; values: unknown[] }
  | { kind: 'optional'; inner: Shape }
  | { kind: 'nullable'; inner: Shape }
  | { kind: 'array'; element: Shape; min: number; max: number }
  | { kind: 'tuple'; items: Shape[] }
  | {
      kind: 'object';
      shape: Record<string, Shape>;
      /** strict refuses unknown keys, strip drops them, passthrough keeps them */
      unknownKeys: 'strict' | 'strip' | 'passthrough';
      /** a refine() on the whole object: not every combination of valid fields is valid */
      refined: boolean;
    }
  | { kind: 'union'; options: Shape[] }
  | { kind: 'record'; value: Shape }
  | { kind: 'unknown'; type: string };

interface Check {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  format?: string;
  pattern?: RegExp;
  value?: number | bigint;
  inclusive?: boolean;
}

interface Def {
  type: string;
  checks?: { _zod: { def: Check } }[];
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, unknown>;
  values?: unknown[];
  in?: z.ZodType;
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function checksOf(def: Def): Check[] {
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  // z.email(), z.base64(), … carry their own format check in the def itself
  if (def.format)
    checks.unshift({ check: 'string_format', format: def.format, pattern: def.pattern });
  return checks;
}

function stringShape(def: Def): Shape {
  let min = 0;
  let max = Infinity;
  let trimmed = false;
  let sawLength = false;
  const formats: string[] = [];
  const patterns: RegExp[] = [];
  for (const check of checksOf(def)) {
    if (check.check === 'overwrite' && !sawLength) trimmed = true;
    if (check.check === 'min_length') min = Math.max(min, check.minimum ?? 0);
    if (check.check === 'max_length') max = Math.min(max, check.maximum ?? max);
    if (check.check === 'length_equals') min = max = check.length ?? 0;
    if (/_length|length_/.test(check.check)) sawLength = true;
    if (check.check === 'string_format') {
      if (check.format) formats.push(check.format);
      if (check.pattern) patterns.push(check.pattern);
    }
  }
  return { kind: 'string', min, max, formats, patterns, trimmed };
}

function numberShape(def: Def): Shape {
  const shape = {
    kind: 'number' as const,
    integer: false,
    min: -Infinity,
    max: Infinity,
    minExclusive: false,
    maxExclusive: false,
  };
  for (const check of checksOf(def)) {
    if (check.check === 'number_format' && /int/.test(check.format ?? '')) {
      shape.integer = true;
      shape.min = Math.max(shape.min, Number.MIN_SAFE_INTEGER);
      shape.max = Math.min(shape.max, Number.MAX_SAFE_INTEGER);
    }
    if (check.check === 'greater_than' && Number(check.value) >= shape.min) {
      shape.min = Number(check.value);
      shape.minExclusive = !check.inclusive;
    }
    if (check.check === 'less_than' && Number(check.value) <= shape.max) {
      shape.max = Number(check.value);
      shape.maxExclusive = !check.inclusive;
    }
  }
  return shape;
}

function lengthOf(def: Def): { min: number; max: number } {
  let min = 0;
  let max = Infinity;
  for (const check of checksOf(def)) {
    if (check.check === 'min_length') min = Math.max(min, check.minimum ?? 0);
    if (check.check === 'max_length') max = Math.min(max, check.maximum ?? max);
    if (check.check === 'length_equals') min = max = check.length ?? 0;
  }
  return { min, max };
}

/** The shape of a zod schema (depth-limited: the table has no recursive schemas). */
export function shapeOf(schema: z.ZodType, depth = 0): Shape {
  if (depth > 32) return { kind: 'unknown', type: 'too deep' };
  const def = defOf(schema);
  const inner = (child: z.ZodType | undefined) =>
    child ? shapeOf(child, depth + 1) : ({ kind: 'unknown', type: 'missing' } as Shape);
  switch (def.type) {
    case 'string':
      return stringShape(def);
    case 'number':
      return numberShape(def);
    case 'boolean':
      return { kind: 'boolean' };
    case 'undefined':
    case 'void':
      return { kind: 'undefined' };
    case 'null':
      return { kind: 'null' };
    case 'literal':
      return { kind: 'literal', values: def.values ?? [] };
    case 'enum':
      return { kind: 'literal', values: Object.values(def.entries ?? {}) };
    case 'optional':
      return { kind: 'optional', inner: inner(def.innerType) };
    case 'nullable':
      return { kind: 'nullable', inner: inner(def.innerType) };
    // a default or a catch applies only when the key is missing: the key stays optional
    case 'default':
    case 'prefault':
    case 'catch':
      return { kind: 'optional', inner: inner(def.innerType) };
    case 'readonly':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return inner(def.getter?.());
    case 'array':
      return { kind: 'array', element: inner(def.element), ...lengthOf(def) };
    case 'tuple':
      return { kind: 'tuple', items: (def.items ?? []).map((item) => inner(item)) };
    case 'union':
      return { kind: 'union', options: (def.options ?? []).map((option) => inner(option)) };
    case 'record':
      return { kind: 'record', value: inner(def.valueType) };
    case 'object': {
      const catchall = def.catchall ? defOf(def.catchall).type : undefined;
      return {
        kind: 'object',
        shape: Object.fromEntries(
          Object.entries(def.shape ?? {}).map(([key, value]) => [key, inner(value)]),
        ),
        unknownKeys:
          catchall === 'never' ? 'strict' : catchall === undefined ? 'strip' : 'passthrough',
        refined: checksOf(def).some((check) => check.check === 'custom'),
      };
    }
    default:
      return { kind: 'unknown', type: def.type };
  }
}
