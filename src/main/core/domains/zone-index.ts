/**
 * `dns:get` answers one zone out of the list of all zones (40,000 records, ~3 MB): reading and
 * parsing that list for every screen that opens a zone would cost tens of milliseconds each
 * time, so the list is indexed once and the index kept until the sync engine writes the list
 * again (its revision moves) or another engine (another sign-in) is asked.
 */
import type { Cached } from '../../../shared/domain';
import type { DnsZone } from '../../../shared/domains/types';
import type { SyncEngine } from '../sync/sync-engine';
import { DNS_ZONES } from './domain-resources';

interface Indexed {
  sync: SyncEngine;
  revision: number;
  syncedAt: string;
  byDomain: ReadonlyMap<string, DnsZone>;
}

export class ZoneIndex {
  private indexed: Indexed | null = null;

  /**
   * The cached zone of a domain; null when the list is cached but has no zone of that name,
   * undefined when no list is cached yet. A refused list throws its refusal (403, right dns).
   */
  async zone(sync: SyncEngine, domain: string): Promise<Cached<DnsZone> | null | undefined> {
    const index = await this.index(sync);
    if (!index) return undefined;
    const zone = index.byDomain.get(domain);
    // the index keeps the list's fetch time; a later completed pass confirms the zone too
    return zone ? { data: zone, syncedAt: index.syncedAt, followsSync: true } : null;
  }

  forget(): void {
    this.indexed = null;
  }

  private async index(sync: SyncEngine): Promise<Indexed | null> {
    // taken before the read: a write landing meanwhile makes the next call read again
    const revision = sync.revision(DNS_ZONES);
    const known = this.indexed;
    if (known?.sync === sync && known.revision === revision) return known;
    const list = await sync.read<DnsZone[]>(DNS_ZONES);
    if (!list) {
      this.indexed = null;
      return null;
    }
    const indexed: Indexed = {
      sync,
      revision,
      syncedAt: list.syncedAt,
      byDomain: new Map(list.data.map((zone) => [zone.domain, zone])),
    };
    this.indexed = indexed;
    return indexed;
  }
}
