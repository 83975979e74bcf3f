/**
 * The kinds of data the sync engine keeps offline. Both live in the encrypted cache under
 * their name as `{data, etag, syncedAt}`, so every read is the same.
 */
import type { ApiError } from '../api/api-error';

/** One document fetched whole and revalidated with its ETag (account, statement, …). */
export interface DocumentResource {
  kind: 'document';
  /** also its name in the cache and in 'data:changed' events */
  name: string;
  path: string;
  /**
   * other change-log resource names that also make this document stale (who I am changes
   * with the team's rights and the account's name, which the log records under their names)
   */
  alsoOn?: readonly string[];
  /**
   * the change log does not name this document (the user's own security data): a pass that
   * fetched nothing does not confirm it, only its own fetch does
   */
  unlogged?: true;
  /**
   * the document grows at its end (the statement's bookings under `items`): asked only for
   * what was added since the version held, and cached in parts (sync-ledger.ts)
   */
  appendOnly?: { items: string };
}

/**
 * A list the server pages by cursor and whose items the change log names one by one
 * (invoices). The list is cached as one document, or in parts once long; a named item is
 * fetched alone, its detail cached under `itemKey(id)` and its summary patched into the list.
 */
export interface CollectionResource<Item = unknown, Summary = unknown> {
  kind: 'collection';
  name: string;
  path: string;
  pageSize: number;
  itemPath: (id: string) => string;
  itemKey: (id: string) => string;
  idOf: (summary: Summary) => string;
  /** the list entry of an item, from its detail */
  summarize: (item: Item) => Summary;
  /** the list's order (negative: a before b) */
  compare: (a: Summary, b: Summary) => number;
  /**
   * how the cached list is split once long (sync-list-parts.ts): `count` parts from `from`
   * items on; 16 from 500 when not said
   */
  parts?: { count: number; from: number };
  /** further cache entries of an item (its PDF), dropped with it when the list is refused */
  itemExtras?: (id: string) => string[];
  /**
   * besides a 404, the refusals of an item fetch meaning it left the list (a zone whose domain
   * now uses other nameservers): the item is dropped rather than the pass failing
   */
  goneWhen?: (error: ApiError) => boolean;
}

export type SyncResource = DocumentResource | CollectionResource;

/** Typed definition of a collection, stored as the engine's untyped one. */
export function defineCollection<Item, Summary>(
  resource: CollectionResource<Item, Summary>,
): CollectionResource {
  return resource as unknown as CollectionResource;
}

/** The page shape of a paged list. */
export interface ListPage<Summary> {
  items: Summary[];
  nextCursor: string | null;
}

/** A document as the cache holds it. */
export interface CachedDocument<T = unknown> {
  data: T;
  etag?: string;
  syncedAt: string;
}
