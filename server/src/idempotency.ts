/**
 * Idempotency-Key for writes that must not happen twice (IETF draft "The Idempotency-Key HTTP
 * Header Field"): the client resends a write with the same key when it did not get the answer
 * (a dropped connection); the server then answers what it answered the first time (same
 * status and body, `Idempotent-Replayed: true`) instead of acting again. Only successes are
 * kept (an error may be fixed and retried with the same key), for 24 hours, per user and
 * operation. The same key with a different request is refused (422 `idempotency_key_reused`);
 * while the first request with the key still runs, another is refused (409
 * `idempotency_in_progress`, `Retry-After`).
 *
 * Two forms: `idempotent` runs a synchronous write in the same transaction as the
 * bookkeeping (nothing can overlap it); `idempotentAsync` first claims the key (a pending row),
 * awaits the preparation, then stores the write and its answer in one transaction, so a
 * process that dies in between has written nothing and its claim is taken over.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { getAuth } from './auth/bearer';
import type { Db } from './db';
import { ApiError } from './problem';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** A claim older than this is taken to be abandoned (a stuck request), and taken over. */
export const IDEMPOTENCY_PENDING_MS = 5 * 60 * 1000;
/** This process; a pending claim of another run token was left by a process that ended. */
export const RUN_TOKEN = randomBytes(8).toString('hex');
/** `status` of a claimed key whose first request still runs */
const PENDING = 0;

/** For tests: awaited after a key is claimed, before the write is prepared. */
export const idempotencyTestHooks: {
  whileRunning: ((operation: string, key: string) => Promise<void>) | null;
} = { whileRunning: null };

export interface Answer<T> {
  status: number;
  /** undefined: no body (204) */
  body: T | undefined;
}

interface Row {
  fingerprint: string;
  status: number;
  body: string | null;
  owner: string | null;
  created_at: number;
}

function fingerprintOf(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

function keyOf(request: FastifyRequest): string | null {
  const header = request.headers['idempotency-key'];
  return typeof header === 'string' && header !== '' ? header : null;
}

function send<T>(reply: FastifyReply, answer: Answer<T>, replayed = false): T | FastifyReply {
  reply.code(answer.status);
  if (replayed) reply.header('Idempotent-Replayed', 'true');
  return answer.body === undefined ? reply.send() : answer.body;
}

function reused(): ApiError {
  return new ApiError(422, 'idempotency_key_reused', {
    detail: 'This Idempotency-Key was used for a different request.',
  });
}

function inProgress(): ApiError {
  return new ApiError(409, 'idempotency_in_progress', {
    detail: 'A request with this Idempotency-Key is still being processed.',
    retryAfter: 1,
  });
}

/** The key's row, after dropping expired ones. */
function findRow(
  db: Db,
  userId: number,
  operation: string,
  key: string,
  now: number,
): Row | undefined {
  db.prepare('DELETE FROM idempotent_responses WHERE created_at < ?').run(now - IDEMPOTENCY_TTL_MS);
  return db
    .prepare(
      `SELECT fingerprint, status, body, owner, created_at FROM idempotent_responses
       WHERE user_id = ? AND operation = ? AND key = ?`,
    )
    .get(userId, operation, key) as Row | undefined;
}

function replayOf<T>(row: Row): Answer<T> {
  return { status: row.status, body: row.body === null ? undefined : (JSON.parse(row.body) as T) };
}

/**
 * Runs the write once per Idempotency-Key. `run` must be synchronous (it runs in the same
 * transaction as the bookkeeping, so two parallel resends cannot both act).
 */
export function idempotent<T>(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  operation: string,
  now: number,
  run: () => Answer<T>,
): T | FastifyReply {
  const key = keyOf(request);
  if (key === null) return send(reply, run());
  const userId = getAuth(request).userId;
  const fingerprint = fingerprintOf(request);
  const { answer, replayed } = db
    .transaction(() => {
      const row = findRow(db, userId, operation, key, now);
      if (row && row.status !== PENDING) {
        if (row.fingerprint !== fingerprint) throw reused();
        return { answer: replayOf<T>(row), replayed: true };
      }
      // a pending row here was left by an idempotentAsync of the same operation name
      if (row) throw inProgress();
      const fresh = run();
      db.prepare(
        `INSERT INTO idempotent_responses (user_id, operation, key, fingerprint, status, body,
         created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        userId,
        operation,
        key,
        fingerprint,
        fresh.status,
        fresh.body === undefined ? null : JSON.stringify(fresh.body),
        now,
      );
      return { answer: fresh, replayed: false };
    })
    .immediate();
  return send(reply, answer, replayed);
}

/**
 * Runs the write once per Idempotency-Key, for writes that await something first. `prepare`
 * may be asynchronous (checks, files) and returns the synchronous write, which runs in one
 * transaction with storing its answer. While it runs, the same key is answered 409.
 */
export async function idempotentAsync<T>(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  operation: string,
  now: number,
  prepare: () => Promise<() => Answer<T>>,
): Promise<T | FastifyReply> {
  const key = keyOf(request);
  if (key === null) {
    const write = await prepare();
    return send(reply, db.transaction(write).immediate());
  }
  const userId = getAuth(request).userId;
  const fingerprint = fingerprintOf(request);
  const where = 'user_id = ? AND operation = ? AND key = ?';

  const claim = db
    .transaction((): Answer<T> | 'claimed' => {
      const row = findRow(db, userId, operation, key, now);
      if (row?.status === PENDING) {
        const live = row.owner === RUN_TOKEN && row.created_at > now - IDEMPOTENCY_PENDING_MS;
        if (live) {
          if (row.fingerprint !== fingerprint) throw reused();
          throw inProgress();
        }
        // abandoned: its process ended before writing anything; this request takes over
        db.prepare(
          `UPDATE idempotent_responses SET fingerprint = ?, owner = ?, created_at = ?
           WHERE ${where}`,
        ).run(fingerprint, RUN_TOKEN, now, userId, operation, key);
        return 'claimed';
      }
      if (row) {
        if (row.fingerprint !== fingerprint) throw reused();
        return replayOf<T>(row);
      }
      db.prepare(
        `INSERT INTO idempotent_responses (user_id, operation, key, fingerprint, status, body,
         created_at, owner) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`,
      ).run(userId, operation, key, fingerprint, PENDING, now, RUN_TOKEN);
      return 'claimed';
    })
    .immediate();
  if (claim !== 'claimed') return send(reply, claim, true);

  const ours = `${where} AND status = ${PENDING} AND owner = ? AND created_at = ?`;
  const ourKey = [userId, operation, key, RUN_TOKEN, now] as const;
  try {
    await idempotencyTestHooks.whileRunning?.(operation, key);
    const write = await prepare();
    const answer = db
      .transaction((): Answer<T> => {
        // taken over meanwhile (stuck longer than IDEMPOTENCY_PENDING_MS): do not act twice
        if (!db.prepare(`SELECT 1 FROM idempotent_responses WHERE ${ours}`).get(...ourKey)) {
          throw inProgress();
        }
        const fresh = write();
        db.prepare(
          `UPDATE idempotent_responses SET status = ?, body = ?, owner = NULL WHERE ${ours}`,
        ).run(
          fresh.status,
          fresh.body === undefined ? null : JSON.stringify(fresh.body),
          ...ourKey,
        );
        return fresh;
      })
      .immediate();
    return send(reply, answer);
  } catch (err) {
    // only successes are kept: the key is free again for a corrected request
    db.prepare(`DELETE FROM idempotent_responses WHERE ${ours}`).run(...ourKey);
    throw err;
  }
}
