/**
 * Attachments of ticket messages for viewing and saving: fetched once, then kept (encrypted)
 * in the cache so a thread read offline can still open its files. Only attachments of the
 * named ticket's cached thread are served, with the name and type from that thread.
 */
import type { AttachmentMimeType, TicketDetail } from '../../../shared/support/types';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import type { EncryptedCache } from '../store/encrypted-cache';
import type { SyncEngine } from '../sync/sync-engine';
import { TICKETS } from './ticket-resources';

export const attachmentKey = (id: string) => `ticket-file:${id}`;

export interface AttachmentFile {
  fileName: string;
  mimeType: AttachmentMimeType;
  data: Buffer;
}

export class AttachmentFiles {
  constructor(
    private readonly api: ApiClient,
    private readonly cache: () => EncryptedCache | null,
  ) {}

  /** The file, from the cache or fetched; null when unknown, or neither cached nor reachable. */
  async get(
    sync: SyncEngine | null,
    ticketId: string,
    attachmentId: string,
  ): Promise<AttachmentFile | null> {
    const cache = this.cache();
    if (!sync || !cache) return null;
    const thread = await sync.loadItem<TicketDetail>(TICKETS, ticketId);
    const meta = thread?.data.messages
      .flatMap((message) => message.attachments)
      .find((attachment) => attachment.id === attachmentId);
    if (!meta) return null;
    const key = attachmentKey(attachmentId);
    const cached = await cache.getBlob(key);
    if (cached) return { fileName: meta.fileName, mimeType: meta.mimeType, data: cached };
    try {
      const { data } = await this.api.request<ArrayBuffer>({
        path: `/v1/attachments/${encodeURIComponent(attachmentId)}`,
        responseType: 'arraybuffer',
        timeoutMs: 60_000,
      });
      const bytes = Buffer.from(data);
      // the cache of this sign-in only: after a sign-out the bytes are not kept
      if (this.cache() === cache) await cache.putBlob(key, bytes);
      return { fileName: meta.fileName, mimeType: meta.mimeType, data: bytes };
    } catch (error) {
      if (error instanceof ApiError && (error.offline || error.status === 404)) return null;
      throw error;
    }
  }
}
