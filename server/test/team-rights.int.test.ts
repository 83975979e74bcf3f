/**
 * The rights matrix: every bearer operation of the spec × a user of the demo customer lacking
 * exactly that operation's right → 403 forbidden (naming the right), and every operation with
 * a path id × a user of another customer (who has every right there) → 404 for an id of the
 * demo customer. A new operation with a path id needs an entry in PATH_IDS, or this fails.
 * Bodies too: every response field marked with a right (`x-kc-right`) is there for the owner
 * and absent for each user lacking that right, and such a user's change log and event stream
 * name no resource of that right.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RIGHTS, type Right } from '../../src/shared/team/types';
import { changeRightsTable } from '../src/changes/resource-rights';
import { listOperations, loadSpec, rightsTable, type Operation } from '../src/openapi';
import { DEMO_LIMITED_EMAIL } from '../src/team/demo-team';
import {
  bearer,
  DEMO_EMAIL,
  DEMO_PASSWORD,
  expectProblem,
  startTestServer,
  type Body,
  type TestServer,
} from './helpers';
import { changeLogResources, eventResources, markedFields } from './rights-bodies';
import { PATH_IDS, type Ids } from './team-rights-ids';
import { accessToken, invitedUser, registeredOwner } from './team-helpers';

const ops = listOperations(loadSpec()).filter((op) => op.right !== null);
const guarded = ops.filter((op) => op.right !== 'none');
const withPathId = ops.filter((op) => /\{[^}]+\}/.test(op.path));
const withMarks = ops.filter((op) => op.responseRights !== null);

function url(op: Operation, params: Record<string, string>): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? 'x'),
  );
}

function send(op: Operation, token: string, params: Record<string, string>, body?: Body) {
  const hasBody = !['GET', 'DELETE', 'HEAD'].includes(op.method);
  return s.call(op.method, url(op, params), hasBody ? (body ?? {}) : undefined, {
    ...bearer(token),
    // the SSE stream must not keep the request open: 403/404 come before it starts
    accept: 'application/json, text/event-stream',
  });
}

let s: TestServer;
let owner = '';
let ids: Ids;
const lacking = new Map<Right, string>();
let stranger = '';
/** a change cursor from before the setup wrote anything */
let cursorBefore = '';

