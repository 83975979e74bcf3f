/**
 * The read side of the sync engine (sync-engine.ts extends it): cached documents and details
 * as readers see them, confirmed by the last pass that covered them, and refused resources
 * answering their refusal. It also counts the writes per resource (revision).
 */
import type { Cached } from '../../../shared/domain';
import type { EncryptedCache } from '../store/encrypted-cache';
import type { CachedDocument, CollectionResource, SyncResource } from './sync-resources';
import { dropLedgerParts, isLedgerHead, readLedger } from './sync-ledger';
import { dropList, readList } from './sync-list-parts';
import { refusalError, type Refusal, type SyncState } from './sync-state';

export class SyncReads {
  protected state: SyncState = { cursor: null, lastSyncedAt: null };
  protected readonly byName: Map<string, SyncResource>;
  /** per resource, how often its cached entry was written or dropped (see revision) */
  private readonly revisions = new Map<string, number>();

  constructor(
    protected readonly cache: EncryptedCache,
    resources: readonly SyncResource[],
  ) {
    this.byName = new Map(resources.map((resource) => [resource.name, resource]));
  }

  /**
   * The cached document of a resource, straight from disk. A resource the server refused
   * throws that refusal (ApiError 403 with the right missing), so a read says "not allowed"
   * rather than "not loaded yet".
   */
  async read<T>(name: string): Promise<Cached<T> | null> {
    this.assertAllowed(name);
    const resource = this.byName.get(name);
    return this.readDoc<T>(name, resource !== undefined && !isUnlogged(resource), resource);
  }

  protected async readDoc<T>(
    key: string,
    followsSync: boolean,
    resource?: SyncResource,
  ): Promise<Cached<T> | null> {
    if (resource?.kind === 'collection') {
      const list = await readList(this.cache, resource);
      // no list, or a part of it lost: the next pass (which fetches what is missing) heals it
      if (!list && (await this.cache.has(key))) {
        await dropList(this.cache, key);
        this.touch(key);
      }
      return list ? this.cachedOf(list as CachedDocument<T>, followsSync) : null;
    }
    let doc = await this.cache.getJson<CachedDocument<T>>(key);
    if (resource?.kind === 'document' && resource.appendOnly && isLedgerHead(doc)) {
      doc = (await readLedger(this.cache, resource, doc)) as CachedDocument<T> | undefined;
      // a part is lost: dropped whole, so the next pass (which fetches what is missing) heals it
      if (!doc) {
        await dropLedgerParts(this.cache, key);
        await this.cache.delete(key);
        this.touch(key);
      }
    }
    return doc ? this.cachedOf(doc, followsSync) : null;
  }

  private cachedOf<T>(doc: CachedDocument<T>, followsSync: boolean): Cached<T> {
    return followsSync
      ? { data: doc.data, syncedAt: this.confirmed(doc.syncedAt), followsSync }
      : { data: doc.data, syncedAt: doc.syncedAt };
  }

  /** The later of a document's own fetch and the last completed pass that covered it. */
  protected confirmed(syncedAt: string): string {
    const pass = this.state.confirmedAt;
    return pass && pass > syncedAt ? pass : syncedAt;
  }

  /**
   * The same, but a refused resource reads as null: for a view made of several resources
   * that still shows what the user may see (the billing overview without payment methods).
   */
  async readIfAllowed<T>(name: string): Promise<Cached<T> | null> {
    return this.state.forbidden?.[name] ? null : this.read<T>(name);
  }

  /** The ETag a cached document came with, for an If-Match on a write. */
  async etag(name: string): Promise<string | undefined> {
    return (await this.cache.getJson<CachedDocument>(name))?.etag;
  }

  /** The cached detail of one item of a collection. */
  async readItem<T>(name: string, id: string): Promise<Cached<T> | null> {
    this.assertAllowed(name);
    // the change log names every item that changes: a cached detail is confirmed by a pass too
    return this.readDoc<T>(this.collection(name).itemKey(id), true);
  }

  /**
   * A number that changes whenever this engine writes or drops a resource's cached entry: a
   * reader that derives something costly from it (an index of 2,000 zones) keeps it until then.
   */
  revision(name: string): number {
    return this.revisions.get(name) ?? 0;
  }

  protected touch(name: string): void {
    this.revisions.set(name, this.revision(name) + 1);
  }

  /** Whether the server refused a resource, and why. */
  refusal(name: string): Refusal | null {
    return this.state.forbidden?.[name] ?? null;
  }

  protected assertAllowed(name: string): void {
    const refusal = this.state.forbidden?.[name];
    if (refusal) throw refusalError(refusal);
  }

  protected collection(name: string): CollectionResource {
    const resource = this.byName.get(name);
    if (resource?.kind !== 'collection') throw new Error(`not a collection: ${name}`);
    return resource;
  }
}

function isUnlogged(resource: SyncResource): boolean {
  return resource.kind === 'document' && resource.unlogged === true;
}
