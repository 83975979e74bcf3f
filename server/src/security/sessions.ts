/** "Angemeldete Geräte": the user's live sessions, and ending them. */
import type { Db } from '../db';
import { ApiError } from '../problem';
import { revokeOtherSessions, revokeSession } from '../auth/tokens';

export interface SessionInfo {
  id: string;
  deviceName: string | null;
  createdAt: string;
  lastUsedAt: string;
  current: boolean;
}

interface SessionRow {
  id: string;
  device_name: string | null;
  created_at: number;
  last_used_at: number | null;
}

/** Not revoked, and still holding a refresh token that can be used (else it has lapsed). */
const LIVE = `s.user_id = ? AND s.revoked_at IS NULL AND EXISTS (
  SELECT 1 FROM refresh_tokens r
  WHERE r.session_id = s.id AND r.used_at IS NULL AND r.expires_at > ?)`;

export function listSessions(
  db: Db,
  userId: number,
  currentId: string,
  now: number,
): SessionInfo[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.device_name, s.created_at, s.last_used_at FROM sessions s WHERE ${LIVE}
       ORDER BY (s.id = ?) DESC, COALESCE(s.last_used_at, s.created_at) DESC, s.id`,
    )
    .all(userId, now, currentId) as SessionRow[];
  return rows.map((row) => ({
    id: row.id,
    deviceName: row.device_name,
    createdAt: new Date(row.created_at).toISOString(),
    lastUsedAt: new Date(row.last_used_at ?? row.created_at).toISOString(),
    current: row.id === currentId,
  }));
}

/** Ends one live session of the user; 404 for anything else (another user's id included). */
export function endSession(db: Db, userId: number, sessionId: string, now: number): void {
  const row = db
    .prepare(`SELECT s.id FROM sessions s WHERE s.id = ? AND ${LIVE}`)
    .get(sessionId, userId, now);
  if (!row) throw new ApiError(404, 'not_found', { detail: 'No such session of yours.' });
  revokeSession(db, sessionId, 'ended_elsewhere', now);
}

/**
 * Ends every other session of the user (lapsed ones too, so none can come back); answers how
 * many of them were live, which is what the person saw in the list.
 */
export function endOtherSessions(
  db: Db,
  userId: number,
  currentId: string,
  now: number,
  reason: 'ended_elsewhere' | 'password_changed' = 'ended_elsewhere',
): number {
  return db.transaction(() => {
    const live = db
      .prepare(`SELECT COUNT(*) AS n FROM sessions s WHERE ${LIVE} AND s.id <> ?`)
      .get(userId, now, currentId) as { n: number };
    revokeOtherSessions(db, userId, currentId, reason, now);
    return live.n;
  })();
}