function readIds(): Omit<Ids, 'mandate' | 'invitation' | 'user'> {
  const db = new Database(path.join(s.dataDir, 'kundencenter.sqlite'), { readonly: true });
  try {
    const one = (sql: string) => {
      const row = db.prepare(sql).get() as { id: string | number } | undefined;
      return row === undefined ? '' : String(row.id);
    };
    const customer = `(SELECT id FROM customers WHERE customer_number = 'K-100234')`;
    const has = (table: string) =>
      !!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table);
    return {
      invoice: one(`SELECT id FROM invoices WHERE customer_id = ${customer} LIMIT 1`),
      contact: one(`SELECT id FROM contacts WHERE customer_id = ${customer} LIMIT 1`),
      contract: has('contracts')
        ? one(`SELECT id FROM contracts WHERE customer_id = ${customer} LIMIT 1`)
        : '',
      credential: has('contract_credentials')
        ? one(
            `SELECT c.id FROM contract_credentials c JOIN contracts k ON k.id = c.contract_id
             WHERE k.customer_id = ${customer} LIMIT 1`,
          )
        : '',
      ticket: has('tickets')
        ? one(`SELECT id FROM tickets WHERE customer_id = ${customer} LIMIT 1`)
        : '',
      attachment: has('attachments')
        ? one(`SELECT id FROM attachments WHERE customer_id = ${customer} LIMIT 1`)
        : '',
      session: one(
        `SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE u.email = '${DEMO_EMAIL}' AND s.revoked_at IS NULL LIMIT 1`,
      ),
      domain: has('domains')
        ? one(
            `SELECT name AS id FROM domains WHERE customer_id = ${customer} AND own_zone = 1
             LIMIT 1`,
          )
        : '',
      // a notice naming one of the demo customer's contracts (a general one is everyone's)
      notice: has('notice_contracts')
        ? one(
            `SELECT nc.notice_id AS id FROM notice_contracts nc
             JOIN contracts k ON k.id = nc.contract_id WHERE k.customer_id = ${customer} LIMIT 1`,
          )
        : '',
    };
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  s = await startTestServer();
  owner = await accessToken(s, DEMO_EMAIL);
  cursorBefore = (await s.call<{ cursor: string }>('GET', '/v1/changes', undefined, bearer(owner)))
    .body.cursor;
  // a SEPA mandate, a pending invitation, a ticket with an attachment: K-100234's own ids
  expect(
    (await s.call('POST', '/v1/auth/reauth', { password: DEMO_PASSWORD }, bearer(owner))).status,
  ).toBe(200);
  const mandate = await s.call<{ id: string }>(
    'POST',
    '/v1/sepa-mandates',
    { accountHolder: 'Muster Webdesign GmbH', iban: 'DE89370400440532013000', consent: true },
    bearer(owner),
  );
  const invitation = await s.call<{ id: string }>(
    'POST',
    '/v1/users/invitations',
    { email: 'pending@matrix.example', rights: ['contacts'] },
    bearer(owner),
  );
  const team = await s.call<{ users: { id: string; email: string }[] }>(
    'GET',
    '/v1/users',
    undefined,
    bearer(owner),
  );
  const attachment = await s.call<{ id: string }>(
    'POST',
    '/v1/attachments',
    { fileName: 'a.txt', mimeType: 'text/plain', base64: Buffer.from('hallo').toString('base64') },
    bearer(owner),
  );
  await s.call(
    'POST',
    '/v1/tickets',
    {
      department: 'technik',
      subject: 'Matrix',
      priority: 'normal',
      related: [],
      message: 'Hallo',
      ...(attachment.status === 201 ? { attachmentIds: [attachment.body.id] } : {}),
    },
    bearer(owner),
  );
  // staff issue an invoice: invoice and statement entries in the change log
  expect((await s.call('POST', '/v1/sandbox/invoices', { email: DEMO_EMAIL })).status).toBe(201);
  ids = {
    ...readIds(),
    mandate: mandate.body.id,
    invitation: invitation.body.id,
    user: team.body.users.find((u) => u.email === DEMO_LIMITED_EMAIL)?.id ?? '',
  };
  for (const right of RIGHTS) {
    const token = await invitedUser(
      s,
      owner,
      `lacks-${right.toLowerCase()}@matrix.example`,
      RIGHTS.filter((r) => r !== right),
    );
    lacking.set(right, token);
  }
  stranger = await registeredOwner(s, 'stranger@matrix.example');
  // sensitive operations ask for a step-up before looking anything up
  await s.call('POST', '/v1/auth/reauth', { password: 'Neues-Passwort-2026!' }, bearer(stranger));
}, 120_000);
afterAll(() => s.stop());

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
      listNotices: 'none',
      getNotice: 'none',
      getMe: 'none',
      switchCustomer: 'none',
      listChanges: 'none',
      logoutAll: 'none',
      // the signed-in person's own protection: membership is enough, other users' ids are 404
      getSecurity: 'none',
      changePassword: 'none',
      startTotpSetup: 'none',
      confirmTotp: 'none',
      disableTotp: 'none',
      regenerateRecoveryCodes: 'none',
      listSessions: 'none',
      endSession: 'none',
      endOtherSessions: 'none',
      listSignIns: 'none',
    });
  });
});

describe('a user lacking the right', () => {
  it.each(guarded.map((op) => [op.operationId, op] as const))(
    '%s → 403 forbidden with the right',
    async (_id, op) => {
      const token = lacking.get(op.right as Right) ?? '';
      const res = await send(op, token, {}, {});
      const problem = expectProblem(res, 403, 'forbidden') as { right?: string };
      expect(problem.right).toBe(op.right);
    },
  );

  it('still reaches what only needs membership, and sees its rights', async () => {
    const token = lacking.get('invoices') ?? '';
    const me = await s.call<{ rights: Right[] }>('GET', '/v1/me', undefined, bearer(token));
    expect(me.status).toBe(200);
    expect(me.body.rights).toEqual(RIGHTS.filter((r) => r !== 'invoices'));
    expect((await s.call('GET', '/v1/changes', undefined, bearer(token))).status).toBe(200);
  });

  it('the limited demo colleague cannot see invoices but can see contacts', async () => {
    const jonas = await accessToken(s, DEMO_LIMITED_EMAIL);
    expectProblem(await s.call('GET', '/v1/invoices', undefined, bearer(jonas)), 403, 'forbidden');
    expect((await s.call('GET', '/v1/contacts', undefined, bearer(jonas))).status).toBe(200);
  });
});

