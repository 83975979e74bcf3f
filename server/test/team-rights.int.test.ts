/**
 * The rights matrix, walked from the spec. Status: every bearer operation × a user of the demo
 * customer lacking exactly that operation's right → 403 forbidden (naming the right), and
 * every operation with a path id × a user of another customer (who has every right there) →
 * 404 for an id of the demo customer. Bodies: every response field marked with a right
 * (`x-kc-right`) is there for the owner and absent for each user lacking that right, and the
 * change log and event stream of such a user name no resource of that right. A new operation
 * with a path id needs an entry in PATH_IDS (rights-fixture.ts), or this fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RIGHTS, type Right } from '../../src/shared/team/types';
import { changeRightsTable } from '../src/changes/resource-rights';
import { listOperations, loadSpec, rightsTable, type Operation } from '../src/openapi';
import type { RightsPlan } from '../src/openapi/response-rights';
import { DEMO_LIMITED_EMAIL } from '../src/team/demo-team';
import { bearer, expectProblem } from './helpers';
import { PATH_IDS, rightsFixture, send, type RightsFixture } from './rights-fixture';
import { accessToken } from './team-helpers';

const ops = listOperations(loadSpec()).filter((op) => op.right !== null);
const guarded = ops.filter((op) => op.right !== 'none');
const withPathId = ops.filter((op) => /\{[^}]+\}/.test(op.path));
const withMarks = ops.filter((op) => op.responseRights !== null);

let f: RightsFixture;
beforeAll(async () => {
  f = await rightsFixture();
}, 120_000);
afterAll(() => f.s.stop());

describe('the rights table', () => {
  it('names a right for every bearer operation (the loader refuses to start otherwise)', () => {
    const table = rightsTable(loadSpec());
    expect(Object.keys(table).sort()).toEqual(ops.map((o) => o.operationId).sort());
    for (const right of Object.values(table)) expect(['none', ...RIGHTS]).toContain(right);
    expect(table).toMatchObject({
      getAccount: 'customerData',
      updateAccount: 'customerData',
      listInvoices: 'invoices',
      createSepaMandate: 'paymentMethods',
      listUsers: 'users',
      listContacts: 'contacts',
      listDomains: 'domains',
      updateDomain: 'domains',
      createAuthCode: 'domains',
      getDnsZone: 'dns',
      putDnsZone: 'dns',
      listDnsZones: 'dns',
      getMe: 'none',
      switchCustomer: 'none',
      listChanges: 'none',
      logoutAll: 'none',
    });
  });
});

describe('a user lacking the right', () => {
  it.each(guarded.map((op) => [op.operationId, op] as const))(
    '%s → 403 forbidden with the right',
    async (_id, op) => {
      const token = f.lacking.get(op.right as Right) ?? '';
      const res = await send(f, op, token, {}, {});
      const problem = expectProblem(res, 403, 'forbidden') as { right?: string };
      expect(problem.right).toBe(op.right);
    },
  );

  it('still reaches what only needs membership, and sees its rights', async () => {
    const token = f.lacking.get('invoices') ?? '';
    const me = await f.s.call<{ rights: Right[] }>('GET', '/v1/me', undefined, bearer(token));
    expect(me.status).toBe(200);
    expect(me.body.rights).toEqual(RIGHTS.filter((r) => r !== 'invoices'));
    expect((await f.s.call('GET', '/v1/changes', undefined, bearer(token))).status).toBe(200);
  });

  it('the limited demo colleague cannot see invoices but can see contacts', async () => {
    const jonas = await accessToken(f.s, DEMO_LIMITED_EMAIL);
    const s = f.s;
    expectProblem(await s.call('GET', '/v1/invoices', undefined, bearer(jonas)), 403, 'forbidden');
    expect((await s.call('GET', '/v1/contacts', undefined, bearer(jonas))).status).toBe(200);
  });
});

describe('a user of another customer', () => {
  it('has an entry with a demo id for every operation with a path id', () => {
    const missing = withPathId.map((op) => op.operationId).filter((id) => !PATH_IDS[id]);
    expect(missing, `add these operations to PATH_IDS: ${missing.join(', ')}`).toEqual([]);
    const empty = withPathId
      .map((op) => [op.operationId, PATH_IDS[op.operationId]?.params(f.ids) ?? {}] as const)
      .filter(([, params]) => Object.values(params).some((v) => !v))
      .map(([id]) => id);
    expect(empty, `no demo id found for: ${empty.join(', ')}`).toEqual([]);
  });

  it.each(withPathId.map((op) => [op.operationId, op] as const))(
    '%s with an id of the demo customer → 404',
    async (id, op) => {
      const entry = PATH_IDS[id];
      if (!entry) throw new Error(`add ${id} to PATH_IDS`);
      const res = await send(f, op, f.stranger, entry.params(f.ids), entry.body);
      expectProblem(res, 404, 'not_found');
    },
  );
});

/** Each marked field the plan reaches in the body: where, which rights, and whether it is there. */
function markedFields(body: unknown, plan: RightsPlan, at = '$'): [string, string[], boolean][] {
  if (Array.isArray(body)) {
    const { items } = plan;
    return items ? body.flatMap((item, i) => markedFields(item, items, `${at}[${i}]`)) : [];
  }
  if (typeof body !== 'object' || body === null) return [];
  const record = body as Record<string, unknown>;
  const out: [string, string[], boolean][] = [];
  for (const [name, rights] of plan.marks) out.push([`${at}.${name}`, rights, name in record]);
  for (const [name, child] of plan.props) {
    if (name in record) out.push(...markedFields(record[name], child, `${at}.${name}`));
  }
  const { values } = plan;
  if (values) {
    for (const [name, value] of Object.entries(record)) {
      if (!plan.props.has(name)) out.push(...markedFields(value, values, `${at}.${name}`));
    }
  }
  return out;
}

