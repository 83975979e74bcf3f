/**
 * "Support": tickets, their messages and attachments. These are the shapes of the API
 * (server/openapi/support.yaml) and of the IPC channels alike. Times ISO 8601 UTC.
 */

export const TICKET_DEPARTMENTS = ['technik', 'buchhaltung'] as const;
export type TicketDepartment = (typeof TICKET_DEPARTMENTS)[number];

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/**
 * open: waiting for staff (new, or the customer wrote last); answered: staff wrote last;
 * waiting_for_customer: staff asked for something; closed: a message reopens it.
 */
export const TICKET_STATUSES = ['open', 'answered', 'waiting_for_customer', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** A contract or domain of the account the ticket is about; `label` is shown as is. */
export interface TicketRelation {
  kind: 'contract' | 'domain';
  /** contract id, or the domain name */
  id: string;
  label: string;
}

export interface Ticket {
  id: string;
  /** `T-100001`, what staff and mails name */
  number: string;
  subject: string;
  department: TicketDepartment;
  priority: TicketPriority;
  status: TicketStatus;
  related: TicketRelation[];
  createdAt: string;
  lastActivityAt: string;
  /** a staff message came after the customer last read the ticket (or wrote to it) */
  unread: boolean;
  /** the start of the newest message (at most 140 characters) */
  lastMessagePreview: string;
}

export interface Attachment {
  id: string;
  fileName: string;
  /** as the server determined it from the content, not as the client claimed */
  mimeType: AttachmentMimeType;
  /** bytes */
  size: number;
}

export interface TicketMessage {
  id: string;
  ticketId: string;
  author: 'customer' | 'staff';
  authorName: string;
  body: string;
  createdAt: string;
  attachments: Attachment[];
}

export type TicketDetail = Ticket & { messages: TicketMessage[] };

export interface TicketPage {
  items: Ticket[];
  /** null on the last page */
  nextCursor: string | null;
}

export interface NewTicket {
  department: TicketDepartment;
  subject: string;
  priority: TicketPriority;
  related: TicketRelation[];
  message: string;
  /** ids from uploadAttachment, not used by another message yet */
  attachmentIds?: string[];
}

export interface NewTicketMessage {
  body: string;
  attachmentIds?: string[];
}

/** POST /v1/attachments: the file as base64 (JSON; the API has no multipart). */
export interface AttachmentUpload {
  fileName: string;
  /** what the client believes; the server decides by extension and magic bytes */
  mimeType: string;
  base64: string;
}

/** What may be attached, ≤ ATTACHMENT_MAX_BYTES each (the server checks the content). */
export const ATTACHMENT_TYPES = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'text/plain': ['txt', 'log'],
  'application/zip': ['zip'],
} as const;
export type AttachmentMimeType = keyof typeof ATTACHMENT_TYPES;
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** per message (ticket creation included) */
export const ATTACHMENTS_PER_MESSAGE_MAX = 10;

export const SUBJECT_MAX = 200;
export const MESSAGE_MAX = 20_000;

/** One SSE `change` event's data on GET /v1/events (same entries as GET /v1/changes). */
export interface ChangeEvent {
  resource: string;
  id: string;
  op: 'upsert' | 'delete';
  /** the change cursor; also the event's `id:` (send it back as Last-Event-ID) */
  cursor: string;
}
