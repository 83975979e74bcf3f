/**
 * The Übersicht's sources, held in memory: each cached resource it reads is decrypted and
 * parsed once, then kept until 'data:changed' names it (10,000 invoices are not read again
 * for every look at the start screen). A read overtaken by a change is not kept.
 */
import type { ContractSummary } from '../../../shared/products/types';
import type { Me } from '../../../shared/team/types';
import type { SignedInParts } from '../feature';
import { OUTBOX } from '../outbox/outbox';
import { CONTRACTS } from '../products/contract-resources';
import { ME } from '../team/team-resources';
import { SOURCE_RIGHTS, type OverviewSources, type QueuedReply, type SourceName } from './overview';

/** the 'data:changed' name of the support outbox (support-feature's OUTBOX_RESOURCE) */
export const OUTBOX_CHANGED = 'outbox';
const SOURCE_NAMES = Object.keys(SOURCE_RIGHTS) as SourceName[];

/** Every 'data:changed' resource that changes the overview. */
export function isDashboardSource(resource: string): boolean {
  return (
    resource === ME || resource === OUTBOX_CHANGED || (SOURCE_NAMES as string[]).includes(resource)
  );
}

export class DashboardSources {
  private readonly held = new Map<string, Promise<unknown>>();

  constructor(private readonly live: () => SignedInParts | null) {}

  /** A resource changed: read it again next time. */
  invalidate(resource: string): void {
    this.held.delete(resource);
  }

  clear(): void {
    this.held.clear();
  }

  /** Everything computeDashboard needs; null while signed out. */
  async read(): Promise<OverviewSources | null> {
    const live = this.live();
    if (!live) return null;
    const { sync, cache } = live;
    const data = <T>(name: string) =>
      this.hold(name, async () => {
        const cached = await sync.readIfAllowed<T>(name).catch(() => null);
        return cached?.data ?? null;
      });
    const [
      me,
      invoices,
      statement,
      paymentMethods,
      mandates,
      tickets,
      domains,
      contracts,
      notices,
      outbox,
    ] = await Promise.all([
      data<Me>(ME),
      data<OverviewSources['invoices']>('invoices'),
      data<OverviewSources['statement']>('statement'),
      data<OverviewSources['paymentMethods']>('payment-methods'),
      data<OverviewSources['mandates']>('sepa-mandates'),
      data<OverviewSources['tickets']>('tickets'),
      data<OverviewSources['domains']>('domains'),
      data<ContractSummary[]>(CONTRACTS),
      data<OverviewSources['notices']>('notices'),
      this.hold(OUTBOX_CHANGED, async () => {
        const doc = await cache
          .getJson<{ entries: { failed?: unknown }[] }>(OUTBOX)
          .catch(() => undefined);
        return (doc?.entries ?? []).map((entry): QueuedReply => ({
          failed: Boolean(entry.failed),
        }));
      }),
    ]);
    const refused = new Set(SOURCE_NAMES.filter((name) => sync.refusal(name) !== null));
    return {
      rights: me?.rights ?? null,
      refused,
      invoices,
      statement,
      paymentMethods,
      mandates,
      tickets,
      outbox,
      domains,
      contracts,
      notices,
      syncedAt: sync.current.lastSyncedAt,
    };
  }

  private hold<T>(name: string, load: () => Promise<T>): Promise<T> {
    const existing = this.held.get(name);
    if (existing) return existing as Promise<T>;
    const loading = load();
    this.held.set(name, loading);
    loading.catch(() => {
      if (this.held.get(name) === loading) this.held.delete(name);
    });
    return loading;
  }
}
