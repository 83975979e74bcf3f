/**
 * Idempotency-Key for writes that must not happen twice: the client resends a write with the
 * same key when it did not get the answer (a dropped connection); the server then answers what
 * it answered the first time instead of acting again. Only successes are kept (an error may be
 * fixed and retried with the same key), for 24 hours, per user and operation. The same key with
 * a different request is refused (422 `idempotency_key_reused`).
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { getAuth } from './auth/bearer';
import type { Db } from './db';
import { ApiError } from './problem';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface Answer<T> {
  status: number;
  /** undefined: no body (204) */
  body: T | undefined;
}

interface Row {
  fingerprint: string;
  status: number;
  body: string | null;
}

function fingerprintOf(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

function send<T>(reply: FastifyReply, answer: Answer<T>): T | FastifyReply {
  reply.code(answer.status);
  return answer.body === undefined ? reply.send() : answer.body;
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
  const header = request.headers['idempotency-key'];
  const key = typeof header === 'string' && header !== '' ? header : null;
  if (key === null) return send(reply, run());
  const userId = getAuth(request).userId;
  const fingerprint = fingerprintOf(request);
  const answer = db
    .transaction((): Answer<T> => {
      db.prepare('DELETE FROM idempotent_responses WHERE created_at < ?').run(
        now - IDEMPOTENCY_TTL_MS,
      );
      const row = db
        .prepare(
          `SELECT fingerprint, status, body FROM idempotent_responses
         WHERE user_id = ? AND operation = ? AND key = ?`,
        )
        .get(userId, operation, key) as Row | undefined;
      if (row) {
        if (row.fingerprint !== fingerprint) {
          throw new ApiError(422, 'idempotency_key_reused', {
            detail: 'This Idempotency-Key was used for a different request.',
          });
        }
        return {
          status: row.status,
          body: row.body === null ? undefined : (JSON.parse(row.body) as T),
        };
      }
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
      return fresh;
    })
    .immediate();
  return send(reply, answer);
}
