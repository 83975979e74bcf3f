/** GET /v1/me: the signed-in user, the session's customer account, rights and memberships. */
import type { Me, Membership } from '../../../src/shared/team/types';
import type { AuthInfo } from '../auth/auth-info';
import type { Db } from '../db';

interface MembershipJoin {
  customer_id: number;
  customer_number: string;
  kind: 'person' | 'company';
  company: string | null;
  first_name: string;
  last_name: string;
  owner: number;
}

export function displayName(c: {
  kind: string;
  company: string | null;
  first_name: string;
  last_name: string;
  customer_number: string;
}): string {
  if (c.kind === 'company' && c.company) return c.company;
  const name = `${c.first_name} ${c.last_name}`.trim();
  return name || c.company || c.customer_number;
}

export function listMemberships(db: Db, userId: number): Membership[] {
  const rows = db
    .prepare(
      `SELECT m.customer_id, c.customer_number, c.kind, c.company, c.first_name, c.last_name,
              m.owner
       FROM memberships m JOIN customers c ON c.id = m.customer_id
       WHERE m.user_id = ? ORDER BY c.customer_number`,
    )
    .all(userId) as MembershipJoin[];
  return rows.map((r) => ({
    customerId: String(r.customer_id),
    customerNumber: r.customer_number,
    displayName: displayName(r),
    owner: r.owner === 1,
  }));
}

export function loadMe(db: Db, auth: AuthInfo): Me {
  const user = db.prepare('SELECT email, name FROM users WHERE id = ?').get(auth.userId) as {
    email: string;
    name: string | null;
  };
  const memberships = listMemberships(db, auth.userId);
  const customer = memberships.find((m) => m.customerId === String(auth.customerId));
  const status = db
    .prepare('SELECT verification_status FROM customers WHERE id = ?')
    .get(auth.customerId) as { verification_status: Me['verificationStatus'] };
  if (!customer) throw new Error('the session has no membership'); // authenticate() prevents it
  return {
    userId: String(auth.userId),
    email: user.email,
    name: user.name ?? user.email,
    customer,
    rights: auth.rights,
    memberships,
    verificationStatus: status.verification_status,
  };
}
