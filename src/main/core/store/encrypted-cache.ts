/**
 * The offline cache: JSON documents and binary blobs, each file sealed with AES-256-GCM under
 * a random 256-bit key that lives only in the vault. File names are an HMAC of the entry's
 * name, so the folder does not even reveal what is cached; the name is also bound in as
 * associated data, so a file swapped for another fails its tag check. A file that fails the
 * check (tampered, truncated, other key) is deleted and reported, and sync fetches it again.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { access, readFile, readdir, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../app-core-types';
import type { SecretStore } from '../ports';
import { removeOrphanTemps, writeFileAtomic } from './atomic-write';

const MAGIC = Buffer.from('KC1');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + IV_BYTES + TAG_BYTES;
export const CACHE_KEY_SECRET = 'cache-key';

export interface EncryptedCache {
  getJson<T>(name: string): Promise<T | undefined>;
  putJson(name: string, value: unknown): Promise<void>;
  getBlob(name: string): Promise<Buffer | undefined>;
  putBlob(name: string, data: Uint8Array): Promise<void>;
  /** whether an entry is on disk, without reading or decrypting it */
  has(name: string): Promise<boolean>;
  delete(name: string): Promise<void>;
  /** forget everything: the files and the key in the vault */
  destroy(): Promise<void>;
}

export interface OpenCacheOptions {
  dir: string;
  secrets: SecretStore;
  log?: Logger;
  /** called with the entry's name when a file failed its integrity check and was dropped */
  onCorrupt?: (name: string) => void;
}

/** Seal one entry: MAGIC | iv | tag | ciphertext, with the entry name as associated data. */
export function seal(key: Buffer, name: string, plaintext: Uint8Array): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(name, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), body]);
}

/** Open a sealed entry; throws on any tampering, truncation or wrong key. */
export function unseal(key: Buffer, name: string, sealed: Buffer): Buffer {
  if (sealed.length < HEADER_BYTES || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new Error('cache entry malformed');
  }
  const iv = sealed.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
  const tag = sealed.subarray(MAGIC.length + IV_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(name, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]);
}

/** The file an entry is kept in: an HMAC of its name, so the folder does not name it. */
export function cacheFileName(key: Buffer, name: string): string {
  const nameKey = createHmac('sha256', key).update('file-names').digest();
  return `${createHmac('sha256', nameKey).update(name).digest('hex')}.kc`;
}

async function loadOrCreateKey(options: OpenCacheOptions): Promise<Buffer> {
  const stored = await options.secrets.get(CACHE_KEY_SECRET);
  if (stored) {
    const key = Buffer.from(stored, 'base64');
    if (key.length === 32) return key;
    options.log?.warn('cache: stored key has the wrong length, starting a new cache');
  }
  // No key means nothing on disk can be read any more: clear it rather than leave litter.
  await rm(options.dir, { recursive: true, force: true });
  const key = randomBytes(32);
  await options.secrets.set(CACHE_KEY_SECRET, key.toString('base64'));
  return key;
}

export async function openEncryptedCache(options: OpenCacheOptions): Promise<EncryptedCache> {
  const key = await loadOrCreateKey(options);
  // what a kill mid-write left: sealed halves nobody will read (before this cache writes)
  const orphans = await removeOrphanTemps(options.dir);
  if (orphans > 0) options.log?.info('cache: removed files of interrupted writes', { orphans });
  // cacheFileName's HMAC key, derived once here
  const nameKey = createHmac('sha256', key).update('file-names').digest();
  let destroyed = false;
  /** writes under way: destroy waits for them, or one could land after the folder is gone */
  const writing = new Set<Promise<void>>();
  const write = async (name: string, sealed: Buffer) => {
    const done = writeFileAtomic(fileOf(name), sealed);
    writing.add(done);
    try {
      await done;
    } finally {
      writing.delete(done);
    }
  };
  const fileOf = (name: string) => {
    // after sign-out the key is gone: a late write from a sync still under way must not land
    if (destroyed) throw new Error('cache destroyed');
    return join(options.dir, `${createHmac('sha256', nameKey).update(name).digest('hex')}.kc`);
  };

  async function read(name: string): Promise<Buffer | undefined> {
    let sealed: Buffer;
    try {
      sealed = await readFile(fileOf(name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      return unseal(key, name, sealed);
    } catch {
      options.log?.warn('cache: entry failed its integrity check and was dropped', { name });
      await unlink(fileOf(name)).catch(() => undefined);
      options.onCorrupt?.(name);
      return undefined;
    }
  }

  return {
    async getJson<T>(name: string) {
      const plain = await read(name);
      if (!plain) return undefined;
      try {
        return JSON.parse(plain.toString('utf8')) as T;
      } catch {
        await unlink(fileOf(name)).catch(() => undefined);
        options.onCorrupt?.(name);
        return undefined;
      }
    },
    async putJson(name, value) {
      if (destroyed) throw new Error('cache destroyed');
      await write(name, seal(key, name, Buffer.from(JSON.stringify(value), 'utf8')));
    },
    getBlob: (name) => read(name),
    async putBlob(name, data) {
      if (destroyed) throw new Error('cache destroyed');
      await write(name, seal(key, name, data));
    },
    async has(name) {
      try {
        await access(fileOf(name));
        return true;
      } catch {
        return false;
      }
    },
    async delete(name) {
      await rm(fileOf(name), { force: true });
    },
    async destroy() {
      destroyed = true;
      await Promise.allSettled([...writing]);
      key.fill(0);
      await options.secrets.delete(CACHE_KEY_SECRET);
      await rm(options.dir, { recursive: true, force: true });
    },
  };
}

/** Names of the files in a cache folder (for tests and diagnostics). */
export async function listCacheFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((file) => file.endsWith('.kc'));
  } catch {
    return [];
  }
}
