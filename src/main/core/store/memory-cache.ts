/**
 * The encrypted cache's contract in memory, for tests of what writes to it: no disk, no key.
 * JSON goes in and out through stringify/parse as the real cache's does, so a test sees what
 * a restart would read (an undefined field gone, no shared object between writer and reader).
 */
import type { EncryptedCache } from './encrypted-cache';

export interface MemoryCache extends EncryptedCache {
  /** the names of every entry, sorted */
  names(): string[];
}

export function createMemoryCache(): MemoryCache {
  const entries = new Map<string, string | Buffer>();
  return {
    names: () => [...entries.keys()].sort(),
    getJson: <T>(name: string) => {
      const text = entries.get(name);
      return Promise.resolve(typeof text === 'string' ? (JSON.parse(text) as T) : undefined);
    },
    putJson: (name, value) => Promise.resolve(void entries.set(name, JSON.stringify(value))),
    getBlob: (name) => {
      const blob = entries.get(name);
      return Promise.resolve(Buffer.isBuffer(blob) ? Buffer.from(blob) : undefined);
    },
    putBlob: (name, data) => Promise.resolve(void entries.set(name, Buffer.from(data))),
    has: (name) => Promise.resolve(entries.has(name)),
    delete: (name) => Promise.resolve(void entries.delete(name)),
    destroy: () => Promise.resolve(entries.clear()),
  };
}
