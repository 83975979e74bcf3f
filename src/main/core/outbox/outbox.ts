/**
 * Writes to support waiting to be sent: ticket replies and new tickets. Each is kept in the
 * encrypted cache the moment it is written (so it survives a restart, offline spells and
 * "Cache leeren"), then sent in the order written, each with its own Idempotency-Key kept
 * beside it and reused on every try: however often a try is cut off (network gone, server
 * killed mid-request), the server stores the reply or opens the ticket once.
 * A refusal (a 4xx other than 409 "still running" and 429) marks the entry failed; it stays
 * until the person retries or discards it. Transient trouble stops the flush and tries again
 * later with growing pauses, or at once when flush() is called (sync back online).
 */
import { randomUUID } from 'node:crypto';
import type { NewTicketFields, OutboxEntry, PendingAttachment } from '../../../shared/support/ipc';
import type { Attachment, TicketDetail, TicketMessage } from '../../../shared/support/types';
import type { Logger } from '../app-core-types';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { toIpcError } from '../ipc/error-map';
import type { Clock } from '../ports';
import type { EncryptedCache } from '../store/encrypted-cache';
import { createSerial } from '../sync/serial';
import { uploadRefusal } from '../support/attachment-files';

export const OUTBOX = 'support-outbox';
const fileKey = (entryId: string, index: number) => `support-outbox-file:${entryId}:${index}`;

/** A file of a reply as the person picked it. */
export interface ReplyFile {
  fileName: string;
  mimeType: string;
  data: Uint8Array;
}

interface StoredFile extends PendingAttachment {
  /** the server's id once uploaded, so a later try does not upload it again */
  uploadedId?: string;
}

interface StoredEntry {
  id: string;
  /** the ticket a reply goes to; null for a new ticket (its fields are in newTicket) */
  ticketId: string | null;
  newTicket?: NewTicketFields;
  body: string;
  createdAt: string;
  idempotencyKey: string;
  files: StoredFile[];
  failed?: { code: string; messageKey: string };
}

interface OutboxDoc {
  entries: StoredEntry[];
}

export interface OutboxOptions {
  api: ApiClient;
  /** the signed-in cache; null while signed out */
  cache: () => EncryptedCache | null;
  clock: Clock;
  /** the outbox changed (entry added, sending, sent, failed, discarded) */
  onChange(): void;
  /** a reply reached the server or a ticket was opened: the ticket is worth fetching again */
  onSent(ticketId: string): void;
  log?: Logger;
  /** first and largest pause before trying again after transient trouble */
  retryMinMs?: number;
  retryMaxMs?: number;
}

/** What stops a flush without failing the entry: try again later with the same key. */
function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return (
    error.offline ||
    error.status === 401 ||
    error.status === 409 ||
    error.status === 429 ||
    error.status >= 500
  );
}

/**
 * How the first try of an entry ended: sent (a new ticket with what the server opened),
 * refused (the error as thrown, fields included), or still waiting (offline, or an earlier
 * entry held the queue up).
 */
export type FirstTry =
  | { kind: 'sent'; ticketId: string; ticket?: TicketDetail }
  | { kind: 'refused'; error: unknown }
  | { kind: 'waiting' };

export class Outbox {
  private readonly serial = createSerial();
  private flushing: Promise<void> | null = null;
  private again = false;
  private sendingId: string | null = null;
  private timer: unknown = null;
  private delay: number;
  private stopped = false;
  /** entries whose first try someone waits for (a new ticket while online) */
  private readonly waiters = new Map<string, (outcome: FirstTry) => void>();

  constructor(private readonly options: OutboxOptions) {
    this.delay = options.retryMinMs ?? 1000;
  }

  /** Every queued reply, oldest first, as the renderer sees it. */
  async list(ticketId?: string): Promise<OutboxEntry[]> {
    const doc = await this.read();
    return doc.entries
      .filter((entry) => ticketId === undefined || entry.ticketId === ticketId)
      .map((entry) => this.view(entry));
  }

  /** Keeps a reply (encrypted) and starts sending; answers its entry at once. */
  async add(ticketId: string, body: string, files: ReplyFile[] = []): Promise<OutboxEntry> {
    return (await this.enqueue({ ticketId }, body, files)).entry;
  }

  /**
   * Keeps a new ticket (encrypted) and starts sending; answers its entry at once and how its
   * first try ends, for a caller that waits while online.
   */
  addTicket(
    ticket: NewTicketFields,
    message: string,
    files: ReplyFile[] = [],
  ): Promise<{ entry: OutboxEntry; firstTry: Promise<FirstTry> }> {
    return this.enqueue({ ticketId: null, newTicket: ticket }, message, files);
  }

