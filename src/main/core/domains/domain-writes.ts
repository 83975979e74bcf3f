/**
 * Writes to a domain: settings (auto-renew, transfer lock, nameservers) and contacts with
 * If-Match, the auth code. A write that went through is followed by a refresh of the domain,
 * so the next read shows it and the screens hear 'data:changed'; a stale etag (412) is
 * answered with the domain as it is now, for the screen to show what changed meanwhile.
 */
import type { AuthCode, DomainContactRole, DomainDetail } from '../../../shared/domains/types';
import type { DomainWriteResult } from '../../../shared/domains/ipc';
import type { ApiResponse, RequestOptions } from '../api/api-client';
import { ApiError } from '../api/api-error';
import type { FeatureContext } from '../feature';
import type { SyncEngine } from '../sync/sync-engine';
import { DNS_ZONES, DOMAINS, domainPath } from './domain-resources';

export interface DomainPatch {
  autoRenew?: boolean;
  transferLock?: boolean;
  nameservers?: string[];
}

export async function updateDomain(
  ctx: FeatureContext,
  name: string,
  etag: string,
  patch: DomainPatch,
): Promise<DomainWriteResult> {
  const result = await writeDomain(ctx, name, etag, {
    method: 'PATCH',
    path: domainPath(name),
    body: patch,
  });
  // other nameservers move the zone into or out of the DNS editor's reach
  if (patch.nameservers !== undefined && result.status === 'saved') {
    const { sync } = ctx.signedIn();
    if (!sync.refusal(DNS_ZONES)) {
      await refreshItem(ctx, sync, DNS_ZONES, name, !result.domain.usesOurNameservers);
    }
  }
  return result;
}

export function setContacts(
  ctx: FeatureContext,
  name: string,
  etag: string,
  contacts: Record<DomainContactRole, string>,
): Promise<DomainWriteResult> {
  return writeDomain(ctx, name, etag, {
    method: 'PUT',
    path: `${domainPath(name)}/contacts`,
    body: contacts,
  });
}

/** A new auth code (the old one stops working); refused with transfer_locked while locked. */
export async function createAuthCode(ctx: FeatureContext, name: string): Promise<AuthCode> {
  const { sync } = ctx.signedIn();
  try {
    // an empty JSON body: a POST without one is refused as an unknown media type
    const { data } = await ctx.session.api.request<AuthCode>({
      method: 'POST',
      path: `${domainPath(name)}/auth-code`,
      body: {},
    });
    // the detail names the new code's validity
    await refreshItem(ctx, sync, DOMAINS, name);
    return data;
  } catch (error) {
    throw await notFound(ctx, sync, name, error);
  }
}

async function writeDomain(
  ctx: FeatureContext,
  name: string,
  etag: string,
  request: RequestOptions,
): Promise<DomainWriteResult> {
  const { sync } = ctx.signedIn();
  let response: ApiResponse<DomainDetail>;
  try {
    response = await ctx.session.api.request<DomainDetail>({ ...request, ifMatch: etag });
  } catch (error) {
    if (error instanceof ApiError && error.status === 412) {
      // the current version, cached with its ETag: saving again then applies on top of it
      await sync.refreshItem(DOMAINS, name);
      const theirs = await sync.readItem<DomainDetail>(DOMAINS, name);
      if (theirs) return { status: 'conflict', theirs: theirs.data };
    }
    throw await notFound(ctx, sync, name, error);
  }
  const refreshed = await refreshItem(ctx, sync, DOMAINS, name);
  const cached = refreshed ? await sync.readItem<DomainDetail>(DOMAINS, name) : null;
  return { status: 'saved', domain: cached?.data ?? detailOf(response) };
}

/** The detail a write answered with, its ETag from the header when the server sent one. */
function detailOf(response: ApiResponse<DomainDetail>): DomainDetail {
  return { ...response.data, etag: response.etag ?? response.data.etag };
}

/**
 * Fetches what a write touched at once; true when that worked. The write itself went through,
 * so a failed refresh is only logged: the next sync pass brings the change.
 */
export async function refreshItem(
  ctx: FeatureContext,
  sync: SyncEngine,
  name: string,
  id: string,
  deleted = false,
): Promise<boolean> {
  try {
    await sync.refreshItem(name, id, deleted);
    return true;
  } catch (error) {
    ctx.options.log?.warn('domains: refresh after a write failed', { error: String(error) });
    return false;
  }
}

/** A domain the server does not know (any more, or of another customer) leaves the cache. */
export async function notFound(
  ctx: FeatureContext,
  sync: SyncEngine,
  name: string,
  error: unknown,
): Promise<unknown> {
  if (!(error instanceof ApiError && error.status === 404)) return error;
  await refreshItem(ctx, sync, DOMAINS, name, true);
  if (!sync.refusal(DNS_ZONES)) await refreshItem(ctx, sync, DNS_ZONES, name, true);
  return new ApiError(404, 'domain_not_found');
}
