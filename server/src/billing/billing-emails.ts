/**
 * The billing e-mail: the address invoices are mailed to, and the account users who receive
 * them as well.
 */
import type { BillingEmails } from '../../../src/shared/billing';
import { checkEmail } from '../../../src/shared/billing-rules';
import { recordChange } from '../changes/changes';
import type { Db } from '../db';
import { ApiError, type FieldError } from '../problem';
import { customerNumberOf } from './sepa';
import { loadBillingSettings, saveBillingSettings } from './settings';

interface UserRow {
  id: number;
  name: string;
  email: string;
  receives: number;
}

function accountUsers(db: Db, customerId: number): UserRow[] {
  // users without a name of their own (the account holder) are named by the customer
  return db
    .prepare(
      `SELECT u.id, COALESCE(u.name, c.first_name || ' ' || c.last_name) AS name, u.email,
              (r.user_id IS NOT NULL) AS receives
       FROM users u JOIN customers c ON c.id = u.customer_id
       LEFT JOIN invoice_recipients r ON r.user_id = u.id
       WHERE u.customer_id = ? ORDER BY u.id`,
    )
    .all(customerId) as UserRow[];
}

export function loadBillingEmails(db: Db, customerId: number): BillingEmails {
  return {
    email: loadBillingSettings(db, customerId).billingEmail,
    users: accountUsers(db, customerId).map((u) => ({
      id: String(u.id),
      name: u.name,
      email: u.email,
      receivesInvoices: u.receives === 1,
    })),
  };
}

/**
 * Sets the address and replaces the receiving users. 422 with `email_invalid` and/or
 * `user_unknown` (an id that is not a user of this customer).
 */
export function saveBillingEmails(
  db: Db,
  customerId: number,
  input: { email: string; userIds: string[] },
  now: number,
): BillingEmails {
  return db
    .transaction(() => {
      const errors: FieldError[] = [];
      const email = input.email.trim();
      if (checkEmail(email)) errors.push({ field: 'email', code: 'email_invalid' });
      const users = new Map(accountUsers(db, customerId).map((u) => [String(u.id), u]));
      const ids = [...new Set(input.userIds)];
      if (ids.some((id) => !users.has(id))) errors.push({ field: 'userIds', code: 'user_unknown' });
      if (errors.length > 0) throw new ApiError(422, 'validation_failed', { errors });

      saveBillingSettings(db, customerId, { billingEmail: email }, now);
      const remove = db.prepare('DELETE FROM invoice_recipients WHERE user_id = ?');
      const add = db.prepare('INSERT OR IGNORE INTO invoice_recipients (user_id) VALUES (?)');
      const wanted = new Set(ids);
      for (const [id, user] of users) {
        if (wanted.has(id)) add.run(user.id);
        else remove.run(user.id);
      }
      recordChange(
        db,
        customerId,
        'billing-emails',
        customerNumberOf(db, customerId),
        'upsert',
        now,
      );
      return loadBillingEmails(db, customerId);
    })
    .immediate();
}