  private async enqueue(
    target: Pick<StoredEntry, 'ticketId' | 'newTicket'>,
    body: string,
    files: ReplyFile[],
  ): Promise<{ entry: OutboxEntry; firstTry: Promise<FirstTry> }> {
    const cache = this.requireCache();
    const entry: StoredEntry = {
      id: randomUUID(),
      ...target,
      body,
      createdAt: new Date(this.options.clock.now()).toISOString(),
      idempotencyKey: randomUUID(),
      files: files.map((file) => ({
        fileName: file.fileName,
        mimeType: file.mimeType,
        size: file.data.byteLength,
      })),
    };
    // the files first: an entry on disk always has its files
    for (const [index, file] of files.entries())
      await cache.putBlob(fileKey(entry.id, index), file.data);
    await this.update(cache, (doc) => {
      doc.entries.push(entry);
    });
    const firstTry = new Promise<FirstTry>((resolve) => this.waiters.set(entry.id, resolve));
    this.options.onChange();
    void this.flush();
    return { entry: this.view(entry), firstTry };
  }

  /** A failed reply goes back into the queue, keeping its key. */
  async retry(id: string): Promise<OutboxEntry> {
    const cache = this.requireCache();
    let found: StoredEntry | undefined;
    await this.update(cache, (doc) => {
      found = doc.entries.find((entry) => entry.id === id);
      if (!found) throw new ApiError(404, 'outbox_entry_unknown');
      if (!found.failed) throw new ApiError(409, 'outbox_entry_not_failed');
      delete found.failed;
    });
    this.options.onChange();
    this.delay = this.options.retryMinMs ?? 1000;
    void this.flush();
    return this.view(found as StoredEntry);
  }

  /** Drops a reply unsent (not the one on its way right now: that one may already be stored). */
  async discard(id: string): Promise<void> {
    const cache = this.requireCache();
    if (this.sendingId === id) throw new ApiError(409, 'idempotency_in_progress');
    let files = 0;
    await this.update(cache, (doc) => {
      const entry = doc.entries.find((candidate) => candidate.id === id);
      if (!entry) throw new ApiError(404, 'outbox_entry_unknown');
      files = entry.files.length;
      doc.entries = doc.entries.filter((candidate) => candidate !== entry);
    });
    for (let index = 0; index < files; index++) await cache.delete(fileKey(id, index));
    this.options.onChange();
  }

