import Fastify, { type FastifyRequest } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { RIGHTS } from '../../../src/shared/team/types';
import type { AuthInfo } from '../auth/auth-info';
import { etagOf } from '../account/account';
import { conditional } from '../conditional';
import { listOperations, loadSpec, registerOperations, type OpenApiDoc } from '../openapi';
import { installProblemHandlers } from '../problem';
import { filterByRights, rightsPlanOf, variantTag } from './response-rights';
import type { Json } from './spec-json';

const schemas: Record<string, Json> = {
  Right: { type: 'string', enum: ['invoices', 'credentials', 'contracts'] },
  Ref: { type: 'object', properties: { id: { type: 'string' } } },
  Summary: {
    type: 'object',
    required: ['id'],
    properties: { id: { type: 'string' }, secret: { type: 'string', 'x-kc-right': 'credentials' } },
  },
  Thing: {
    allOf: [
      { $ref: '#/components/schemas/Summary' },
      {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string' },
          invoices: {
            'x-kc-right': 'invoices',
            type: 'array',
            items: { $ref: '#/components/schemas/Ref' },
          },
          parts: { type: 'array', items: { $ref: '#/components/schemas/Summary' } },
          latest: { oneOf: [{ $ref: '#/components/schemas/Summary' }, { type: 'null' }] },
        },
      },
    ],
  },
  Page: {
    type: 'object',
    properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } },
  },
};

const doc: OpenApiDoc = {
  openapi: '3.1.0',
  paths: {
    '/v1/things/{id}': {
      get: {
        operationId: 'getThing',
        security: [{ bearerAuth: [] }],
        'x-kc-right': 'contracts',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'the thing',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
        },
      },
    },
    '/v1/plain': {
      get: {
        operationId: 'getPlain',
        responses: {
          '200': {
            description: 'no marks',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Ref' } } },
          },
        },
      },
    },
  },
  components: { schemas },
};

const RIGHT_NAMES = ['invoices', 'credentials', 'contracts'];
const THING = {
  id: '1',
  secret: 's3',
  name: 'Thing',
  invoices: [{ id: 'inv-1' }],
  parts: [{ id: 'p', secret: 'ps' }],
  latest: { id: 'l', secret: 'ls' },
};

describe('rights plans', () => {
  const plan = rightsPlanOf(doc, { $ref: '#/components/schemas/Page' }, RIGHT_NAMES)!;

  it('removes what a right is missing for, at every depth, and leaves the input alone', () => {
    const page = { items: [THING, { id: '2', name: 'Other' }] };
    const copy = structuredClone(page);
    const trimmed = filterByRights(page, plan, (r) => r === 'contracts');
    expect(trimmed).toEqual({
      items: [
        { id: '1', name: 'Thing', parts: [{ id: 'p' }], latest: { id: 'l' } },
        { id: '2', name: 'Other' },
      ],
    });
    expect(page).toEqual(copy);
    expect(filterByRights(page, plan, () => true)).toEqual(page);
    const noInvoices = filterByRights(THING, rightsPlanOf(doc, schemas.Thing, RIGHT_NAMES)!, (r) =>
      ['credentials', 'contracts'].includes(r),
    );
    expect(noInvoices).toEqual({ ...THING, invoices: undefined });
    expect(noInvoices).not.toHaveProperty('invoices');
  });

  it('has no plan where nothing needs a right', () => {
    expect(rightsPlanOf(doc, { $ref: '#/components/schemas/Ref' }, RIGHT_NAMES)).toBeNull();
  });

  it('refuses a marked field that is required, or a mark that is not a right', () => {
    const required = {
      type: 'object',
      required: ['secret'],
      properties: { secret: { type: 'string', 'x-kc-right': 'credentials' } },
    };
    expect(() => rightsPlanOf(doc, required, RIGHT_NAMES, 'op 200')).toThrow(
      /op 200: secret needs a right \(x-kc-right\), so it cannot be required/,
    );
    const viaAllOf: Json = {
      allOf: [{ $ref: '#/components/schemas/Summary' }, { required: ['secret'] }],
    };
    expect(() => rightsPlanOf(doc, viaAllOf, RIGHT_NAMES)).toThrow(/secret needs a right/);
    const unknown = { type: 'object', properties: { x: { 'x-kc-right': 'everything' } } };
    expect(() => rightsPlanOf(doc, unknown, RIGHT_NAMES)).toThrow(/x-kc-right on x is not a right/);
  });

  it('marks the ETag of a trimmed answer with the rights it lacks', () => {
    expect(variantTag('"abc"', ['invoices'])).toBe('"abc~-invoices"');
    expect(variantTag('W/"abc"', ['credentials', 'invoices'])).toBe(
      'W/"abc~-credentials-invoices"',
    );
  });
});

