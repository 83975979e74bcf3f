/**
 * GET /v1/events: the customer's change log as server-sent events. Each stream first sends
 * what it missed since its Last-Event-ID (a change cursor, as GET /v1/changes hands out), then
 * follows new entries. One poller per server watches the change log (writes also come from
 * the CLI, another process), waking the streams whose customer has new entries.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerResponse } from 'node:http';
import type { AuthInfo } from '../auth/auth-info';
import { effectiveRights } from '../auth/rights';
import { decodeCursor, encodeCursor, type ChangeOp } from '../changes/changes';
import { visibleResourcesSql } from '../changes/resource-rights';
import type { Db } from '../db';
import type { ChangeEvent } from '../../../src/shared/support/types';

export const HEARTBEAT_MS = 15_000;
export const POLL_MS = 200;
export const RETRY_MS = 3000;
const BATCH = 500;

interface Stream {
  customerId: number;
  sessionId: string;
  /** the last seq sent (or skipped as another customer's) */
  since: number;
  res: ServerResponse;
}

function latestSeq(db: Db): number {
  return (db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM changes').get() as { seq: number })
    .seq;
}

function frame(event: string, id: string | null, data: unknown): string {
  return `${id === null ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export class EventHub {
  private readonly streams = new Set<Stream>();
  private timer: NodeJS.Timeout | null = null;
  private seen = 0;

  constructor(
    private readonly db: Db,
    private readonly instanceId: string,
    /** how long one stream may stay open (the access token's lifetime) */
    private readonly maxOpenMs: number,
  ) {}

  /** Takes over the reply and streams until the client goes, the session ends or the server. */
  open(request: FastifyRequest, reply: FastifyReply, auth: AuthInfo, given?: string): void {
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write(`retry: ${RETRY_MS}\n\n`);

    const latest = latestSeq(this.db);
    let since = given === undefined ? null : decodeCursor(this.instanceId, given);
    if (since === null || since > latest) {
      // as `reset: true` of GET /v1/changes: refetch, then follow from here
      since = latest;
      const cursor = encodeCursor(this.instanceId, latest);
      res.write(frame('reset', cursor, { cursor }));
    }
    const stream: Stream = { customerId: auth.customerId, sessionId: auth.sessionId, since, res };
    this.flush(stream, latest);
    const cursor = encodeCursor(this.instanceId, stream.since);
    res.write(frame('ready', cursor, { cursor }));

    this.streams.add(stream);
    this.seen = Math.max(this.seen, latest);
    this.ensurePolling();
    const heartbeat = setInterval(() => {
      if (this.sessionEnded(stream)) res.end();
      else res.write(': heartbeat\n\n');
    }, HEARTBEAT_MS);
    // a stream outlives no token: the client reconnects with a fresh one
    const lifetime = setTimeout(() => res.end(), this.maxOpenMs);
    const close = () => {
      clearInterval(heartbeat);
      clearTimeout(lifetime);
      this.streams.delete(stream);
      if (this.streams.size === 0) this.stopPolling();
    };
    request.raw.on('close', close);
    res.on('close', close);
  }

  /** Checks the change log now (in-process writes call it; the poller covers the CLI's). */
  wake(): void {
    if (this.streams.size === 0) return;
    const latest = latestSeq(this.db);
    if (latest <= this.seen) return;
    this.seen = latest;
    for (const stream of this.streams) this.flush(stream, latest);
  }

  /**
   * Ends the streams of sessions ended meanwhile (another device, a password change, the CLI),
   * so their apps notice at once: reconnecting, they hear 401 and learn why at the refresh.
   */
  endRevoked(): void {
    if (this.streams.size === 0) return;
    const ids = [...new Set([...this.streams].map((stream) => stream.sessionId))];
    const revoked = new Set(
      (
        this.db
          .prepare(
            `SELECT id FROM sessions WHERE revoked_at IS NOT NULL AND id IN (${ids.map(() => '?').join(', ')})`,
          )
          .all(...ids) as { id: string }[]
      ).map((row) => row.id),
    );
    for (const stream of this.streams) if (revoked.has(stream.sessionId)) stream.res.end();
  }

  private sessionEnded(stream: Stream): boolean {
    const row = this.db
      .prepare('SELECT revoked_at FROM sessions WHERE id = ?')
      .get(stream.sessionId) as { revoked_at: number | null } | undefined;
    return !row || row.revoked_at !== null;
  }

  /** The rights of the stream's user now: an owner may take one away while it is open. */
  private rightsOf(stream: Stream): string[] {
    const row = this.db
      .prepare(
        `SELECT m.owner, m.rights FROM sessions s
         JOIN memberships m ON m.user_id = s.user_id AND m.customer_id = ?
         WHERE s.id = ?`,
      )
      .get(stream.customerId, stream.sessionId) as { owner: number; rights: string } | undefined;
    return row ? effectiveRights(row.owner === 1, row.rights) : [];
  }

  /** Sends the stream's changes after `since` up to `latest` that its user may see. */
  private flush(stream: Stream, latest: number): void {
    // a stream endRevoked just ended stays in the set until its 'close' event
    if (stream.res.writableEnded) return;
    const visible = visibleResourcesSql(this.rightsOf(stream));
    const select = this.db.prepare(
      `SELECT seq, resource, resource_id, op FROM changes
       WHERE customer_id = ? AND seq > ? AND seq <= ? AND ${visible.sql} ORDER BY seq LIMIT ?`,
    );
    for (;;) {
      const rows = select.all(stream.customerId, stream.since, latest, ...visible.args, BATCH) as {
        seq: number;
        resource: string;
        resource_id: string;
        op: ChangeOp;
      }[];
      for (const r of rows) {
        const cursor = encodeCursor(this.instanceId, r.seq);
        const data: ChangeEvent = { resource: r.resource, id: r.resource_id, op: r.op, cursor };
        stream.res.write(frame('change', cursor, data));
        stream.since = r.seq;
      }
      if (rows.length < BATCH) break;
    }
    // the other customers' entries up to `latest` are passed too
    stream.since = Math.max(stream.since, latest);
  }

  private ensurePolling(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.endRevoked();
      this.wake();
    }, POLL_MS);
    this.timer.unref();
  }

  private stopPolling(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
