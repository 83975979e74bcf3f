/**
 * "Domains" in the core: domains and every zone on our nameservers synced as collections
 * (readable offline), writes with If-Match whose conflicts are answered with the current
 * version ("theirs"), a saved zone in the cache at once, auth codes never cached.
 */
import type { DomainSummary, DomainDetail } from '../../../shared/domains/types';
import type { DomainsChannel } from '../../../shared/domains/ipc-names';
import { formatZoneFile } from '../../../shared/domains/zone-file';
import type { Feature, FeatureContext } from '../feature';
import { DOMAINS, DOMAINS_RESOURCES } from './domain-resources';
import { getZone, saveZone } from './dns-save';
import { createAuthCode, setContacts, updateDomain } from './domain-writes';
import { ZoneIndex } from './zone-index';

/** What this area keeps offline (listed in SYNC_RESOURCES). */
export { DOMAINS_RESOURCES };

export function createDomainsFeature(ctx: FeatureContext): Feature<DomainsChannel> {
  const zones = new ZoneIndex();
  return {
    handlers: {
      'domains:list': async () => (await ctx.live()?.sync.read<DomainSummary[]>(DOMAINS)) ?? null,
      'domains:get': async ({ name }) =>
        (await ctx.live()?.sync.loadItem<DomainDetail>(DOMAINS, name)) ?? null,
      'domains:update': ({ name, etag, ...patch }) => updateDomain(ctx, name, etag, patch),
      'domains:setContacts': ({ name, etag, contacts }) => setContacts(ctx, name, etag, contacts),
      'domains:authCode': ({ name }) => createAuthCode(ctx, name),
      'dns:get': ({ name }) => getZone(ctx, zones, name),
      'dns:save': ({ name, baseEtag, records }) => saveZone(ctx, zones, name, baseEtag, records),
      // the file is written in main, from the records given: the renderer never picks a path
      'dns:exportZone': ({ name, records }) =>
        ctx.options.saveDialog.save({
          defaultName: `${name}.zone`,
          filters: [{ name: 'BIND', extensions: ['zone', 'txt'] }],
          data: new TextEncoder().encode(formatZoneFile(name, records)),
        }),
    },
    onSignedOut() {
      zones.forget();
    },
    stop() {
      zones.forget();
    },
  };
}
