/**
 * The reads of a pass in one round trip. Once the change log has said what changed, the pass
 * knows which documents and items it will read (and with which ETag); those are asked for
 * together through `POST /v1/batch` first, and each read of the pass is then answered from
 * the batch instead of the network. Kept are the answers (200, 304) and the refusals that
 * asking again would not change (403, 404, 410: thrown as the API client throws them);
 * anything else (a 401 to refresh for, a 429 or 5xx to retry, a read the pass did not foresee)
 * goes out on its own as before, so a wrong guess costs a request, never a wrong answer. A
 * server without the batch (404) is not asked again.
 */
import type { ApiClient, ApiResponse, RequestOptions } from '../api/api-client';
import { errorFromResponse, type ApiError } from '../api/api-error';
import type { SyncPlan, Work } from './sync-plan';
import type { SyncResource } from './sync-resources';

/** One read a pass expects to make: what ResourceFetcher will send for it. */
export interface Ask {
  path: string;
  query?: Record<string, string> | undefined;
  ifNoneMatch?: string | undefined;
}

/** What the fetcher reads through: the API client's request. */
export interface Reader {
  request<T>(options: RequestOptions): Promise<ApiResponse<T>>;
}

interface BatchAnswer {
  responses: { status: number; etag?: string; body?: unknown }[];
}

/** Refusals a read alone would meet again at once: kept from the batch. */
const FINAL_REFUSALS = new Set([403, 404, 410]);

/** The server's limit per batch (BatchRequest.maxItems). */
export const BATCH_MAX = 20;

function target({ path, query }: Pick<Ask, 'path' | 'query'>): string {
  const search = new URLSearchParams(
    Object.entries(query ?? {}).sort(([a], [b]) => a.localeCompare(b)),
  ).toString();
  return search ? `${path}?${search}` : path;
}

const keyOf = (ask: Ask) => `${target(ask)} ${ask.ifNoneMatch ?? ''}`;

export class PrefetchingReader implements Reader {
  private readonly answers = new Map<string, ApiResponse<unknown> | ApiError>();
  private unsupported = false;

  constructor(private readonly api: ApiClient) {}

  /**
   * Asks for `asks` in batches (only when there are two or more: one read alone is one request
   * either way). Never throws: a batch that fails leaves each read to the network.
   */
  async prefetch(asks: readonly Ask[]): Promise<void> {
    const unique = [...new Map(asks.map((ask) => [keyOf(ask), ask])).values()];
    if (this.unsupported || unique.length < 2) return;
    for (let from = 0; from < unique.length; from += BATCH_MAX) {
      const chunk = unique.slice(from, from + BATCH_MAX);
      let answer: BatchAnswer;
      try {
        const response = await this.api.request<BatchAnswer>({
          method: 'POST',
          path: '/v1/batch',
          body: {
            requests: chunk.map((ask) => ({
              path: target(ask),
              ...(ask.ifNoneMatch ? { ifNoneMatch: ask.ifNoneMatch } : {}),
            })),
          },
        });
        answer = response.data;
        // a server that answers something else is not one with the batch
        if (!Array.isArray(answer?.responses) || answer.responses.length !== chunk.length) {
          this.unsupported = true;
          return;
        }
      } catch (error) {
        if ((error as { status?: number }).status === 404) this.unsupported = true;
        return;
      }
      chunk.forEach((ask, i) => {
        const one = answer.responses[i];
        if (one?.status === 200 || one?.status === 304) {
          this.answers.set(keyOf(ask), {
            status: one.status,
            data: one.body,
            etag: one.etag,
            notModified: one.status === 304,
          });
        } else if (one && FINAL_REFUSALS.has(one.status)) {
          this.answers.set(keyOf(ask), errorFromResponse(one.status, one.body, undefined, 0));
        }
      });
    }
  }

  /** Forgets what was not used (end of the pass): an answer is only as fresh as its pass. */
  clear(): void {
    this.answers.clear();
  }

  request<T>(options: RequestOptions): Promise<ApiResponse<T>> {
    // most reads find nothing kept: they go out without building a key
    const plainRead =
      this.answers.size > 0 &&
      (options.method ?? 'GET') === 'GET' &&
      (options.responseType ?? 'json') === 'json';
    if (plainRead) {
      const query = options.query
        ? Object.fromEntries(
            Object.entries(options.query)
              .filter(([, value]) => value !== undefined)
              .map(([name, value]) => [name, String(value)]),
          )
        : undefined;
      const key = keyOf({ path: options.path, query, ifNoneMatch: options.ifNoneMatch });
      const answer = this.answers.get(key);
      if (answer) {
        // once: a second read of the same thing in a pass wants the server's word
        this.answers.delete(key);
        return answer instanceof Error
          ? Promise.reject(answer)
          : Promise.resolve(answer as ApiResponse<T>);
      }
    }
    return this.api.request<T>(options);
  }
}

/** the most reads a pass asks for in batches before it: two of them */
const PREFETCH_MAX = 2 * BATCH_MAX;

/** What a pass's reads would ask for, per resource (the fetcher, sync-fetch.ts). */
export interface ForeseesReads {
  /** how many asks `asksFor` gives at most, without reading any cached entry */
  readsForeseen(resource: SyncResource, work: Work): Promise<number>;
  asksFor(resource: SyncResource, work: Work): Promise<Ask[]>;
}

/**
 * The reads the plan foresees, asked in one batch; a large plan (the first sync, a reset) is
 * not: its time is in the data, not in round trips.
 */
export async function prefetchPlan(
  plan: SyncPlan,
  resources: ReadonlyMap<string, SyncResource>,
  fetcher: ForeseesReads,
  reader: PrefetchingReader,
): Promise<void> {
  // counted before any entry is read for its ETag: a pass of a thousand named items must not
  // decrypt them all only to learn it is too large for a batch
  let foreseen = 0;
  for (const [name, work] of plan) {
    const resource = resources.get(name);
    if (resource) foreseen += await fetcher.readsForeseen(resource, work);
  }
  if (foreseen > PREFETCH_MAX) return;
  const asks: Ask[] = [];
  for (const [name, work] of plan) {
    const resource = resources.get(name);
    if (resource) asks.push(...(await fetcher.asksFor(resource, work)));
  }
  await reader.prefetch(asks);
}
