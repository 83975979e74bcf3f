import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { listOperations, loadSpec, registerOperations, type OpenApiDoc } from '../openapi';
import { installProblemHandlers } from '../problem';
import { integerQueryRules, parseQueryInteger } from './query-rules';
import type { JsonObject } from './spec-json';

const limit = { name: 'limit', minimum: 1, maximum: 500 };

describe('parseQueryInteger', () => {
  it.each([
    ['1', 1],
    ['500', 500],
    ['42', 42],
  ])('takes %j as %d', (raw, value) => {
    expect(parseQueryInteger(raw, limit)).toEqual({ value });
  });

  it.each([
    ['1e309', 'type'],
    ['Infinity', 'type'],
    ['-Infinity', 'type'],
    ['NaN', 'type'],
    ['1.5', 'type'],
    ['0x10', 'type'],
    ['0b1', 'type'],
    ['1e2', 'type'],
    ['', 'type'],
    [' 5', 'type'],
    ['5 ', 'type'],
    ['+5', 'type'],
    ['007', 'type'],
    ['1_0', 'type'],
    ['５', 'type'],
    ['-1', 'minimum'],
    ['0', 'minimum'],
    ['501', 'maximum'],
    ['9007199254740993', 'maximum'],
    ['-9007199254740993', 'minimum'],
  ])('refuses %j (%s)', (raw, error) => {
    expect(parseQueryInteger(raw, limit)).toEqual({ error });
  });

  it('refuses a parameter given twice', () => {
    expect(parseQueryInteger(['1', '2'], limit)).toEqual({ error: 'type' });
  });
});

describe('integerQueryRules', () => {
  const query = (schema: JsonObject): JsonObject => ({
    type: 'object',
    properties: { limit: schema },
  });

  it('needs both bounds on an integer and refuses fractions', () => {
    expect(integerQueryRules('op', query({ type: 'integer', minimum: 1, maximum: 9 }))).toEqual([
      { name: 'limit', minimum: 1, maximum: 9 },
    ]);
    expect(() => integerQueryRules('op', query({ type: 'integer', minimum: 1 }))).toThrow(
      /op: integer query parameter limit needs an integer minimum and maximum/,
    );
    expect(() => integerQueryRules('op', query({ type: ['number', 'null'] }))).toThrow(
      /must be an integer, not a number/,
    );
    expect(integerQueryRules('op', query({ type: 'string' }))).toEqual([]);
  });

  it('covers every integer query parameter of the spec, so every list goes through it', () => {
    const ops = listOperations(loadSpec());
    const lists = ops.filter((op) => op.queryIntegers.some((r) => r.name === 'limit'));
    expect(lists.map((op) => op.operationId)).toEqual(
      expect.arrayContaining(['listInvoices', 'listDomains', 'listTickets', 'listChanges']),
    );
    for (const op of ops) {
      const properties = (op.schema.querystring as { properties?: Record<string, object> })
        ?.properties;
      const integers = Object.entries(properties ?? {})
        .filter(([, s]) => JSON.stringify(s).includes('"integer"'))
        .map(([name]) => name);
      expect(
        op.queryIntegers.map((r) => r.name),
        op.operationId,
      ).toEqual(integers);
    }
  });
});

describe('the rule on a route', () => {
  const apps: { close(): Promise<unknown> }[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
  });

  const doc: OpenApiDoc = {
    openapi: '3.1.0',
    paths: {
      '/v1/things': {
        get: {
          operationId: 'listThings',
          parameters: [
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
            },
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 9 } },
          ],
          responses: {},
        },
      },
    },
  };

  async function appSeeing(seen: unknown[]) {
    const a = Fastify({ ajv: { customOptions: { allErrors: true } } });
    installProblemHandlers(a);
    apps.push(a);
    registerOperations(a, doc, {
      handlers: { listThings: (req: { query: unknown }) => (seen.push(req.query), {}) },
    });
    await a.ready();
    return a;
  }

  it('hands the handler numbers, and answers 400 naming each bad parameter', async () => {
    const seen: unknown[] = [];
    const a = await appSeeing(seen);
    expect((await a.inject('/v1/things?limit=7&page=0')).statusCode).toBe(200);
    expect((await a.inject('/v1/things')).statusCode).toBe(200);
    expect(seen).toEqual([{ limit: 7, page: 0 }, { limit: 20 }]);

    const bad = await a.inject('/v1/things?limit=1e309&page=10');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.json()).toMatchObject({
      code: 'validation_failed',
      errors: [
        { field: 'limit', code: 'type' },
        { field: 'page', code: 'maximum' },
      ],
    });
    for (const raw of ['Infinity', 'NaN', '1.5', '-1', '0x10', '', '%E0%A4%A', '%00']) {
      const res = await a.inject(`/v1/things?limit=${raw}`);
      expect(res.statusCode, raw).toBe(400);
    }
    expect(seen).toHaveLength(2);
  });
});
