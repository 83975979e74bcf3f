/**
 * "Domains" in the core. STUB: the core helper replaces this with the real feature (domains
 * and zones synced as collections, writes with If-Match, conflicts answered with theirs).
 */
import type { DomainsChannel } from '../../../shared/domains/ipc-names';
import type { Feature, FeatureContext } from '../feature';
import type { SyncResource } from '../sync/sync-resources';

export const DOMAINS_RESOURCES: SyncResource[] = [];

export function createDomainsFeature(ctx: FeatureContext): Feature<DomainsChannel> {
  void ctx;
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    handlers: {
      'domains:list': todo,
      'domains:get': todo,
      'domains:update': todo,
      'domains:setContacts': todo,
      'domains:authCode': todo,
      'dns:get': todo,
      'dns:save': todo,
    },
  };
}
