/** What account and team keep offline, as the sync engine's resources. */
import type { Contact } from '../../../shared/team/types';
import { defineCollection, type SyncResource } from '../sync/sync-resources';

export const ACCOUNT = 'account';
export const ME = 'me';
export const VERIFICATION = 'verification';
export const TEAM = 'team';
export const CONTACTS = 'contacts';

/** The cache name of a contact's detail. */
export const contactKey = (id: string) => `contact:${id}`;

/** As the server lists them: by id, which is a number in a string ("9" before "10"). */
export function compareContacts(a: Contact, b: Contact): number {
  if (a.id.length !== b.id.length) return a.id.length - b.id.length;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export const TEAM_RESOURCES: SyncResource[] = [
  // who I am changes with my rights (team) and the account's name or verification (account)
  { kind: 'document', name: ME, path: '/v1/me', alsoOn: [ACCOUNT, TEAM, VERIFICATION] },
  { kind: 'document', name: VERIFICATION, path: '/v1/account/verification', alsoOn: [ACCOUNT] },
  // only with the right `users`: everyone else hears 403 once and the sync leaves it out
  { kind: 'document', name: TEAM, path: '/v1/users' },
  defineCollection<Contact, Contact>({
    kind: 'collection',
    name: CONTACTS,
    path: '/v1/contacts',
    pageSize: 500,
    itemPath: (id) => `/v1/contacts/${encodeURIComponent(id)}`,
    itemKey: contactKey,
    idOf: (contact) => contact.id,
    // the list carries whole contacts
    summarize: (contact) => contact,
    compare: compareContacts,
  }),
];
