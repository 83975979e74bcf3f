// The sync stays correct under any sequence of changes: 1,000 random change-log entries
// (create, update, delete and re-create across lists and documents) applied through the real
// engine, with passes, opened details (and an invoice's PDF kept with it), writes' own
// refreshes and restarts of app and server in between, leave the cache exactly as a fresh
// full sync of the final state would: no stale detail, no leftover of a deleted item.
// Seeded: KC_FUZZ_SEED replays a run (fast-check prints the seed with any failure).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_SEED, SOAK } from '../ipc/fuzz-run';
import type { Clock } from '../ports';
import { createMemoryCache, type MemoryCache } from '../store/memory-cache';
import { SyncEngine } from './sync-engine';
import { MODEL_AREAS, MODEL_RESOURCES, ModelServer } from './testing-model-server';

const ENTRIES = 1_000;

/** Timers are kept, never fired: the test says when a pass runs. */
const clock: Clock = {
  now: () => Date.UTC(2026, 11, 3),
  setTimeout: () => 0,
  clearTimeout: () => 0,
};

type Change =
  | { kind: 'create'; area: number; day: number; n: number; note: string }
  | { kind: 'update'; area: number; pick: number; day: number | null; n: number; note: string }
  | { kind: 'delete'; area: number; pick: number }
  | { kind: 'revive'; area: number; pick: number }
  | { kind: 'account'; n: number };

/** what the app does after a change, before the next one */
type After =
  | { kind: 'nothing' }
  | { kind: 'sync' }
  | { kind: 'open'; area: number; pick: number }
  | { kind: 'refresh'; area: number; pick: number }
  | { kind: 'restart-app' }
  | { kind: 'restart-server' };

const area = fc.nat({ max: MODEL_AREAS.length - 1 });
const pick = fc.nat({ max: 1_000 });
const day = fc.nat({ max: 30 });
const n = fc.integer({ min: -50, max: 50 });
const note = fc.constantFrom('', 'a', 'b', 'Rückfrage', 'erledigt');

const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('create' as const), area, day, n, note }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('update' as const),
      area,
      pick,
      day: fc.option(day),
      n,
      note,
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), area, pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('revive' as const), area, pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('account' as const), n }) },
);

const after: fc.Arbitrary<After> = fc.oneof(
  { weight: 60, arbitrary: fc.constant({ kind: 'nothing' as const }) },
  { weight: 6, arbitrary: fc.constant({ kind: 'sync' as const }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('open' as const), area, pick }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('refresh' as const), area, pick }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart-app' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart-server' as const }) },
);

const dateOf = (d: number) => `2026-11-${String(d + 1).padStart(2, '0')}`;

function engineOn(server: ModelServer, cache: MemoryCache): SyncEngine {
  return new SyncEngine({
    api: server.api,
    cache,
    clock,
    resources: MODEL_RESOURCES,
    onStatus: () => undefined,
    onData: () => undefined,
    onError: (error) => {
      throw error;
    },
  });
}

/** Every id an area has had, alive or deleted, so a pick can name either. */
class Ids {
  private readonly seen = MODEL_AREAS.map(() => [] as string[]);
  constructor(private readonly server: ModelServer) {}
  add(areaIndex: number, id: string): void {
    this.seen[areaIndex]!.push(id);
  }
  alive(areaIndex: number): string[] {
    const items = this.server.items.get(MODEL_AREAS[areaIndex]!.name)!;
    return this.seen[areaIndex]!.filter((id) => items.has(id));
  }
  gone(areaIndex: number): string[] {
    const items = this.server.items.get(MODEL_AREAS[areaIndex]!.name)!;
    return this.seen[areaIndex]!.filter((id) => !items.has(id));
  }
  any(areaIndex: number): string[] {
    return this.seen[areaIndex]!;
  }
}

function applyChange(server: ModelServer, ids: Ids, c: Change): void {
  if (c.kind === 'account') return server.renameAccount(c.n);
  const name = MODEL_AREAS[c.area]!.name;
  const items = server.items.get(name)!;
  const from = (list: string[]) =>
    list.length > 0 && 'pick' in c ? list[c.pick % list.length] : undefined;
  if (c.kind === 'update') {
    const id = from(ids.alive(c.area));
    const item = id === undefined ? undefined : items.get(id);
    if (item) {
      return server.put(name, {
        ...item,
        at: c.day === null ? item.at : dateOf(c.day),
        n: c.n,
        note: c.note,
      });
    }
  } else if (c.kind === 'delete') {
    const id = from(ids.alive(c.area));
    if (id !== undefined) return server.remove(name, id);
  } else if (c.kind === 'revive') {
    const id = from(ids.gone(c.area));
    if (id !== undefined) return server.put(name, { id, at: dateOf(0), n: 0, note: 'wieder' });
  }
  // nothing to update, delete or revive: the entry is a new item instead
  const created = c.kind === 'create' ? c : { day: 0, n: 0, note: '' };
  ids.add(c.area, server.create(name, dateOf(created.day), created.n, created.note));
}

