/**
 * For the kill loop only: the encrypted cache as the app has it, which also notes the name of
 * every entry before writing it (one JSON string a line, to KC_TEST_CACHE_NAMES). The folder
 * holds only HMACs of the names, and an entry can be checked only with its name: with the
 * list, the test reads every file of the cache after each kill. Swapped in for the real module
 * when webhost-process bundles the host with `recordCacheNames`; the app never imports it.
 */
import { appendFileSync } from 'node:fs';
import {
  openEncryptedCache as openRealCache,
  type EncryptedCache,
  type OpenCacheOptions,
} from '../../core/store/encrypted-cache';

export * from '../../core/store/encrypted-cache';

export async function openEncryptedCache(options: OpenCacheOptions): Promise<EncryptedCache> {
  const cache = await openRealCache(options);
  const file = process.env.KC_TEST_CACHE_NAMES;
  // before the write: a kill after it must not leave a file no name is known for
  const note = (name: string) => {
    if (file) appendFileSync(file, `${JSON.stringify(name)}\n`);
  };
  return {
    ...cache,
    putJson(name, value) {
      note(name);
      return cache.putJson(name, value);
    },
    putBlob(name, data) {
      note(name);
      return cache.putBlob(name, data);
    },
  };
}
