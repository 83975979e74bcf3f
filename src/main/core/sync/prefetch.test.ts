// The reads of a pass in one batch: after the change log, one round trip for what it names;
// a server without the batch, or a read the batch could not answer, costs a request of its own.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { RESOURCES, setup } from './testing-sync';

async function synced() {
  const context = setup();
  await context.engine.start();
  await context.engine.syncNow();
  context.server.requests.length = 0;
  return context;
}

describe('sync engine: the reads of a pass in one batch', () => {
  it('reads what the change log names in one round trip after it', async () => {
    const { server, engine } = await synced();
    server.setInvoices([
      { id: 'a', n: 10 },
      { id: 'b', n: 2 },
      { id: 'c', n: 3 },
    ]);
    server.log('invoices', 'a');
    server.log('invoices', 'c');
    server.log('statement', 'K-1');
    await engine.syncNow();
    expect(server.requests).toEqual(['/v1/changes', '/v1/batch']);
    expect((await engine.read<{ id: string; n: number }[]>('invoices'))?.data).toEqual([
      { id: 'a', n: 10 },
      { id: 'b', n: 2 },
      { id: 'c', n: 3 },
    ]);
    expect((await engine.readItem('invoices', 'c'))?.data).toEqual({ id: 'c', n: 3 });
  });

  it('asks one change alone, without a batch', async () => {
    const { server, engine } = await synced();
    server.log('invoices', 'b');
    await engine.syncNow();
    expect(server.requests).toEqual(['/v1/changes', '/v1/invoices/b']);
  });

  it('reads a pass of more than two batches item by item, as before', async () => {
    // a list page of 100: up to 100 named items are read one by one rather than the list whole
    const resources = RESOURCES.map((r) => (r.kind === 'collection' ? { ...r, pageSize: 100 } : r));
    const { server, engine } = setup(resources);
    await engine.start();
    await engine.syncNow();
    const rows = Array.from({ length: 41 }, (_, i) => ({ id: `r${i}`, n: i }));
    server.setInvoices(rows);
    for (const row of rows) server.log('invoices', row.id);
    server.requests.length = 0;
    await engine.syncNow();
    expect(server.requests).not.toContain('/v1/batch');
    expect(server.requests).toHaveLength(42);
    expect((await engine.readItem('invoices', 'r40'))?.data).toEqual({ id: 'r40', n: 40 });
  });

  it('reads each alone where the server has no batch, and does not ask for one again', async () => {
    const { server, engine } = await synced();
    const request = server.api.request.bind(server.api);
    // an older server: no such route
    server.api.request = (options) => {
      if (options.path !== '/v1/batch') return request(options);
      server.requests.push(options.path);
      return Promise.reject(new ApiError(404, 'not_found'));
    };
    for (let pass = 0; pass < 2; pass++) {
      server.log('invoices', 'a');
      server.log('invoices', 'b');
      await engine.syncNow();
    }
    expect(server.requests).toEqual([
      '/v1/changes',
      '/v1/batch',
      '/v1/invoices/a',
      '/v1/invoices/b',
      '/v1/changes',
      '/v1/invoices/a',
      '/v1/invoices/b',
    ]);
  });

  it('takes a refusal from the batch as the read alone would have met it', async () => {
    const { server, engine, data } = await synced();
    server.refused.add('/v1/billing/statement');
    server.log('invoices', 'a');
    server.log('statement', 'K-1');
    await engine.syncNow();
    expect(server.requests).toEqual(['/v1/changes', '/v1/batch']);
    expect(engine.refusal('statement')).toEqual({ code: 'forbidden', right: 'invoices' });
    expect(data).toContain('statement');
  });
});
