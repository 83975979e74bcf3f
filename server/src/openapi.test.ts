import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import type { AppContext } from './context';
import { migrate } from './db';
import {
  listOperations,
  loadSpec,
  registerOperations,
  rightsTable,
  toFastifyPath,
  type OpenApiDoc,
} from './openapi';
import { ApiError, installProblemHandlers } from './problem';

const doc: OpenApiDoc = {
  openapi: '3.1.0',
  paths: {
    '/v1/things/{id}': {
      parameters: [{ $ref: '#/components/parameters/Id' }],
      get: {
        operationId: 'getThing',
        parameters: [
          { name: 'If-None-Match', in: 'header', schema: { type: 'string' } },
          { name: 'verbose', in: 'query', required: true, schema: { type: 'boolean' } },
        ],
        responses: {},
      },
      patch: {
        operationId: 'patchThing',
        tags: ['things'],
        security: [{ bearerAuth: [] }],
        'x-kc-right': 'things',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Patch' } } },
        },
        responses: {},
      },
    },
  },
  components: {
    parameters: { Id: { name: 'id', in: 'path', required: true, schema: { type: 'string' } } },
    schemas: {
      Right: { type: 'string', enum: ['things', 'other'] },
      Name: { type: ['string', 'null'], maxLength: 5, example: 'Anna' },
      Patch: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: { $ref: '#/components/schemas/Name' },
          example: { type: 'integer' },
        },
        'x-internal': true,
      },
    },
  },
};

const noop = () => ({});
const apps: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
});

function app() {
  const a = Fastify();
  installProblemHandlers(a);
  apps.push(a);
  return a;
}

describe('openapi loader', () => {
  it('maps {param} paths to :param', () => {
    expect(toFastifyPath('/v1/domains/{name}/dns')).toBe('/v1/domains/:name/dns');
    expect(toFastifyPath('/v1/a/{id}/b/{cid}')).toBe('/v1/a/:id/b/:cid');
  });

  it('builds request schemas from parameters and bodies, resolving $refs', () => {
    const ops = listOperations(doc);
    expect(ops.map((o) => [o.method, o.url, o.operationId])).toEqual([
      ['GET', '/v1/things/:id', 'getThing'],
      ['PATCH', '/v1/things/:id', 'patchThing'],
    ]);
    const [get, patch] = ops;
    expect(get?.schema.params).toEqual({
      type: 'object',
      properties: { id: { type: 'string' } },
      required: ['id'],
    });
    expect(get?.schema.headers).toEqual({
      type: 'object',
      properties: { 'if-none-match': { type: 'string' } },
    });
    expect(get?.schema.querystring).toMatchObject({ required: ['verbose'] });
    expect(patch?.security).toEqual(['bearerAuth']);
    expect(patch?.tags).toEqual(['things']);
    // $ref inlined, OpenAPI-only keywords dropped, a property *named* example kept
    expect(patch?.schema.body).toEqual({
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: {
        name: { type: ['string', 'null'], maxLength: 5 },
        example: { type: 'integer' },
      },
    });
  });

  it('throws when an operation has no handler', () => {
    expect(() =>
      registerOperations(app(), doc, {
        handlers: { getThing: noop },
        security: { bearerAuth: async () => {} },
      }),
    ).toThrow(/no handler for operation\(s\): patchThing/);
  });

  it('throws when a handler has no operation', () => {
    expect(() =>
      registerOperations(app(), doc, {
        handlers: { getThing: noop, patchThing: noop, deleteThing: noop },
        security: { bearerAuth: async () => {} },
      }),
    ).toThrow(/without an operation in the spec: deleteThing/);
  });

  it('throws when a security scheme has no preHandler', () => {
    expect(() =>
      registerOperations(app(), doc, { handlers: { getThing: noop, patchThing: noop } }),
    ).toThrow(/security scheme bearerAuth/);
  });

  it('throws on a missing or duplicate operationId', () => {
    const noId: OpenApiDoc = { openapi: '3.1.0', paths: { '/x': { get: { responses: {} } } } };
    expect(() => listOperations(noId)).toThrow(/GET \/x has no operationId/);
    const dup: OpenApiDoc = {
      openapi: '3.1.0',
      paths: { '/x': { get: { operationId: 'a' } }, '/y': { get: { operationId: 'a' } } },
    };
    expect(() => listOperations(dup)).toThrow(/duplicate operationId a/);
  });

  it('refuses an operation with security but no x-kc-right, or an unknown right', () => {
    const withRight = (right: string | undefined): OpenApiDoc => ({
      ...doc,
      paths: {
        '/x': {
          get: {
            operationId: 'x',
            security: [{ bearerAuth: [] }],
            ...(right ? { 'x-kc-right': right } : {}),
          },
        },
      },
    });
    expect(() => listOperations(withRight(undefined))).toThrow(/x: .*must declare x-kc-right/);
    expect(() => listOperations(withRight('everything'))).toThrow(/everything is not a right/);
    expect(listOperations(withRight('none'))[0]?.right).toBe('none');
    expect(rightsTable(doc)).toEqual({ patchThing: 'things' });
  });

  it('authenticates before validating the body, with the right in the route config', async () => {
    const a = app();
    const rights: unknown[] = [];
    registerOperations(a, doc, {
      handlers: { getThing: noop, patchThing: noop },
      security: {
        bearerAuth: (request) => {
          rights.push(request.routeOptions.config.kc);
          return Promise.reject(new ApiError(401, 'unauthorized'));
        },
      },
    });
    const res = await a.inject({
      method: 'PATCH',
      url: '/v1/things/1',
      payload: { name: 'x'.repeat(9) },
    });
    expect(res.statusCode).toBe(401);
    expect(rights).toEqual([{ operationId: 'patchThing', right: 'things' }]);
  });

  it('registers routes that validate requests against the spec', async () => {
    const a = app();
    const seen: unknown[] = [];
    registerOperations(a, doc, {
      handlers: {
        getThing: (req: { params: unknown; query: unknown }) => {
          seen.push(req.query);
          return { params: req.params };
        },
        patchThing: () => ({ ok: true }),
      },
      // only operations tagged "things" are included... and those not tagged at all
      include: (op) => op.operationId !== 'never',
      security: { bearerAuth: async () => {} },
    });
    const ok = await a.inject({ method: 'GET', url: '/v1/things/42?verbose=true' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ params: { id: '42' } });
    expect(seen).toEqual([{ verbose: true }]);

    const missing = await a.inject({ method: 'GET', url: '/v1/things/42' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'verbose', code: 'required' }],
    });

    const bad = await a.inject({
      method: 'PATCH',
      url: '/v1/things/1',
      payload: { name: 'toolong' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.json()).toMatchObject({ errors: [{ field: 'name', code: 'maxLength' }] });
  });

  it('excludes operations the include filter rejects', () => {
    const ops = registerOperations(app(), doc, {
      handlers: { getThing: noop },
      include: (op) => !op.tags.includes('things'),
    });
    expect(ops.map((o) => o.operationId)).toEqual(['getThing']);
  });
});