/**
 * What a person can see of the cache, in a stable form: every resource as the engine reads
 * it, every cached item detail, and the names of all entries (nothing left behind).
 */
async function snapshot(engine: SyncEngine, cache: MemoryCache): Promise<string> {
  const names = cache.names().filter((name) => name !== 'sync-state');
  const resources: Record<string, unknown> = {};
  for (const resource of MODEL_RESOURCES) {
    resources[resource.name] = (await engine.read(resource.name))?.data ?? null;
  }
  const details: Record<string, unknown> = {};
  for (const { name } of MODEL_AREAS) {
    for (const key of names.filter((k) => k.startsWith(`${name}:`))) {
      details[key] = (await engine.readItem(name, key.slice(name.length + 1)))?.data ?? null;
    }
  }
  return canonical({ names, resources, details });
}

/** JSON with every object's keys sorted: equal data, equal bytes. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

async function run(steps: readonly [Change, After][]): Promise<void> {
  const server = new ModelServer();
  const ids = new Ids(server);
  // an account with something in every list before the app first syncs
  for (let i = 0; i < 9; i++) {
    for (let a = 0; a < MODEL_AREAS.length; a++) {
      ids.add(a, server.create(MODEL_AREAS[a]!.name, dateOf(i % 5), i, 'erste'));
    }
  }
  const cache = createMemoryCache();
  let engine = engineOn(server, cache);
  await engine.start();
  await engine.syncNow();
  const first = server.entries;

  let applied = 0;
  for (const [c, next] of steps) {
    const before = server.entries;
    applyChange(server, ids, c);
    applied += server.entries - before;
    if (next.kind === 'sync') await engine.syncNow();
    else if (next.kind === 'open' || next.kind === 'refresh') {
      const list = ids.any(next.area);
      const id = list[next.pick % list.length]!;
      const name = MODEL_AREAS[next.area]!.name;
      if (next.kind === 'open') {
        // what opening an invoice keeps besides its detail: its PDF (the item's extras)
        const opened = await engine.loadItem(name, id);
        const extras = MODEL_AREAS[next.area]!.extras?.(id) ?? [];
        for (const key of opened ? extras : []) await cache.putBlob(key, new Uint8Array([1]));
      }
      // what a write's own refresh does: the app knows whether it deleted the item
      else await engine.refreshItem(name, id, !server.items.get(name)!.has(id));
    } else if (next.kind === 'restart-app') {
      engine.stop();
      engine = engineOn(server, cache);
      await engine.start();
    } else if (next.kind === 'restart-server') {
      server.restart();
    }
  }
  await engine.syncNow();
  expect(applied).toBe(steps.length);
  expect(first).toBeGreaterThan(0);
  const synced = await snapshot(engine, cache);

  // the same account synced from scratch, with the same details opened
  const freshCache = createMemoryCache();
  const fresh = engineOn(server, freshCache);
  await fresh.start();
  await fresh.syncNow();
  for (const key of (JSON.parse(synced) as { names: string[] }).names) {
    const [name, id] = key.split(':') as [string, string | undefined];
    if (id === undefined) continue;
    if (MODEL_AREAS.some((a) => a.name === name)) await fresh.loadItem(name, id);
    // an extra belongs to an invoice the server still has
    else if (server.items.get('invoices')!.has(id)) {
      await freshCache.putBlob(key, new Uint8Array([1]));
    }
  }
  expect(synced).toBe(await snapshot(fresh, freshCache));
  engine.stop();
  fresh.stop();
}

describe('the sync under random change-log entries', () => {
  it(`leaves the cache as a fresh full sync would, after ${ENTRIES} entries`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(change, after), { minLength: ENTRIES, maxLength: ENTRIES }),
        run,
      ),
      { seed: FUZZ_SEED, numRuns: SOAK ? 100 : 3, endOnFailure: true },
    );
  });
});