describe('response bodies', () => {
  it('mark the invoices of a contract, so the matrix below cannot be empty', () => {
    expect(withMarks.map((op) => op.operationId)).toContain('getContract');
  });

  it.each(withMarks.map((op) => [op.operationId, op] as const))(
    '%s: marked fields for the owner, none for a user lacking their right',
    async (id, op: Operation) => {
      const entry = PATH_IDS[id];
      const params = entry?.params(f.ids) ?? {};
      const plan = (status: number) => op.responseRights?.plans.get(status);
      const mine = await send(f, op, f.owner, params, entry?.body);
      if (op.method === 'GET') expect(mine.status, 'the owner reads it').toBeLessThan(300);
      const ownerPlan = plan(mine.status);
      if (ownerPlan) {
        const fields = markedFields(mine.body, ownerPlan);
        expect(fields.filter(([, , present]) => !present).map(([where]) => where)).toEqual([]);
      }
      for (const right of op.responseRights?.rights ?? []) {
        if (right === op.right) continue; // that user gets 403 (above)
        const res = await send(f, op, f.lacking.get(right as Right) ?? '', params, entry?.body);
        if (op.method === 'GET') expect(res.status, `without ${right}`).toBeLessThan(300);
        const limitedPlan = plan(res.status);
        if (!limitedPlan) continue;
        const leaked = markedFields(res.body, limitedPlan)
          .filter(([, rights, present]) => present && rights.includes(right))
          .map(([where]) => where);
        expect(leaked, `${id} without ${right}`).toEqual([]);
      }
    },
  );

  it('a contract shows its invoices to the owner only, and the ETags differ', async () => {
    const path = `/v1/contracts/${encodeURIComponent(f.ids.contract)}`;
    const owner = await f.s.call<{ invoices?: unknown[] }>('GET', path, undefined, bearer(f.owner));
    expect(owner.body.invoices?.length).toBeGreaterThan(0);
    const limited = await f.s.call<{ invoices?: unknown[]; domains: string[] }>(
      'GET',
      path,
      undefined,
      bearer(f.lacking.get('invoices') ?? ''),
    );
    expect(limited.status).toBe(200);
    expect(limited.body).not.toHaveProperty('invoices');
    expect(limited.body.domains).toBeDefined();
    expect(limited.headers.get('etag')).not.toBe(owner.headers.get('etag'));
  });
});

describe('the change log', () => {
  const table = () => changeRightsTable();

  async function resourcesSeen(token: string): Promise<Set<string>> {
    const seen = new Set<string>();
    let cursor = f.cursorBefore;
    for (let page = 0; page < 50; page++) {
      const res = await f.s.call<{
        cursor: string;
        changes: { resource: string }[];
        hasMore: boolean;
      }>(
        'GET',
        `/v1/changes?cursor=${encodeURIComponent(cursor)}&limit=500`,
        undefined,
        bearer(token),
      );
      expect(res.status).toBe(200);
      for (const c of res.body.changes) seen.add(c.resource);
      cursor = res.body.cursor;
      if (!res.body.hasMore) break;
    }
    return seen;
  }

  it('of a user lacking a right names no resource of that right', async () => {
    const owners = await resourcesSeen(f.owner);
    expect([...owners]).toEqual(
      expect.arrayContaining(['invoices', 'statement', 'tickets', 'team']),
    );
    for (const right of RIGHTS) {
      const theirs = await resourcesSeen(f.lacking.get(right) ?? '');
      const needing = [...theirs].filter((r) => table().get(r) === right);
      expect(needing, `change log without ${right}`).toEqual([]);
      // what they may see, they do see
      const expected = [...owners].filter((r) => table().get(r) !== right);
      expect([...theirs].sort(), `change log without ${right}`).toEqual(expected.sort());
    }
  });

  it('the event stream of a user lacking the invoices right names no invoice', async () => {
    const controller = new AbortController();
    const res = await fetch(`${f.s.url}/v1/events`, {
      headers: {
        ...bearer(f.lacking.get('invoices') ?? ''),
        accept: 'text/event-stream',
        'last-event-id': f.cursorBefore,
      },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('event: ready')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    const resources = [...text.matchAll(/"resource":"([^"]+)"/g)].map((m) => m[1]);
    expect(resources).toContain('tickets');
    expect(resources.filter((r) => r === 'invoices' || r === 'statement')).toEqual([]);
  });
});
