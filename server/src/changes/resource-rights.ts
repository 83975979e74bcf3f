/**
 * Who may see which change-log entry: each resource the server writes to the change log names
 * the operation a client reads it with, and the entry needs that operation's right (from the
 * spec, `x-kc-right`). A user lacking the invoices right never learns invoice ids from
 * GET /v1/changes or GET /v1/events. A resource missing here is shown to nobody; the unit test
 * beside this file fails when the server writes one (see resource-rights.test.ts).
 */
import { listOperations, loadSpec, RIGHT_NONE, type OperationId } from '../openapi';

export const CHANGE_RESOURCES = {
  account: 'getAccount',
  me: 'getMe',
  verification: 'getVerification',
  team: 'listUsers',
  contacts: 'getContact',
  domains: 'getDomain',
  'dns-zones': 'getDnsZone',
  invoices: 'getInvoice',
  statement: 'getBillingStatement',
  'billing-emails': 'getBillingEmails',
  'payment-methods': 'getPaymentMethods',
  'sepa-mandates': 'listSepaMandates',
  contracts: 'getContract',
  credentials: 'getContractCredentials',
  tickets: 'getTicket',
  notices: 'listNotices',
} as const satisfies Record<string, OperationId>;

export type ChangeResource = keyof typeof CHANGE_RESOURCES;

let table: ReadonlyMap<string, string> | null = null;

/** resource → the right its entries need ('none': every member), read from the spec once. */
export function changeRightsTable(): ReadonlyMap<string, string> {
  if (table) return table;
  const rights = new Map(listOperations(loadSpec()).map((op) => [op.operationId, op.right]));
  const out = new Map<string, string>();
  for (const [resource, operationId] of Object.entries(CHANGE_RESOURCES)) {
    const right = rights.get(operationId);
    if (right === undefined || right === null) {
      throw new Error(`change resource ${resource}: ${operationId} is no bearer operation`);
    }
    out.set(resource, right);
  }
  table = out;
  return out;
}

/** The resources whose entries a user with these rights may see. */
export function visibleResources(rights: readonly string[]): string[] {
  return [...changeRightsTable()]
    .filter(([, right]) => right === RIGHT_NONE || rights.includes(right))
    .map(([resource]) => resource);
}

/** `resource IN (?, …)` with its values, for the change-log queries. */
export function visibleResourcesSql(rights: readonly string[]): { sql: string; args: string[] } {
  const args = visibleResources(rights);
  if (args.length === 0) return { sql: '0', args };
  return { sql: `resource IN (${args.map(() => '?').join(', ')})`, args };
}
