/**
 * The per-customer change log behind GET /v1/changes. Every write that a client caches
 * records a change here (recordChange), so clients sync by cursor instead of refetching.
 * Each user reads only the entries their rights allow (resource-rights.ts).
 */
import type { Db } from '../db';
import { visibleResourcesSql, type ChangeResource } from './resource-rights';

export type ChangeOp = 'upsert' | 'delete';

export interface Change {
  seq: number;
  resource: string;
  id: string;
  op: ChangeOp;
}

export interface ChangesPage {
  cursor: string;
  changes: Change[];
  hasMore: boolean;
  reset: boolean;
}

export function recordChange(
  db: Db,
  customerId: number,
  resource: ChangeResource,
  id: string,
  op: ChangeOp,
  at: number = Date.now(),
): number {
  const info = db
    .prepare(
      'INSERT INTO changes (customer_id, resource, resource_id, op, at) VALUES (?, ?, ?, ?, ?)',
    )
    .run(customerId, resource, id, op, at);
  return Number(info.lastInsertRowid);
}

// Cursor: `v1.<database instance id>.<seq>`. Opaque to clients.
export function encodeCursor(instanceId: string, seq: number): string {
  return `v1.${instanceId}.${seq}`;
}

export function decodeCursor(instanceId: string, cursor: string): number | null {
  const match = /^v1\.([A-Za-z0-9]+)\.(\d{1,15})$/.exec(cursor);
  if (!match || match[1] !== instanceId) return null;
  return Number(match[2]);
}

function latestSeq(db: Db): number {
  const row = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM changes').get() as {
    seq: number;
  };
  return row.seq;
}

export function listChanges(
  db: Db,
  instanceId: string,
  customerId: number,
  rights: readonly string[],
  cursor: string | undefined,
  limit: number,
): ChangesPage {
  const latest = latestSeq(db);
  const since = cursor === undefined ? null : decodeCursor(instanceId, cursor);
  if (since === null || since > latest) {
    return { cursor: encodeCursor(instanceId, latest), changes: [], hasMore: false, reset: true };
  }
  const visible = visibleResourcesSql(rights);
  const rows = db
    .prepare(
      `SELECT seq, resource, resource_id, op FROM changes
       WHERE customer_id = ? AND seq > ? AND seq <= ? AND ${visible.sql} ORDER BY seq LIMIT ?`,
    )
    .all(customerId, since, latest, ...visible.args, limit + 1) as {
    seq: number;
    resource: string;
    resource_id: string;
    op: ChangeOp;
  }[];
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    // without more, everything up to `latest` has been seen: the cursor jumps there
    cursor: encodeCursor(instanceId, hasMore && last ? last.seq : latest),
    changes: page.map((r) => ({ seq: r.seq, resource: r.resource, id: r.resource_id, op: r.op })),
    hasMore,
    reset: false,
  };
}