describe('the real spec', () => {
  function ctx(sandbox: boolean): AppContext {
    const db = new Database(':memory:');
    migrate(db);
    return {
      db,
      now: Date.now,
      accessTtlSeconds: 900,
      refreshTtlSeconds: 3600,
      sandbox,
      instanceId: 'test',
    };
  }

  it.each([true, false])('has a handler for every operation (sandbox: %s)', async (sandbox) => {
    const a = buildApp(ctx(sandbox));
    apps.push(a);
    await a.ready();
    const ids = listOperations(loadSpec()).map((o) => o.operationId);
    expect(ids).toContain('login');
    const res = await a.inject({ method: 'GET', url: '/v1/sandbox/outbox' });
    expect(res.statusCode).toBe(sandbox ? 200 : 404);
  });
});

describe('loadSpec with parts', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function specWith(parts: Record<string, string>): () => OpenApiDoc {
    const dir = mkdtempSync(path.join(tmpdir(), 'kc-spec-'));
    dirs.push(dir);
    writeFileSync(
      path.join(dir, 'openapi.yaml'),
      'openapi: 3.1.0\ntags: [{ name: base }]\npaths:\n  /v1/a: { get: { operationId: a, responses: {} } }\ncomponents:\n  schemas:\n    A: { type: string }\n',
    );
    mkdirSync(path.join(dir, 'openapi'));
    for (const [name, text] of Object.entries(parts)) {
      writeFileSync(path.join(dir, 'openapi', name), text);
    }
    return () => loadSpec(path.join(dir, 'openapi.yaml'), path.join(dir, 'openapi'));
  }

  it('adds the paths, tags and schemas of every part', () => {
    const spec = specWith({
      'b.yaml':
        'tags: [{ name: b }]\npaths:\n  /v1/b: { get: { operationId: b, responses: {} } }\ncomponents:\n  schemas:\n    B: { $ref: "#/components/schemas/A" }\n',
    })();
    expect(listOperations(spec).map((o) => o.operationId)).toEqual(['a', 'b']);
    expect(Object.keys(spec.components?.schemas ?? {})).toEqual(['A', 'B']);
    expect((spec.tags as { name: string }[]).map((t) => t.name)).toEqual(['base', 'b']);
  });

  it.each([
    ['a path', 'paths:\n  /v1/a: { post: { operationId: a2, responses: {} } }\n', /path \/v1\/a/],
    ['a schema', 'components:\n  schemas:\n    A: { type: number }\n', /schemas A/],
    ['anything else', 'info: { title: x }\n', /not info/],
  ])('refuses a part that redefines %s', (_what, text, message) => {
    expect(specWith({ 'c.yaml': text })).toThrow(message);
  });
});
