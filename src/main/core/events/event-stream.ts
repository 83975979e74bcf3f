/**
 * The live event stream (`GET /v1/events`, server-sent events): every change of the customer
 * arrives the moment it happens, so the sync engine can fetch it at once instead of at the next
 * poll. Events are only nudges: what changed is still read through the change log, so a lost
 * event costs a delay, never data. Resumes with `Last-Event-ID`; when the stream cannot be
 * had (offline, server down, refused) it is tried again with growing, jittered pauses while
 * the sync engine's polling carries on. A stream silent for longer than three heartbeats is
 * taken for dead (a half-open connection after sleep) and opened anew.
 */
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { ChangeEvent } from '../../../shared/support/types';
import type { Logger } from '../app-core-types';
import type { Clock } from '../ports';

export interface EventStreamOptions {
  apiUrl: string;
  /** the bearer token to open the stream with; null: none to be had now (try later) */
  token(): Promise<string | null>;
  /** the stream answered 401: the token is stale (the caller refreshes it through its client) */
  onUnauthorized(): Promise<void>;
  /** a change of the customer (resource, id, op, cursor) */
  onChange(change: ChangeEvent): void;
  /** the server starts over (unknown cursor) or has sent its backlog: the caller resyncs */
  onResync(): void;
  /** the stream opened (true) or broke (false) */
  onState?(open: boolean): void;
  clock: Clock;
  log?: Logger;
  /** first and largest pause between tries */
  retryMinMs?: number;
  retryMaxMs?: number;
  /** silence after which the connection is taken for dead (server heartbeat: 15 s) */
  idleMs?: number;
  random?: () => number;
  fetch?: typeof fetch;
}

export class EventStream {
  private running = false;
  private abort: AbortController | null = null;
  private timer: unknown = null;
  private watchdog: unknown = null;
  private delay: number;
  private lastEventId: string | null = null;
  private open = false;

  constructor(private readonly options: EventStreamOptions) {
    this.delay = options.retryMinMs ?? 1000;
  }

  get connected(): boolean {
    return this.open;
  }

  /** The cursor of the last event seen (sent back as Last-Event-ID on reconnect). */
  get cursor(): string | null {
    return this.lastEventId;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.delay = this.options.retryMinMs ?? 1000;
    void this.connect();
  }

  stop(): void {
    this.running = false;
    this.clear('timer');
    this.clear('watchdog');
    this.abort?.abort();
    this.abort = null;
    this.setOpen(false);
  }

  /** The network may be back: try at once instead of waiting out the pause. */
  retryNow(): void {
    if (!this.running || this.abort) return;
    this.clear('timer');
    this.delay = this.options.retryMinMs ?? 1000;
    void this.connect();
  }

  private async connect(): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    try {
      const token = await this.options.token();
      if (!token) throw new Error('no access token');
      if (abort.signal.aborted) return;
      const headers: Record<string, string> = {
        Accept: 'text/event-stream',
        Authorization: `Bearer ${token}`,
      };
      if (this.lastEventId) headers['Last-Event-ID'] = this.lastEventId;
      this.armWatchdog(abort);
      const response = await (this.options.fetch ?? fetch)(
        `${this.options.apiUrl.replace(/\/$/, '')}/v1/events`,
        { headers, signal: abort.signal, redirect: 'error' },
      );
      if (response.status === 401) {
        await response.body?.cancel();
        await this.options.onUnauthorized();
        throw new Error('stream refused: 401');
      }
      if (response.status !== 200 || !response.body) {
        await response.body?.cancel();
        throw new Error(`stream refused: ${response.status}`);
      }
      this.setOpen(true);
      const parser = createParser({
        onEvent: (message) => this.dispatch(message),
      });
      const decoder = new TextDecoder();
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        this.armWatchdog(abort);
        parser.feed(decoder.decode(chunk, { stream: true }));
      }
      // the server ended the stream (it stops, or restarts): come back after the least pause
      this.delay = this.options.retryMinMs ?? 1000;
    } catch (error) {
      if (this.running && !abort.signal.aborted) {
        this.options.log?.info('events: stream unavailable', { reason: String(error) });
      }
    } finally {
      this.clear('watchdog');
      if (this.abort === abort) this.abort = null;
      this.setOpen(false);
      this.retryLater();
    }
  }

  private dispatch(message: EventSourceMessage): void {
    // a good event: the stream works, the next break starts the pauses over
    this.delay = this.options.retryMinMs ?? 1000;
    if (message.id) this.lastEventId = message.id;
    if (message.event === 'change') {
      try {
        const change = JSON.parse(message.data) as ChangeEvent;
        if (typeof change.resource === 'string') this.options.onChange(change);
      } catch {
        this.options.log?.warn('events: unreadable change event');
      }
    } else if (message.event === 'reset' || message.event === 'ready') {
      this.options.onResync();
    }
  }

  private retryLater(): void {
    if (!this.running) return;
    const max = this.options.retryMaxMs ?? 60_000;
    // jittered so many clients do not come back in step after a server restart
    const wait = Math.round(this.delay * (0.5 + (this.options.random ?? Math.random)() / 2));
    this.delay = Math.min(this.delay * 2, max);
    this.clear('timer');
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = null;
      if (this.running && !this.abort) void this.connect();
    }, wait);
  }

  private armWatchdog(abort: AbortController): void {
    this.clear('watchdog');
    this.watchdog = this.options.clock.setTimeout(() => {
      this.watchdog = null;
      this.options.log?.info('events: stream silent, opening it anew');
      abort.abort();
    }, this.options.idleMs ?? 45_000);
  }

  private clear(which: 'timer' | 'watchdog'): void {
    const handle = this[which];
    if (handle !== null) this.options.clock.clearTimeout(handle);
    this[which] = null;
  }

  private setOpen(open: boolean): void {
    if (this.open === open) return;
    this.open = open;
    this.options.onState?.(open);
  }
}