  /**
   * Sends what is queued, in order, one at a time; resolves when the queue is done or a
   * transient failure stopped it (then a retry is scheduled). Calls during a flush run it
   * once more afterwards.
   */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = null;
    this.flushing = (async () => {
      do {
        this.again = false;
        await this.sendAll();
      } while (this.again && !this.stopped);
    })()
      .catch((error: unknown) =>
        this.options.log?.warn('outbox: flush failed', { error: String(error) }),
      )
      .finally(() => {
        this.flushing = null;
        // what this flush did not get to waits for a later one
        this.settle(null, { kind: 'waiting' });
      });
    return this.flushing;
  }

  /** The cache entries that hold the queue (its document and every file): kept on a clear. */
  async keptNames(cache: EncryptedCache): Promise<string[]> {
    const doc = await cache.getJson<OutboxDoc>(OUTBOX);
    if (!doc) return [];
    return [
      OUTBOX,
      ...doc.entries.flatMap((entry) =>
        entry.files.map((_file, index) => fileKey(entry.id, index)),
      ),
    ];
  }

  /** Tells whoever waits for an entry's first try (null: every one still waiting). */
  private settle(id: string | null, outcome: FirstTry): void {
    for (const [entryId, resolve] of [...this.waiters]) {
      if (id !== null && entryId !== id) continue;
      this.waiters.delete(entryId);
      resolve(outcome);
    }
  }

  /** Signed out, or the app quits: no more tries from this instance. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private async sendAll(): Promise<void> {
    const cache = this.options.cache();
    if (!cache) return;
    for (;;) {
      if (this.stopped || this.options.cache() !== cache) return;
      const doc = await this.read();
      const next = doc.entries.find((entry) => !entry.failed);
      if (!next) {
        this.delay = this.options.retryMinMs ?? 1000;
        return;
      }
      this.sendingId = next.id;
      this.options.onChange();
      try {
        const sent = await this.send(cache, next);
        await this.update(cache, (latest) => {
          latest.entries = latest.entries.filter((entry) => entry.id !== next.id);
        });
        for (let index = 0; index < next.files.length; index++)
          await cache.delete(fileKey(next.id, index));
        this.sendingId = null;
        this.options.onChange();
        this.options.onSent(sent.ticketId);
        this.settle(next.id, { kind: 'sent', ...sent });
      } catch (error) {
        this.sendingId = null;
        if (isTransient(error)) {
          this.options.onChange();
          this.settle(next.id, { kind: 'waiting' });
          this.retryLater();
          return;
        }
        this.settle(next.id, { kind: 'refused', error });
        const failed = toIpcError(error);
        await this.update(cache, (latest) => {
          const entry = latest.entries.find((candidate) => candidate.id === next.id);
          if (entry) entry.failed = { code: failed.code, messageKey: failed.messageKey };
        });
        this.options.onChange();
        this.options.log?.warn('outbox: reply refused', { code: failed.code });
      }
    }
  }

  /** One try of one entry: files not yet uploaded, then the reply or ticket with its key. */
  private async send(
    cache: EncryptedCache,
    entry: StoredEntry,
  ): Promise<{ ticketId: string; ticket?: TicketDetail }> {
    for (const [index, file] of entry.files.entries()) {
      if (file.uploadedId) continue;
      const data = await cache.getBlob(fileKey(entry.id, index));
      if (!data) throw new ApiError(422, 'attachment_unknown');
      const { data: uploaded } = await this.options.api
        .request<Attachment>({
          method: 'POST',
          path: '/v1/attachments',
          body: {
            fileName: file.fileName,
            mimeType: file.mimeType,
            base64: data.toString('base64'),
          },
          timeoutMs: 60_000,
        })
        .catch((error: unknown) => {
          throw uploadRefusal(error, index);
        });
      file.uploadedId = uploaded.id;
      await this.update(cache, (latest) => {
        const stored = latest.entries.find((candidate) => candidate.id === entry.id);
        const storedFile = stored?.files[index];
        if (storedFile) storedFile.uploadedId = uploaded.id;
      });
    }
    const attachmentIds = entry.files.map((file) => file.uploadedId as string);
    const withFiles = attachmentIds.length > 0 ? { attachmentIds } : {};
    if (entry.ticketId === null) {
      const { data } = await this.options.api.request<TicketDetail>({
        method: 'POST',
        path: '/v1/tickets',
        body: { ...entry.newTicket, message: entry.body, ...withFiles },
        idempotencyKey: entry.idempotencyKey,
      });
      return { ticketId: data.id, ticket: data };
    }
    await this.options.api.request<TicketMessage>({
      method: 'POST',
      path: `/v1/tickets/${encodeURIComponent(entry.ticketId)}/messages`,
      body: { body: entry.body, ...withFiles },
      idempotencyKey: entry.idempotencyKey,
    });
    return { ticketId: entry.ticketId };
  }

  private retryLater(): void {
    if (this.stopped) return;
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delay);
    this.delay = Math.min(this.delay * 2, this.options.retryMaxMs ?? 60_000);
  }

  private view(entry: StoredEntry): OutboxEntry {
    return {
      id: entry.id,
      ticketId: entry.ticketId,
      ...(entry.newTicket ? { newTicket: entry.newTicket } : {}),
      body: entry.body,
      attachments: entry.files.map(({ fileName, mimeType, size }) => ({
        fileName,
        mimeType,
        size,
      })),
      createdAt: entry.createdAt,
      state: entry.failed ? 'failed' : this.sendingId === entry.id ? 'sending' : 'pending',
      ...(entry.failed ? { error: entry.failed } : {}),
    };
  }

  private async read(): Promise<OutboxDoc> {
    const cache = this.options.cache();
    if (!cache) return { entries: [] };
    return (await cache.getJson<OutboxDoc>(OUTBOX)) ?? { entries: [] };
  }

  private update(cache: EncryptedCache, change: (doc: OutboxDoc) => void): Promise<void> {
    return this.serial(async () => {
      const doc = (await cache.getJson<OutboxDoc>(OUTBOX)) ?? { entries: [] };
      change(doc);
      await cache.putJson(OUTBOX, doc);
    });
  }

  private requireCache(): EncryptedCache {
    const cache = this.options.cache();
    if (!cache) throw new ApiError(401, 'session_expired');
    return cache;
  }
}
