/**
 * Reading and saving a zone. `dns:get` answers from the synced list of all zones; a zone not
 * in it (not synced yet, or not on our nameservers) is asked of the server, which names why
 * there is none (404 unknown, 409 zone_external, 403 without the dns right).
 *
 * A save is the whole zone as one change, with If-Match the etag the edit started from. It is
 * checked first with the same rules the server applies (dns-rules.ts): a zone the server would
 * refuse is answered with its issues without a request. The server's answers: 412 someone
 * saved meanwhile (answered with their zone, for the editor to re-apply the edits on), 422
 * dns_invalid (nothing saved), 200 the new zone, which the cache takes at once.
 */
import type { Cached } from '../../../shared/domain';
import type { DnsSaveResult } from '../../../shared/domains/ipc';
import {
  DNS_FIELDS,
  type DnsIssue,
  type DnsRecord,
  type DnsZone,
} from '../../../shared/domains/types';
import { validateZone } from '../../../shared/domains/dns-rules';
import type { ApiResponse } from '../api/api-client';
import { ApiError } from '../api/api-error';
import type { FeatureContext } from '../feature';
import type { SyncEngine } from '../sync/sync-engine';
import { DNS_ZONES, DOMAINS, zonePath } from './domain-resources';
import { notFound, refreshItem } from './domain-writes';
import type { ZoneIndex } from './zone-index';

export async function getZone(
  ctx: FeatureContext,
  zones: ZoneIndex,
  name: string,
): Promise<Cached<DnsZone> | null> {
  const live = ctx.live();
  if (!live) return null;
  const listed = await zones.zone(live.sync, name);
  if (listed) return listed;
  const fetchedAlone = await live.sync.readItem<DnsZone>(DNS_ZONES, name);
  if (fetchedAlone) return fetchedAlone;
  try {
    const zone = zoneOf(await ctx.session.api.request<DnsZone>({ path: zonePath(name) }));
    return { data: zone, syncedAt: new Date(ctx.clock.now()).toISOString() };
  } catch (error) {
    if (error instanceof ApiError && error.offline) return null;
    throw await notFound(ctx, live.sync, name, error);
  }
}

export async function saveZone(
  ctx: FeatureContext,
  zones: ZoneIndex,
  name: string,
  baseEtag: string,
  records: DnsRecord[],
): Promise<DnsSaveResult> {
  const { sync } = ctx.signedIn();
  const issues = validateZone(name, records);
  if (issues.length > 0) return { status: 'invalid', issues };
  let response: ApiResponse<DnsZone>;
  try {
    response = await ctx.session.api.request<DnsZone>({
      method: 'PUT',
      path: zonePath(name),
      body: { records },
      ifMatch: baseEtag,
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 412) {
      return { status: 'conflict', theirs: await currentZone(ctx, sync, zones, name) };
    }
    // the server's rules found more than ours (an app older than the server): its issues,
    // at their fields, as if the editor had found them
    const issues = error instanceof ApiError && error.code === 'dns_invalid' ? error.issues : [];
    const known = (issues ?? []).filter((issue): issue is DnsIssue =>
      (DNS_FIELDS as readonly string[]).includes(issue.field),
    );
    if (known.length > 0) return { status: 'invalid', issues: known };
    throw await notFound(ctx, sync, name, error);
  }
  // the zone in the list at once, and the domain's record count with it; side by side, so the
  // pass the live stream starts for this very change does not come in between
  await Promise.all([
    refreshItem(ctx, sync, DNS_ZONES, name),
    refreshItem(ctx, sync, DOMAINS, name),
  ]);
  return { status: 'saved', zone: zoneOf(response) };
}

/** The zone as it is now on the server, with the cache brought up to it. */
async function currentZone(
  ctx: FeatureContext,
  sync: SyncEngine,
  zones: ZoneIndex,
  name: string,
): Promise<DnsZone> {
  await sync.refreshItem(DNS_ZONES, name);
  const cached = (await zones.zone(sync, name)) ?? (await sync.readItem<DnsZone>(DNS_ZONES, name));
  if (cached) return cached.data;
  return zoneOf(await ctx.session.api.request<DnsZone>({ path: zonePath(name) }));
}

/** A zone as the server answered it, its ETag from the header when it sent one. */
function zoneOf(response: ApiResponse<DnsZone>): DnsZone {
  return { ...response.data, etag: response.etag ?? response.data.etag };
}
