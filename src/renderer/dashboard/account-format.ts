/** How the dashboard names a customer. */
import type { Account } from '../../shared/domain';

/** "Erika Mustermann"; the company when no person is named. */
export function displayName(account: Account): string {
  const person = [account.firstName, account.lastName].filter((p) => p.trim() !== '').join(' ');
  return person || account.company || account.email;
}
