/** Helpers for the support integration tests: an SSE reader and small builders. */
import { expect } from 'vitest';
import type { Caller } from './billing-helpers';
import type { Schemas, TestServer } from './helpers';
import type { ChangeEvent } from '../../src/shared/support/types';

export interface SseEvent {
  id?: string;
  event: string;
  data: unknown;
}

/** Reads a text/event-stream response into events as they come. */
export class SseReader {
  readonly events: SseEvent[] = [];
  ended = false;
  private buffer = '';
  private waiters: (() => void)[] = [];
  readonly done: Promise<void>;

  constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {
    this.done = this.pump();
  }

  private async pump(): Promise<void> {
    const reader = this.response.body!.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        this.buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = this.buffer.indexOf('\n\n')) >= 0) {
          this.parse(this.buffer.slice(0, end));
          this.buffer = this.buffer.slice(end + 2);
        }
        this.notify();
      }
    } catch {
      // aborted or cut off by the server
    }
    this.ended = true;
    this.notify();
  }

  private parse(block: string): void {
    const event: Partial<SseEvent> & { lines: string[] } = { lines: [] };
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const [field, ...rest] = line.split(':');
      const value = rest.join(':').replace(/^ /, '');
      if (field === 'id') event.id = value;
      else if (field === 'event') event.event = value;
      else if (field === 'data') event.lines.push(value);
    }
    if (!event.event && event.lines.length === 0) return; // retry: or a comment
    this.events.push({
      ...(event.id !== undefined ? { id: event.id } : {}),
      event: event.event ?? 'message',
      data: JSON.parse(event.lines.join('\n')),
    });
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Waits until an event matches (failing after 10 s), and returns it. */
  async waitFor(match: (e: SseEvent) => boolean, what = 'event'): Promise<SseEvent> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = this.events.find(match);
      if (found) return found;
      if (this.ended) throw new Error(`stream ended before ${what}`);
      if (Date.now() > deadline) throw new Error(`no ${what} within 10 s`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 250);
      });
    }
  }

  /** Waits until the server ends the stream (failing after 10 s). */
  async waitForEnd(): Promise<void> {
    await Promise.race([
      this.done,
      new Promise((_, reject) => setTimeout(() => reject(new Error('stream still open')), 10_000)),
    ]);
  }

  close(): void {
    this.abort.abort();
  }

  /** the changes (data of `change` events) */
  changes(): ChangeEvent[] {
    return this.events.filter((e) => e.event === 'change').map((e) => e.data as ChangeEvent);
  }
}

export async function openEvents(
  s: TestServer,
  c: Caller,
  lastEventId?: string,
): Promise<SseReader> {
  const abort = new AbortController();
  const res = await fetch(`${s.url}/v1/events`, {
    headers: {
      authorization: `Bearer ${c.token}`,
      ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
    },
    signal: abort.signal,
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  return new SseReader(res, abort);
}

export const NEW_TICKET = {
  department: 'technik',
  subject: 'Website lädt langsam',
  priority: 'normal',
  related: [],
  message: 'Seit heute Morgen lädt unsere Startseite über zehn Sekunden.',
} as const;

/** 1×1 PNG */
export const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export async function staffReply(s: TestServer, ticket: string, body: string) {
  const res = await s.call<Schemas['TicketMessage']>(
    'POST',
    `/v1/sandbox/tickets/${encodeURIComponent(ticket)}/reply`,
    { body },
  );
  expect(res.status).toBe(201);
  return res.body;
}