describe('on a route', () => {
  const apps: { close(): Promise<unknown> }[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
  });

  async function serve() {
    const a = Fastify();
    installProblemHandlers(a);
    a.decorateRequest('auth', null);
    apps.push(a);
    const ops = registerOperations(a, doc, {
      handlers: {
        getThing: (req: FastifyRequest, reply) => conditional(req, reply, THING),
        getPlain: () => ({ id: 'x' }),
      },
      security: {
        // the rights come from a header here; the real server reads them from the session
        bearerAuth: (request) => {
          const rights = String(request.headers['x-rights'] ?? '').split(',');
          request.auth = { rights } as unknown as AuthInfo;
          return Promise.resolve();
        },
      },
    });
    await a.ready();
    return { a, ops };
  }

  it('filters the body and keeps 304 working per representation', async () => {
    const { a, ops } = await serve();
    expect(ops.find((o) => o.operationId === 'getThing')?.responseRights?.rights).toEqual([
      'invoices',
      'credentials',
    ]);
    expect(ops.find((o) => o.operationId === 'getPlain')?.responseRights).toBeNull();
    const all = { 'x-rights': 'invoices,credentials,contracts' };
    const some = { 'x-rights': 'contracts,credentials' };

    const noRights = await a.inject({ url: '/v1/things/1', headers: { 'x-rights': '' } });
    expect(noRights.json()).toEqual({
      id: '1',
      name: 'Thing',
      parts: [{ id: 'p' }],
      latest: { id: 'l' },
    });

    const full = await a.inject({ url: '/v1/things/1', headers: all });
    expect(full.json()).toEqual(THING);
    expect(full.headers.etag).toBe(etagOf(THING));

    const trimmed = await a.inject({ url: '/v1/things/1', headers: some });
    expect(trimmed.statusCode).toBe(200);
    expect(trimmed.json()).not.toHaveProperty('invoices');
    expect(trimmed.json()).toMatchObject({ secret: 's3', parts: [{ secret: 'ps' }] });
    expect(trimmed.headers.etag).toBe(variantTag(etagOf(THING), ['invoices']));

    const again = { ...some, 'if-none-match': String(trimmed.headers.etag) };
    const notModified = await a.inject({ url: '/v1/things/1', headers: again });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.headers.etag).toBe(trimmed.headers.etag);
    // the full copy is not this user's representation
    const stale = { ...some, 'if-none-match': String(full.headers.etag) };
    expect((await a.inject({ url: '/v1/things/1', headers: stale })).statusCode).toBe(200);
    // a user who gains the right gets the full body, not a 304 for the trimmed copy
    const gained = { ...all, 'if-none-match': String(trimmed.headers.etag) };
    expect((await a.inject({ url: '/v1/things/1', headers: gained })).json()).toEqual(THING);
  });
});

describe('the real spec', () => {
  it('leaves the invoices and kinds of logins out of a contract for those without the right', () => {
    const op = listOperations(loadSpec()).find((o) => o.operationId === 'getContract');
    const plan = op?.responseRights?.plans.get(200);
    expect(plan?.marks).toEqual(
      new Map([
        ['invoices', ['invoices']],
        ['invoiceCount', ['invoices']],
        ['invoicesNextCursor', ['invoices']],
        ['credentialKinds', ['credentials']],
      ]),
    );
    const contract = {
      id: 'V-1',
      invoices: [],
      invoiceCount: 0,
      invoicesNextCursor: null,
      credentialKinds: [],
      description: '',
    };
    const withoutInvoices = RIGHTS.filter((r) => r !== 'invoices') as readonly string[];
    expect(filterByRights(contract, plan!, (r) => withoutInvoices.includes(r))).toEqual({
      id: 'V-1',
      credentialKinds: [],
      description: '',
    });
  });
});
