import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/app';
import { expectProblem, startTestServer, tempDir, type TestServer } from './helpers';

let s: TestServer;
beforeAll(async () => {
  // no demo data needed: nothing here signs in
  s = await startTestServer({ sandbox: false, seedDemo: false });
});
afterAll(() => s.stop());

describe('without sandbox', () => {
  it('does not register the sandbox routes', async () => {
    expectProblem(await s.call('GET', '/v1/sandbox/outbox'), 404, 'not_found');
    expectProblem(await s.call('GET', '/v1/sandbox/totp?email=a@b.c'), 404, 'not_found');
    expectProblem(
      await s.call('POST', '/v1/sandbox/account', { email: 'a@b.c', patch: { company: 'X' } }),
      404,
      'not_found',
    );
    expect((await s.call('GET', '/v1/health')).status).toBe(200);
  });

  it('refuses to run the sandbox on a non-loopback address', async () => {
    await expect(
      startServer({ dataDir: tempDir(), host: '0.0.0.0', seedDemo: false }),
    ).rejects.toThrow(/loopback/);
    await expect(
      startServer({ dataDir: tempDir(), host: '0.0.0.0', sandbox: false, seedDemo: false }),
    ).rejects.toThrow(/plain HTTP/);
  });
});
