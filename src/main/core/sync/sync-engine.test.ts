// The sync engine with a scripted server and an in-memory cache: what a 403 on a resource
// does (refused, cached copy dropped, no retry loop, reads say "not allowed") and how access
// is asked again when rights change.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { SyncEngine } from './sync-engine';
import { Row, RESOURCES, memoryCache, clock, scriptedServer, setup } from './testing-sync';

describe('sync engine: a resource the server refuses', () => {
  it('skips a refused resource and still completes the pass for the others', async () => {
    const { server, engine, errors } = setup();
    server.refused.add('invoices').add('/v1/billing/statement');
    await engine.start();
    const status = await engine.syncNow();
    expect(status).toMatchObject({ online: true, syncing: false });
    expect(status.lastSyncedAt).not.toBeNull();
    expect(errors).toEqual([]);
    expect((await engine.read<{ customerNumber: string }>('account'))?.data.customerNumber).toBe(
      'K-1',
    );
    expect(engine.refusal('invoices')).toEqual({ code: 'forbidden', right: 'invoices' });
  });

  it('does not ask again on later passes, even when the log names the resource', async () => {
    const { server, engine } = setup();
    server.refused.add('invoices');
    await engine.start();
    await engine.syncNow();
    server.requests.length = 0;
    server.log('invoices', 'a');
    await engine.syncNow();
    await engine.syncNow();
    expect(server.requests).toEqual(['/v1/changes', '/v1/changes']);
  });

  it('answers reads of a refused resource with the refusal, naming the missing right', async () => {
    const { server, engine } = setup();
    server.refused.add('invoices');
    await engine.start();
    await engine.syncNow();
    await expect(engine.read('invoices')).rejects.toMatchObject({
      status: 403,
      code: 'forbidden',
      details: { right: 'invoices' },
    });
    await expect(engine.readItem('invoices', 'a')).rejects.toMatchObject({ status: 403 });
    // a view made of several resources may take a refused one as absent
    expect(await engine.readIfAllowed('invoices')).toBeNull();
    // an allowed resource reads as usual
    expect(await engine.read('statement')).not.toBeNull();
  });

  it('drops the cached copy (list, details and their extras) when access is taken away', async () => {
    const { server, cache, engine, data } = setup();
    await engine.start();
    await engine.syncNow();
    await engine.loadItem('invoices', 'a');
    await cache.putBlob('pdf:a', new Uint8Array([1]));
    expect(cache.names()).toEqual(
      expect.arrayContaining(['invoices', 'invoice:a', 'pdf:a', 'statement']),
    );

    // the owner takes the right away; the rights change makes the app ask everything anew
    server.refused.add('invoices');
    data.length = 0;
    engine.recheckAccess();
    await engine.syncNow();
    await until(() => engine.refusal('invoices') !== null);
    expect(cache.names()).not.toContain('invoices');
    expect(cache.names()).not.toContain('invoice:a');
    expect(cache.names()).not.toContain('pdf:a');
    expect(cache.names()).toContain('statement');
    // the renderer hears of it and re-reads (then gets the refusal)
    expect(data).toContain('invoices');
  });

  it('fetches a resource again once the rights allow it', async () => {
    const { server, engine } = setup();
    server.refused.add('invoices');
    await engine.start();
    await engine.syncNow();
    server.refused.clear();
    engine.recheckAccess();
    await until(async () => (await engine.read<Row[]>('invoices').catch(() => null)) !== null);
    expect(engine.refusal('invoices')).toBeNull();
    expect((await engine.read<Row[]>('invoices'))?.data.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('treats a refused item detail as the whole list refused', async () => {
    const { server, engine } = setup();
    await engine.start();
    await engine.syncNow();
    server.refused.add('invoices');
    await expect(engine.loadItem('invoices', 'b')).rejects.toMatchObject({ status: 403 });
    await expect(engine.read('invoices')).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('keeps refusals across a restart of the app (no asking again on every start)', async () => {
    const { server, cache, engine } = setup();
    server.refused.add('invoices');
    await engine.start();
    await engine.syncNow();
    engine.stop();
    server.requests.length = 0;
    const again = new SyncEngine({
      api: server.api,
      cache,
      clock,
      resources: RESOURCES,
      onStatus: () => undefined,
      onData: () => undefined,
    });
    await again.start();
    await again.syncNow();
    expect(server.requests.filter((path) => path.startsWith('/v1/invoices'))).toEqual([]);
    await expect(again.read('invoices')).rejects.toMatchObject({ status: 403 });
  });
});

describe('sync engine: an item the server deleted', () => {
  // what the app keeps of an item besides its detail (an invoice's PDF) must go with it, or it
  // stays on disk for good: after a restart nothing names it any more
  async function withPdfOfA() {
    const context = setup();
    await context.engine.start();
    await context.engine.syncNow();
    await context.engine.loadItem('invoices', 'a');
    await context.cache.putBlob('pdf:a', new Uint8Array([1]));
    context.server.setInvoices([{ id: 'b', n: 2 }]);
    return context;
  }

  async function restarted(context: ReturnType<typeof setup>): Promise<string[]> {
    context.engine.stop();
    const again = new SyncEngine({
      api: context.server.api,
      cache: context.cache,
      clock,
      resources: RESOURCES,
      onStatus: () => undefined,
      onData: () => undefined,
    });
    await again.start();
    await again.syncNow();
    return context.cache.names();
  }

  it('drops its detail and extras when the change log names the delete', async () => {
    const context = await withPdfOfA();
    context.server.log('invoices', 'a', 'delete');
    await context.engine.syncNow();
    const names = await restarted(context);
    expect(names).not.toContain('invoice:a');
    expect(names).not.toContain('pdf:a');
  });

  it('drops them when its fetch answers 404', async () => {
    const context = await withPdfOfA();
    context.server.log('invoices', 'a');
    await context.engine.syncNow();
    const names = await restarted(context);
    expect(names).not.toContain('invoice:a');
    expect(names).not.toContain('pdf:a');
  });

  it('drops them when the whole list is fetched again without it', async () => {
    const context = await withPdfOfA();
    await context.engine.refresh(['invoices']);
    const names = await restarted(context);
    expect(names).not.toContain('invoice:a');
    expect(names).not.toContain('pdf:a');
  });

  it('drops them when a write deleted it', async () => {
    const context = await withPdfOfA();
    await context.engine.refreshItem('invoices', 'a', true);
    const names = await restarted(context);
    expect(names).not.toContain('invoice:a');
    expect(names).not.toContain('pdf:a');
  });
});

describe('sync engine: refreshing one item after a write', () => {
  it('patches a changed item into the list and drops a deleted one', async () => {
    const { server, engine } = setup();
    await engine.start();
    await engine.syncNow();
    server.setInvoices([
      { id: 'a', n: 10 },
      { id: 'c', n: 3 },
    ]);
    await engine.refreshItem('invoices', 'c');
    await engine.refreshItem('invoices', 'a');
    await engine.refreshItem('invoices', 'b', true);
    expect((await engine.read<Row[]>('invoices'))?.data).toEqual([
      { id: 'a', n: 10 },
      { id: 'c', n: 3 },
    ]);
  });
});

async function until(probe: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('condition not met');
}

describe('sync engine: syncing now', () => {
  it('runs a fresh pass after one already under way, so a change made meanwhile is seen', async () => {
    const { server, engine } = setup();
    await engine.start();
    await engine.syncNow();
    const changesAsked = () => server.requests.filter((p) => p === '/v1/changes').length;
    const before = changesAsked();
    // a pass starts (e.g. the live stream poked it), then the person asks to sync now
    const first = engine.syncNow();
    const second = engine.syncNow();
    const third = engine.syncNow();
    await Promise.all([first, second, third]);
    // the running pass plus exactly one after it, shared by both later callers
    expect(changesAsked() - before).toBe(2);
  });
});

describe('sync engine: a pass cut short', () => {
  it('still remembers when data last came from the server, also after a restart', async () => {
    const { server, cache, engine } = setup();
    // the network drops after the first resource of the first pass (its batch fails already)
    const request = server.api.request.bind(server.api);
    let answered = 0;
    server.api.request = (options) =>
      options.path === '/v1/changes' || (options.path !== '/v1/batch' && answered++ < 1)
        ? request(options)
        : Promise.reject(new ApiError(0, 'offline'));
    await engine.start();
    const status = await engine.syncNow();
    expect(status.online).toBe(false);
    expect(status.lastSyncedAt).toBe(new Date(clock.now()).toISOString());

    const again = new SyncEngine({
      api: server.api,
      cache,
      clock,
      resources: RESOURCES,
      onStatus: () => undefined,
      onData: () => undefined,
      onError: () => undefined,
    });
    await again.start();
    expect(again.current.lastSyncedAt).toBe(status.lastSyncedAt);
  });
});

describe('sync engine: the poll pause', () => {
  it('asks a pause given as a function again before every poll (the setting can change)', async () => {
    const server = scriptedServer();
    const pauses: number[] = [];
    let interval = 60_000;
    const engine = new SyncEngine({
      api: server.api,
      cache: memoryCache(),
      clock: { ...clock, setTimeout: (_fn, ms) => pauses.push(ms) },
      resources: RESOURCES,
      onStatus: () => undefined,
      onData: () => undefined,
      pollMs: () => interval,
    });
    await engine.start();
    await engine.syncNow();
    expect(new Set(pauses)).toEqual(new Set([60_000]));
    interval = 300_000;
    await engine.syncNow();
    expect(pauses.at(-1)).toBe(300_000);
  });
});

describe('sync engine: what readers of a large list rely on', () => {
  it('changes a resource revision when its list is written, not when nothing arrived', async () => {
    const { server, engine } = setup();
    await engine.start();
    await engine.syncNow();
    const first = engine.revision('invoices');
    expect(first).toBeGreaterThan(0);
    // a pass with nothing in the log leaves the list alone
    await engine.syncNow();
    expect(engine.revision('invoices')).toBe(first);
    server.setInvoices([
      { id: 'a', n: 5 },
      { id: 'b', n: 2 },
    ]);
    await engine.refreshItem('invoices', 'a');
    expect(engine.revision('invoices')).toBeGreaterThan(first);
  });

  it('drops an item whose fetch the resource names as gone, and the pass goes on', async () => {
    const resources = RESOURCES.map((resource) =>
      resource.kind === 'collection'
        ? { ...resource, goneWhen: (error: ApiError) => error.code === 'moved_elsewhere' }
        : resource,
    );
    const { server, engine, errors } = setup(resources);
    const request = server.api.request.bind(server.api);
    server.api.request = (options) =>
      options.path === '/v1/invoices/b'
        ? Promise.reject(new ApiError(409, 'moved_elsewhere'))
        : request(options);
    await engine.start();
    await engine.syncNow();
    server.log('invoices', 'b');
    const status = await engine.syncNow();
    expect(errors).toEqual([]);
    expect(status.online).toBe(true);
    expect((await engine.read<Row[]>('invoices'))?.data.map((r) => r.id)).toEqual(['a']);
  });
});

describe('a live change event the sync already covered', () => {
  it('reads as reached only at the cursor the last pass read the log to', async () => {
    const { server, engine } = setup();
    await engine.start();
    await engine.syncNow();
    server.log('invoices', 'a');
    // the event of that change arrives while a pass is under way: it waits for the pass
    const pass = engine.syncNow();
    const reached = engine.hasReached('1');
    await pass;
    expect(await reached).toBe(true);
    // a later change is not covered until a pass reads it
    server.log('invoices', 'b');
    server.log('invoices', 'a');
    expect(await engine.hasReached('2')).toBe(false);
    await engine.syncNow();
    expect(await engine.hasReached('2')).toBe(true);
    engine.stop();
    expect(await engine.hasReached('2')).toBe(false);
  });
});

describe('a stop that overtakes the start', () => {
  it('stays stopped: no pass asks the server (signed out while the sign-in was finishing)', async () => {
    const { server, engine } = setup();
    const starting = engine.start();
    engine.stop();
    await starting;
    expect(await engine.syncNow()).toMatchObject({ syncing: false, lastSyncedAt: null });
    expect(server.requests).toEqual([]);
  });
});
