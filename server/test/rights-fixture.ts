/**
 * The people and ids of the rights matrix (team-rights.int.test.ts): the demo owner, a user of
 * the demo customer lacking each right, an owner of another customer, and one id of the demo
 * customer per kind. A new operation with a path id needs an entry in PATH_IDS.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { RIGHTS, type Right } from '../../src/shared/team/types';
import type { Operation } from '../src/openapi';
import { DEMO_LIMITED_EMAIL } from '../src/team/demo-team';
import {
  bearer,
  DEMO_EMAIL,
  DEMO_PASSWORD,
  startTestServer,
  type Body,
  type TestServer,
} from './helpers';
import { accessToken, invitedUser, NEW_PASSWORD, registeredOwner } from './team-helpers';

/** Ids of the demo customer K-100234, read once from its data. */
export interface Ids {
  invoice: string;
  mandate: string;
  invitation: string;
  user: string;
  contact: string;
  contract: string;
  credential: string;
  ticket: string;
  attachment: string;
  domain: string;
}

export interface Entry {
  params: (ids: Ids) => Record<string, string>;
  /** a valid body, so the request gets past validation to the lookup */
  body?: Body;
}

export const PATH_IDS: Record<string, Entry> = {
  getInvoice: { params: (i) => ({ id: i.invoice }) },
  getInvoicePdf: { params: (i) => ({ id: i.invoice }) },
  revokeSepaMandate: { params: (i) => ({ id: i.mandate }) },
  revokeInvitation: { params: (i) => ({ id: i.invitation }) },
  updateUser: { params: (i) => ({ id: i.user }), body: { rights: [] } },
  removeUser: { params: (i) => ({ id: i.user }) },
  getContact: { params: (i) => ({ id: i.contact }) },
  updateContact: { params: (i) => ({ id: i.contact }), body: { firstName: 'Mallory' } },
  deleteContact: { params: (i) => ({ id: i.contact }) },
  getContract: { params: (i) => ({ id: i.contract }) },
  getContractCredentials: { params: (i) => ({ id: i.contract }) },
  resetContractCredential: { params: (i) => ({ id: i.contract, credentialId: i.credential }) },
  getCancellationOptions: { params: (i) => ({ id: i.contract }) },
  createCancellation: {
    params: (i) => ({ id: i.contract }),
    body: {
      kind: 'ordinary',
      endDate: '2099-12-31',
      requestedBy: 'Mallory',
      confirmationEmail: 'mallory@example.org',
      closingCompany: false,
    },
  },
  revokeCancellation: { params: (i) => ({ id: i.contract }) },
  getCancellationReceipt: { params: (i) => ({ id: i.contract }) },
  getTicket: { params: (i) => ({ id: i.ticket }) },
  markTicketRead: { params: (i) => ({ id: i.ticket }) },
  postTicketMessage: { params: (i) => ({ id: i.ticket }), body: { body: 'Hallo' } },
  closeTicket: { params: (i) => ({ id: i.ticket }) },
  getAttachment: { params: (i) => ({ id: i.attachment }) },
  getDomain: { params: (i) => ({ name: i.domain }) },
  updateDomain: { params: (i) => ({ name: i.domain }), body: { autoRenew: false } },
  setDomainContacts: {
    params: (i) => ({ name: i.domain }),
    body: { owner: '1', admin: '1', tech: '1', zone: '1' },
  },
  createAuthCode: { params: (i) => ({ name: i.domain }) },
  getDnsZone: { params: (i) => ({ name: i.domain }) },
  putDnsZone: { params: (i) => ({ name: i.domain }), body: { records: [] } },
};

export function url(op: Operation, params: Record<string, string>): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? 'x'),
  );
}

export interface RightsFixture {
  s: TestServer;
  owner: string;
  ids: Ids;
  /** a user of the demo customer with every right but the key */
  lacking: Map<Right, string>;
  /** the owner of another customer, with a step-up */
  stranger: string;
  /** a change cursor from before the fixture wrote anything */
  cursorBefore: string;
}

export function send(
  f: RightsFixture,
  op: Operation,
  token: string,
  params: Record<string, string>,
  body?: Body,
) {
  const hasBody = !['GET', 'DELETE', 'HEAD'].includes(op.method);
  return f.s.call(op.method, url(op, params), hasBody ? (body ?? {}) : undefined, {
    ...bearer(token),
    // the SSE stream must not keep the request open: 403/404 come before it starts
    accept: 'application/json, text/event-stream',
  });
}

/** One id per kind of the demo customer's data (empty where it has none). */
export function readIds(s: TestServer): Omit<Ids, 'mandate' | 'invitation' | 'user'> {
  const db = new Database(path.join(s.dataDir, 'kundencenter.sqlite'), { readonly: true });
  try {
    const one = (sql: string) => {
      const row = db.prepare(sql).get() as { id: string | number } | undefined;
      return row === undefined ? '' : String(row.id);
    };
    const customer = `(SELECT id FROM customers WHERE customer_number = 'K-100234')`;
    return {
      invoice: one(`SELECT id FROM invoices WHERE customer_id = ${customer} LIMIT 1`),
      contact: one(`SELECT id FROM contacts WHERE customer_id = ${customer} LIMIT 1`),
      contract: one(`SELECT id FROM contracts WHERE customer_id = ${customer} LIMIT 1`),
      credential: one(
        `SELECT c.id FROM contract_credentials c JOIN contracts k ON k.id = c.contract_id
         WHERE k.customer_id = ${customer} LIMIT 1`,
      ),
      ticket: one(`SELECT id FROM tickets WHERE customer_id = ${customer} LIMIT 1`),
      attachment: one(`SELECT id FROM attachments WHERE customer_id = ${customer} LIMIT 1`),
      domain: one(
        `SELECT name AS id FROM domains WHERE customer_id = ${customer} AND own_zone = 1 LIMIT 1`,
      ),
    };
  } finally {
    db.close();
  }
}

/** Starts a server and signs everyone in (about a dozen scrypt hashes: once per file). */
export async function rightsFixture(): Promise<RightsFixture> {
  const s = await startTestServer();
  const owner = await accessToken(s, DEMO_EMAIL);
  const before = await s.call<{ cursor: string }>('GET', '/v1/changes', undefined, bearer(owner));
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
  const ids: Ids = {
    ...readIds(s),
    mandate: mandate.body.id,
    invitation: invitation.body.id,
    user: team.body.users.find((u) => u.email === DEMO_LIMITED_EMAIL)?.id ?? '',
  };
  const lacking = new Map<Right, string>();
  for (const right of RIGHTS) {
    const token = await invitedUser(
      s,
      owner,
      `lacks-${right.toLowerCase()}@matrix.example`,
      RIGHTS.filter((r) => r !== right),
    );
    lacking.set(right, token);
  }
  const stranger = await registeredOwner(s, 'stranger@matrix.example');
  // sensitive operations ask for a step-up before looking anything up
  await s.call('POST', '/v1/auth/reauth', { password: NEW_PASSWORD }, bearer(stranger));
  return { s, owner, ids, lacking, stranger, cursorBefore: before.body.cursor };
}
