/**
 * A model of the Kundencenter API's sync surface for the sync engine's property tests: paged
 * lists whose first page's ETag covers the whole set, item details and documents with ETags
 * (an unchanged one answers 304), and a change log read by cursor in pages, which starts over
 * (reset) when the server instance changes. Every write records its change-log entry, as the
 * server's handlers do (server/src/changes/changes.ts).
 */
import { createHash } from 'node:crypto';
import type { ApiClient, ApiResponse, RequestOptions } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { defineCollection, type SyncResource } from './sync-resources';
import { answerBatch } from './testing-batch';

export interface ModelItem {
  id: string;
  /** the list's sort key (an issue date) */
  at: string;
  n: number;
  /** only in the detail, not in the list entry */
  note: string;
}

export type ModelSummary = Omit<ModelItem, 'note'>;

export const summarizeModel = ({ id, at, n }: ModelItem): ModelSummary => ({ id, at, n });

interface Area {
  name: string;
  pageSize: number;
  compare: (a: ModelSummary, b: ModelSummary) => number;
  extras?: (id: string) => string[];
  /** the cached list in parts from a few items on, so changes cross that line both ways */
  parts?: { count: number; from: number };
}

const byId = (a: ModelSummary, b: ModelSummary) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Three lists unlike each other: newest first over several pages, by id, by number. */
export const MODEL_AREAS: readonly Area[] = [
  {
    name: 'invoices',
    pageSize: 4,
    compare: (a, b) => (a.at !== b.at ? (a.at < b.at ? 1 : -1) : -byId(a, b)),
    extras: (id) => [`pdf:${id}`],
    parts: { count: 3, from: 8 },
  },
  { name: 'tickets', pageSize: 3, compare: byId },
  {
    name: 'contacts',
    pageSize: 50,
    compare: (a, b) => a.n - b.n || byId(a, b),
    parts: { count: 4, from: 12 },
  },
];

/** The account is named by its own log entries; the statement goes stale with any invoice. */
export const MODEL_RESOURCES: SyncResource[] = [
  { kind: 'document', name: 'account', path: '/v1/account' },
  { kind: 'document', name: 'statement', path: '/v1/statement', alsoOn: ['invoices'] },
  ...MODEL_AREAS.map((area) =>
    defineCollection<ModelItem, ModelSummary>({
      kind: 'collection',
      name: area.name,
      path: `/v1/${area.name}`,
      pageSize: area.pageSize,
      itemPath: (id) => `/v1/${area.name}/${id}`,
      itemKey: (id) => `${area.name}:${id}`,
      idOf: (summary) => summary.id,
      summarize: summarizeModel,
      compare: area.compare,
      ...(area.extras ? { itemExtras: area.extras } : {}),
      ...(area.parts ? { parts: area.parts } : {}),
    }),
  ),
];

const CHANGES_PAGE = 7;

const etagOf = (value: unknown) =>
  `"${createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, 16)}"`;

export class ModelServer {
  readonly items = new Map<string, Map<string, ModelItem>>(
    MODEL_AREAS.map((area) => [area.name, new Map()]),
  );
  account = { name: 'Agentur', n: 0 };
  private readonly log: { resource: string; id: string; op: 'upsert' | 'delete' }[] = [];
  private instance = 'a1';
  private created = 0;

  readonly api = { request: (options: RequestOptions) => this.request(options) } as ApiClient;

  /** A new item, recorded in the log. */
  create(area: string, at: string, n: number, note: string): string {
    const id = `${area.slice(0, 3)}-${String(++this.created).padStart(4, '0')}`;
    this.put(area, { id, at, n, note });
    return id;
  }

  /** An item written whole (changed, or created again under an id it had before). */
  put(area: string, item: ModelItem): void {
    this.items.get(area)!.set(item.id, item);
    this.log.push({ resource: area, id: item.id, op: 'upsert' });
  }

  remove(area: string, id: string): void {
    this.items.get(area)!.delete(id);
    this.log.push({ resource: area, id, op: 'delete' });
  }

  renameAccount(n: number): void {
    this.account = { name: `Agentur ${n}`, n };
    this.log.push({ resource: 'account', id: 'account', op: 'upsert' });
  }

  /** The server starts over with a new database instance: cursors handed out before reset. */
  restart(): void {
    this.instance = `a${Number(this.instance.slice(1)) + 1}`;
    this.log.length = 0;
  }

  get entries(): number {
    return this.log.length;
  }

  private statement() {
    const open = [...this.items.get('invoices')!.values()].reduce((sum, i) => sum + i.n, 0);
    return { openCents: open };
  }

  private summaries(area: Area): ModelSummary[] {
    return [...this.items.get(area.name)!.values()].map(summarizeModel).sort(area.compare);
  }

  private async request(options: RequestOptions): Promise<ApiResponse<unknown>> {
    await Promise.resolve();
    if (options.path === '/v1/batch') {
      return answerBatch(options, (one) => Promise.resolve(this.answer(one)));
    }
    return this.answer(options);
  }

  private answer({ path, query, ifNoneMatch }: RequestOptions): ApiResponse<unknown> {
    const tagged = (data: unknown, etag = etagOf(data)): ApiResponse<unknown> =>
      ifNoneMatch === etag
        ? { status: 304, data: undefined, notModified: true, etag }
        : { status: 200, data, etag, notModified: false };
    if (path === '/v1/changes') return this.changes(query?.cursor as string | undefined);
    if (path === '/v1/account') return tagged(this.account);
    if (path === '/v1/statement') return tagged(this.statement());
    const [, , name, id] = path.split('/');
    const area = MODEL_AREAS.find((a) => a.name === name);
    if (!area) throw new ApiError(404, 'not_found');
    if (id !== undefined) {
      const item = this.items.get(area.name)!.get(id);
      if (!item) throw new ApiError(404, 'not_found');
      return tagged(item);
    }
    const all = this.summaries(area);
    const from = Number(query?.cursor ?? 0);
    const limit = Number(query?.limit ?? area.pageSize);
    const items = all.slice(from, from + limit);
    const nextCursor = from + limit < all.length ? String(from + limit) : null;
    const page = { items, nextCursor };
    // the first page's ETag names the whole set, as the server's list ETags do
    return from === 0 ? tagged(page, etagOf(all)) : { status: 200, data: page, notModified: false };
  }

  private changes(cursor: string | undefined): ApiResponse<unknown> {
    const match = /^v1\.(\w+)\.(\d+)$/.exec(cursor ?? '');
    const latest = this.log.length;
    const at = (seq: number) => `v1.${this.instance}.${seq}`;
    const since = match && match[1] === this.instance ? Number(match[2]) : null;
    const ok = (data: unknown): ApiResponse<unknown> => ({ status: 200, data, notModified: false });
    if (since === null || since > latest) {
      return ok({ cursor: at(latest), changes: [], hasMore: false, reset: true });
    }
    const upTo = Math.min(latest, since + CHANGES_PAGE);
    return ok({
      cursor: at(upTo),
      changes: this.log.slice(since, upTo),
      hasMore: upTo < latest,
      reset: false,
    });
  }
}
