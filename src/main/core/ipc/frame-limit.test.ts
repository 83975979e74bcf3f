import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_MESSAGE_MAX } from '../../../shared/support/types';
import { frameLimits, maxCallFrameBytes, maxJsonBytes } from './frame-limit';
import { regexBound } from './regex-bound';
import { shapeOf } from './schema-shape';

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');
const bound = (schema: z.ZodType) => maxJsonBytes(shapeOf(schema));

describe('maxJsonBytes', () => {
  it('is reached by the costliest value each kind of schema accepts', () => {
    const worst: [z.ZodType, unknown][] = [
      [z.string().max(3), '\u0000\u0001\ud800'],
      [z.string().regex(/^\d{6}$/), '123456'],
      [z.base64().max(8), 'QUJDRA=='],
      [z.enum(['a', 'bcd']), 'bcd'],
      [z.literal(true), true],
      [z.number().int(), -Number.MAX_SAFE_INTEGER],
      [z.boolean(), false],
      [z.array(z.boolean()).max(2), [false, false]],
      [
        z.object({ a: z.boolean(), b: z.string().max(1).optional() }).strict(),
        { a: false, b: '\u0000' },
      ],
      [z.string().max(2).nullable(), '\u0000\u0000'],
      [z.union([z.string().max(1), z.array(z.boolean()).max(3)]), [false, false, false]],
    ];
    for (const [schema, value] of worst) {
      expect(schema.safeParse(value).success).toBe(true);
      expect(bound(schema)).toBeGreaterThanOrEqual(bytes(value));
      // and not by much: an object or array counts one comma too many at most
      expect(bound(schema) - bytes(value)).toBeLessThanOrEqual(24);
    }
  });

  it('has no bound for what the schema does not limit', () => {
    expect(bound(z.string())).toBe(Infinity);
    expect(bound(z.array(z.boolean()))).toBe(Infinity);
    expect(bound(z.record(z.string(), z.boolean()))).toBe(Infinity);
    expect(bound(z.unknown())).toBe(Infinity);
  });
});

describe('the web host frame limit', () => {
  it('is finite for every channel of the table (each schema limits its input)', () => {
    const unbounded = [...frameLimits()].filter(([, limit]) => !Number.isFinite(limit));
    expect(unbounded.map(([channel]) => channel)).toEqual([]);
  });

  it('takes the largest ticket reply: ten 10 MB attachments in base64 and the longest text', () => {
    const attachments = ATTACHMENTS_PER_MESSAGE_MAX * Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4;
    expect(frameLimits().get('tickets:reply')).toBeGreaterThan(attachments);
    expect(maxCallFrameBytes()).toBeGreaterThanOrEqual(frameLimits().get('tickets:reply')!);
    // base64 counts one byte a character: not six, as any text could
    expect(frameLimits().get('tickets:reply')).toBeLessThan(attachments * 1.01);
  });
});

describe('regexBound', () => {
  const cases: [RegExp, number, number][] = [
    [/^\d{6}$/, 6, 1],
    [/^[A-Z]{2}$/, 2, 1],
    [/^\+[1-9]\d{1,14}$/, 16, 1],
    [/^\d{4}-\d{2}-\d{2}$/, 10, 1],
    [/^(a|bcd)?x$/, 4, 1],
    [/^(?:ab){2,3}$/, 6, 1],
    [/^(?=a)a\b$/, 1, 1],
    [/^[äö]{2}$/, 2, 3],
    [/^["\\]$/, 1, 2],
    [/^[^a]{3}$/, 3, 6],
    [/^.{4}$/, 4, 6],
    [/^\s?$/, 1, 6],
    [/^a+$/, Infinity, 1],
    [/^a{2,}$/, Infinity, 1],
    [/^[0-9a-zA-Z+/]*={0,2}$/, Infinity, 1],
  ];
  it.each(cases)('%s matches at most %d units of %d bytes', (pattern, units, cost) => {
    expect(regexBound(pattern)).toEqual({ maxUnits: units, bytesPerUnit: cost });
  });

  it('calls unbounded what is not anchored at both ends or not understood', () => {
    for (const pattern of [/\d{6}/, /^\d{6}/, /\d{6}$/, /^a|b$/, /^(a)\1$/, /^a$/m]) {
      expect(regexBound(pattern).maxUnits).toBe(Infinity);
    }
  });
});