describe('a user of another customer', () => {
  it('has an entry with a demo id for every operation with a path id', () => {
    const missing = withPathId.map((op) => op.operationId).filter((id) => !PATH_IDS[id]);
    expect(missing, `add these operations to PATH_IDS: ${missing.join(', ')}`).toEqual([]);
    const empty = withPathId
      .map((op) => [op.operationId, PATH_IDS[op.operationId]?.params(ids) ?? {}] as const)
      .filter(([, params]) => Object.values(params).some((v) => !v))
      .map(([id]) => id);
    expect(empty, `no demo id found for: ${empty.join(', ')}`).toEqual([]);
  });

  it.each(withPathId.map((op) => [op.operationId, op] as const))(
    '%s with an id of the demo customer → 404',
    async (id, op) => {
      const entry = PATH_IDS[id];
      if (!entry) throw new Error(`add ${id} to PATH_IDS`);
      const res = await send(op, stranger, entry.params(ids), entry.body);
      expectProblem(res, 404, 'not_found');
    },
  );
});

describe('response bodies', () => {
  it('mark the invoices of a contract, so the matrix below cannot be empty', () => {
    expect(withMarks.map((op) => op.operationId)).toContain('getContract');
  });

  it.each(withMarks.map((op) => [op.operationId, op] as const))(
    '%s: marked fields for the owner, none for a user lacking their right',
    async (id, op) => {
      const entry = PATH_IDS[id];
      const params = entry?.params(ids) ?? {};
      const plan = (status: number) => op.responseRights?.plans.get(status);
      const mine = await send(op, owner, params, entry?.body);
      if (op.method === 'GET') expect(mine.status, 'the owner reads it').toBeLessThan(300);
      const ownerPlan = plan(mine.status);
      if (ownerPlan) {
        const missing = markedFields(mine.body, ownerPlan).filter(([, , present]) => !present);
        expect(missing.map(([where]) => where)).toEqual([]);
      }
      for (const right of op.responseRights?.rights ?? []) {
        if (right === op.right) continue; // that user gets 403 (above)
        const res = await send(op, lacking.get(right as Right) ?? '', params, entry?.body);
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
    const route = `/v1/contracts/${encodeURIComponent(ids.contract)}`;
    const mine = await s.call<{ invoices?: unknown[] }>('GET', route, undefined, bearer(owner));
    expect(mine.body.invoices?.length).toBeGreaterThan(0);
    const limited = await s.call<{ invoices?: unknown[]; domains: string[] }>(
      'GET',
      route,
      undefined,
      bearer(lacking.get('invoices') ?? ''),
    );
    expect(limited.status).toBe(200);
    expect(limited.body).not.toHaveProperty('invoices');
    expect(limited.body.domains).toBeDefined();
    expect(limited.headers.get('etag')).not.toBe(mine.headers.get('etag'));
  });
});

describe('the change log', () => {
  it('of a user lacking a right names no resource of that right, and all others', async () => {
    const table = changeRightsTable();
    const owners = await changeLogResources(s, owner, cursorBefore);
    expect([...owners]).toEqual(expect.arrayContaining(['invoices', 'statement', 'tickets']));
    for (const right of RIGHTS) {
      const theirs = await changeLogResources(s, lacking.get(right) ?? '', cursorBefore);
      const expected = [...owners].filter((r) => table.get(r) !== right);
      expect([...theirs].sort(), `change log without ${right}`).toEqual(expected.sort());
    }
  });

  it('the event stream of a user lacking the invoices right names no invoice', async () => {
    const resources = await eventResources(s, lacking.get('invoices') ?? '', cursorBefore);
    expect(resources).toContain('tickets');
    expect(resources.filter((r) => r === 'invoices' || r === 'statement')).toEqual([]);
  });
});
