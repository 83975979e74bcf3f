/** The IPC channels of "Support", merged into the one table in src/shared/ipc.ts. */
import { z } from 'zod';
import type { Cached } from '../domain';
import type { SupportChannel } from './ipc-names';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_PER_MESSAGE_MAX,
  MESSAGE_MAX,
  SUBJECT_MAX,
  TICKET_DEPARTMENTS,
  TICKET_PRIORITIES,
  type AttachmentMimeType,
  type Ticket,
  type TicketDepartment,
  type TicketDetail,
  type TicketPriority,
  type TicketRelation,
} from './types';

const id = z.string().trim().min(1).max(64);
const returns = <T>() => null as unknown as T;

/** A file the person picked, as base64 (the renderer reads it; main uploads it). */
const attachmentFile = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    mimeType: z.string().max(200),
    // base64 of at most 10 MB (4 characters per 3 bytes, padding included); the format keeps
    // the web host's frame limit at one byte a character (see core/ipc/frame-limit.ts)
    base64: z
      .base64()
      .min(1)
      .max(Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4),
  })
  .strict();
const attachments = z.array(attachmentFile).max(ATTACHMENTS_PER_MESSAGE_MAX);
const body = z.string().trim().min(1).max(MESSAGE_MAX);

/** A file of a queued reply, without its content. */
export interface PendingAttachment {
  fileName: string;
  mimeType: string;
  /** bytes */
  size: number;
}

/** What a new ticket in the outbox is, besides its message. */
export interface NewTicketFields {
  department: TicketDepartment;
  subject: string;
  priority: TicketPriority;
  related: TicketRelation[];
}

/**
 * A reply or a new ticket in the outbox: written (offline or online), not yet confirmed by
 * the server. `failed`: the server refused it (the code says why, `errors.<code>`); it stays
 * until the person retries or discards it. Sent ones leave the outbox and appear as messages
 * (or as the ticket opened).
 */
export interface OutboxEntry {
  id: string;
  /** the ticket a reply goes to; null for a new ticket */
  ticketId: string | null;
  /** a new ticket's department, subject, priority and relations (its message is `body`) */
  newTicket?: NewTicketFields;
  body: string;
  attachments: PendingAttachment[];
  createdAt: string;
  state: 'pending' | 'sending' | 'failed';
  /** when failed: the error code (messageKey `errors.<code>` or errors.unknown) */
  error?: { code: string; messageKey: string };
}

/** A ticket's thread as the screen shows it: the cached detail plus replies still queued. */
export type TicketView = TicketDetail & { pending: OutboxEntry[] };

export const supportIpc = {
  /** every ticket, newest activity first (filter by status/department in the renderer) */
  'tickets:list': { input: z.undefined(), output: returns<Cached<Ticket[]> | null>() },
  /**
   * One ticket with its messages (cached, else fetched) and its queued replies. Online, an
   * unread ticket is marked read on the server in the background ('data:changed' follows).
   */
  'tickets:get': {
    input: z.object({ id }).strict(),
    output: returns<Cached<TicketView> | null>(),
  },
  /**
   * Opens a ticket through the outbox (kept encrypted, its Idempotency-Key kept): online it
   * waits for the first try and answers the ticket, or the refusal (413/415 name the file's
   * index); offline, or when the try could not reach the server, it answers the queued entry,
   * sent once back online, exactly once.
   */
  'tickets:create': {
    input: z
      .object({
        department: z.enum(TICKET_DEPARTMENTS),
        subject: z.string().trim().min(1).max(SUBJECT_MAX),
        priority: z.enum(TICKET_PRIORITIES),
        related: z
          .array(
            z
              .object({
                kind: z.enum(['contract', 'domain']),
                id: z.string().trim().min(1).max(253),
                label: z.string().trim().min(1).max(200),
              })
              .strict(),
          )
          .max(20),
        message: body,
        attachments: attachments.optional(),
      })
      .strict(),
    output: returns<
      { queued: false; ticket: TicketDetail } | { queued: true; entry: OutboxEntry }
    >(),
  },
  /**
   * Queues a reply (kept encrypted, survives a restart) and answers its outbox entry at
   * once; it is sent now when online, else once back online, in order, exactly once.
   */
  'tickets:reply': {
    input: z.object({ ticketId: id, body, attachments: attachments.optional() }).strict(),
    output: returns<OutboxEntry>(),
  },
  'tickets:close': { input: z.object({ id }).strict(), output: returns<Ticket>() },
  /** an attachment's bytes for viewing (kept in the cache once fetched); null offline/unknown */
  'tickets:attachment': {
    input: z.object({ ticketId: id, attachmentId: id }).strict(),
    output: returns<{ base64: string; fileName: string; mimeType: AttachmentMimeType } | null>(),
  },
  /** "Speichern unter" for an attachment (main asks where) */
  'tickets:saveAttachment': {
    input: z.object({ ticketId: id, attachmentId: id }).strict(),
    output: returns<{ saved: boolean }>(),
  },
  /** every queued reply and new ticket, oldest first */
  'outbox:list': { input: z.undefined(), output: returns<OutboxEntry[]>() },
  /** a failed reply is tried again (same Idempotency-Key) */
  'outbox:retry': { input: z.object({ id }).strict(), output: returns<OutboxEntry>() },
  /** a failed (or still queued) reply is dropped unsent */
  'outbox:discard': { input: z.object({ id }).strict(), output: returns<void>() },
  /** how many tickets have unread staff messages (also the app badge) */
  'support:unread': { input: z.undefined(), output: returns<number>() },
} satisfies Record<SupportChannel, { input: z.ZodType; output: unknown }>;
