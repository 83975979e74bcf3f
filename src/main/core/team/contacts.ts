/** Contacts (for domains): reads from the cache, writes to the server, then the one item refreshed. */
import type { Cached } from '../../../shared/domain';
import type { Contact, ContactInput } from '../../../shared/team/types';
import { ApiError } from '../api/api-error';
import type { FeatureContext } from '../feature';
import { refreshItemAfterWrite } from './after-write';
import { CONTACTS, contactKey } from './team-resources';

const contact = (id: string) => `/v1/contacts/${encodeURIComponent(id)}`;

export async function listContacts(ctx: FeatureContext): Promise<Cached<Contact[]> | null> {
  return (await ctx.live()?.sync.read<Contact[]>(CONTACTS)) ?? null;
}

export async function createContact(ctx: FeatureContext, input: ContactInput): Promise<Contact> {
  const { sync } = ctx.signedIn();
  const { data } = await ctx.session.api.request<Contact>({
    method: 'POST',
    path: '/v1/contacts',
    body: input,
  });
  await refreshItemAfterWrite(sync, CONTACTS, data.id, false, ctx.options.log);
  return data;
}

/** With If-Match when the contact's detail is cached: a change made elsewhere is not overwritten. */
export async function updateContact(
  ctx: FeatureContext,
  input: ContactInput & { id: string },
): Promise<Contact> {
  const { sync } = ctx.signedIn();
  const { id, ...fields } = input;
  try {
    const { data } = await ctx.session.api.request<Contact>({
      method: 'PATCH',
      path: contact(id),
      body: fields,
      ifMatch: await sync.etag(contactKey(id)),
    });
    await refreshItemAfterWrite(sync, CONTACTS, id, false, ctx.options.log);
    return data;
  } catch (error) {
    // stale: the list shows the current version with the error; gone: it leaves the list
    if (error instanceof ApiError && (error.status === 412 || error.status === 404)) {
      await refreshItemAfterWrite(sync, CONTACTS, id, error.status === 404, ctx.options.log);
    }
    throw error;
  }
}

/** Refused with contact_in_use (params.domains) while a domain uses it. */
export async function deleteContact(ctx: FeatureContext, id: string): Promise<void> {
  const { sync } = ctx.signedIn();
  try {
    await ctx.session.api.request({ method: 'DELETE', path: contact(id) });
  } catch (error) {
    // deleted elsewhere already: what the person wanted
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
  await refreshItemAfterWrite(sync, CONTACTS, id, true, ctx.options.log);
}
