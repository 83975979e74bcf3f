/**
 * The Übersicht in the core: one channel answered from the synced collections in memory (no
 * request of its own), and a 'data:changed' for 'dashboard' whenever one of its sources
 * changed — by a sync pass, a patched collection, a write or the outbox.
 */
import { DASHBOARD_RESOURCE, type DashboardChannel } from '../../../shared/dashboard/ipc-names';
import { localDay } from '../billing/overview';
import type { Feature, FeatureContext } from '../feature';
import { DashboardSources, isDashboardSource } from './dashboard-sources';
import { computeDashboard } from './overview';

export function createDashboardFeature(ctx: FeatureContext): Feature<DashboardChannel> {
  const sources = new DashboardSources(() => ctx.live());
  let announcing = false;
  return {
    handlers: {
      'dashboard:overview': async () => {
        const read = await sources.read();
        return read ? computeDashboard(read, localDay(ctx.clock.now())) : null;
      },
    },
    onDataChanged(resource) {
      if (!isDashboardSource(resource)) return;
      sources.invalidate(resource);
      // a pass changes several sources at once: one announcement for them
      if (announcing) return;
      announcing = true;
      queueMicrotask(() => {
        announcing = false;
        ctx.emit('data:changed', { resource: DASHBOARD_RESOURCE });
      });
    },
    onSignedIn() {
      // read the lists while the window loads: the first look at the Übersicht finds them ready
      void sources.read().catch(() => undefined);
    },
    onSignedOut() {
      sources.clear();
    },
  };
}
