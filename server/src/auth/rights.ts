/**
 * Rights of a user in a customer account (memberships). Every bearer operation names the right
 * it needs in the spec (`x-kc-right`, see server/src/openapi.ts); the bearer hook checks it right
 * after authenticating, so no handler can forget it. An owner has every right.
 */
import { RIGHTS, type Right } from '../../../src/shared/team/types';
import type { Db } from '../db';
import { ApiError } from '../problem';

export { RIGHTS, type Right };

/** An ApiError whose problem body carries more fields (`right`, `domains`, …). */
export class ApiProblem extends ApiError {
  constructor(
    status: number,
    code: string,
    readonly extra: Record<string, unknown>,
    readonly title?: string,
    opts: ConstructorParameters<typeof ApiError>[2] = {},
  ) {
    super(status, code, opts);
  }

  override toProblem() {
    return {
      ...super.toProblem(),
      ...(this.title ? { title: this.title } : {}),
      ...this.extra,
    };
  }
}

export function isRight(value: unknown): value is Right {
  return typeof value === 'string' && (RIGHTS as readonly string[]).includes(value);
}

/** The stored JSON array, in the canonical order, unknown names dropped. */
export function parseRights(json: string): Right[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  const set = new Set(Array.isArray(parsed) ? parsed.filter(isRight) : []);
  return RIGHTS.filter((r) => set.has(r));
}

export function serializeRights(rights: readonly Right[]): string {
  const set = new Set(rights);
  return JSON.stringify(RIGHTS.filter((r) => set.has(r)));
}

/** The effective rights: all for an owner. */
export function effectiveRights(owner: boolean, stored: string): Right[] {
  return owner ? [...RIGHTS] : parseRights(stored);
}

export function forbidden(right: string): ApiProblem {
  return new ApiProblem(403, 'forbidden', { right }, 'A right is missing', {
    detail: `This needs the right "${right}" in this customer account; an owner can grant it.`,
  });
}

export interface MembershipRow {
  user_id: number;
  customer_id: number;
  owner: number;
  rights: string;
  created_at: number;
}

export function findMembership(
  db: Db,
  userId: number,
  customerId: number,
): MembershipRow | undefined {
  return db
    .prepare('SELECT * FROM memberships WHERE user_id = ? AND customer_id = ?')
    .get(userId, customerId) as MembershipRow | undefined;
}

/** The customer account a sign-in starts in: the home account, else any membership. */
export function startCustomer(db: Db, userId: number, homeCustomerId: number): number | null {
  if (findMembership(db, userId, homeCustomerId)) return homeCustomerId;
  const any = db
    .prepare('SELECT customer_id FROM memberships WHERE user_id = ? ORDER BY created_at LIMIT 1')
    .get(userId) as { customer_id: number } | undefined;
  return any?.customer_id ?? null;
}
