import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuthInfo } from './auth/auth-info';
import { openDb, type Db } from './db';
import { idempotencyTestHooks, idempotent, idempotentAsync, RUN_TOKEN } from './idempotency';
import { installProblemHandlers } from './problem';

const AUTH = { userId: 1, customerId: 1 } as AuthInfo;

let dir: string;
let db: Db;
let app: FastifyInstance;
let writes: string[];

function post(url: string, body: unknown, key?: string) {
  return app.inject({
    method: 'POST',
    url,
    payload: body as Record<string, unknown>,
    headers: key ? { 'idempotency-key': key } : {},
  });
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kc-idem-'));
  db = openDb(dir);
  db.pragma('foreign_keys = OFF');
  writes = [];
  app = Fastify();
  app.decorateRequest('auth', null);
  installProblemHandlers(app);
  app.addHook('preHandler', (request, _reply, done) => {
    request.auth = AUTH;
    done();
  });
  app.post<{ Body: { text: string; fail?: boolean } }>('/async', (request, reply) =>
    idempotentAsync(db, request, reply, 'op', Date.now(), () =>
      Promise.resolve(() => {
        if (request.body.fail) throw new Error('write failed');
        writes.push(request.body.text);
        return { status: 201, body: { n: writes.length, text: request.body.text } };
      }),
    ),
  );
  app.post<{ Body: { text: string } }>('/sync', (request, reply) =>
    idempotent(db, request, reply, 'syncOp', Date.now(), () => {
      writes.push(request.body.text);
      return { status: 201, body: { n: writes.length } };
    }),
  );
});

afterEach(async () => {
  idempotencyTestHooks.whileRunning = null;
  await app.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('idempotentAsync', () => {
  it('replays the first answer for the same key and body, and writes once', async () => {
    const first = await post('/async', { text: 'hallo' }, 'k1');
    const again = await post('/async', { text: 'hallo' }, 'k1');
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(writes).toEqual(['hallo']);
  });

  it('refuses the same key with another body (422)', async () => {
    await post('/async', { text: 'a' }, 'k2');
    const other = await post('/async', { text: 'b' }, 'k2');
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ code: 'idempotency_key_reused' });
    expect(writes).toEqual(['a']);
  });

  it('answers 409 while the first request with the key still runs', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    idempotencyTestHooks.whileRunning = async () => {
      entered();
      await gate;
    };
    const first = post('/async', { text: 'x' }, 'k3');
    await inside;
    idempotencyTestHooks.whileRunning = null;
    const second = await post('/async', { text: 'x' }, 'k3');
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'idempotency_in_progress' });
    expect(second.headers['retry-after']).toBe('1');
    release();
    expect((await first).statusCode).toBe(201);
    const third = await post('/async', { text: 'x' }, 'k3');
    expect(third.json()).toEqual({ n: 1, text: 'x' });
    expect(writes).toEqual(['x']);
  });

  it('frees the key after a failure, so the corrected request can use it', async () => {
    const failed = await post('/async', { text: 'y', fail: true }, 'k4');
    expect(failed.statusCode).toBe(500);
    const fixed = await post('/async', { text: 'y' }, 'k4');
    expect(fixed.statusCode).toBe(201);
    expect(writes).toEqual(['y']);
  });

  it('takes over a claim left by a process that ended without writing', async () => {
    db.prepare(
      `INSERT INTO idempotent_responses (user_id, operation, key, fingerprint, status, body,
       created_at, owner) VALUES (1, 'op', 'k5', 'whatever', 0, NULL, ?, 'deadbeef')`,
    ).run(Date.now());
    expect(RUN_TOKEN).not.toBe('deadbeef');
    const res = await post('/async', { text: 'z' }, 'k5');
    expect(res.statusCode).toBe(201);
    expect(writes).toEqual(['z']);
  });

  it('writes each time without a key', async () => {
    await post('/async', { text: 'a' });
    await post('/async', { text: 'a' });
    expect(writes).toEqual(['a', 'a']);
  });
});

describe('idempotent (synchronous writes, as billing uses it)', () => {
  it('replays the first answer and refuses another body', async () => {
    const first = await post('/sync', { text: 'a' }, 's1');
    const again = await post('/sync', { text: 'a' }, 's1');
    const other = await post('/sync', { text: 'b' }, 's1');
    expect(again.json()).toEqual(first.json());
    expect(other.statusCode).toBe(422);
    expect(writes).toEqual(['a']);
  });

  it('keeps keys apart per operation', async () => {
    await post('/sync', { text: 'a' }, 'same');
    await post('/async', { text: 'a' }, 'same');
    expect(writes).toEqual(['a', 'a']);
  });
});
