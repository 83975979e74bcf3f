import { mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemorySecretStore } from '../vault/memory-store';
import {
  CACHE_KEY_SECRET,
  cacheFileName,
  listCacheFiles,
  openEncryptedCache,
  seal,
  unseal,
} from './encrypted-cache';
import { randomBytes } from 'node:crypto';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kc-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function onlyFile(): Promise<string> {
  const files = await listCacheFiles(dir);
  expect(files).toHaveLength(1);
  return join(dir, files[0]!);
}

describe('seal/unseal', () => {
  const key = randomBytes(32);
  it('round-trips and refuses another name (a swapped file)', () => {
    const sealed = seal(key, 'account', Buffer.from('hello'));
    expect(unseal(key, 'account', sealed).toString()).toBe('hello');
    expect(() => unseal(key, 'invoices', sealed)).toThrow();
  });
  it('refuses a wrong key, a flipped bit and a truncated file', () => {
    const sealed = seal(key, 'a', Buffer.from('secret data'));
    expect(() => unseal(randomBytes(32), 'a', sealed)).toThrow();
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1]! ^= 1;
    expect(() => unseal(key, 'a', flipped)).toThrow();
    expect(() => unseal(key, 'a', sealed.subarray(0, sealed.length - 1))).toThrow();
    expect(() => unseal(key, 'a', sealed.subarray(0, 10))).toThrow();
  });
});

describe('openEncryptedCache', () => {
  it('says whether an entry exists without reading it', async () => {
    const cache = await openEncryptedCache({ dir, secrets: createMemorySecretStore() });
    expect(await cache.has('pdf:1')).toBe(false);
    await cache.putBlob('pdf:1', Buffer.from('%PDF'));
    expect(await cache.has('pdf:1')).toBe(true);
    expect(await cache.has('pdf:2')).toBe(false);
    await cache.delete('pdf:1');
    expect(await cache.has('pdf:1')).toBe(false);
  });

  it('stores JSON that is not readable on disk and reads it back after reopening', async () => {
    const secrets = createMemorySecretStore();
    const cache = await openEncryptedCache({ dir, secrets });
    await cache.putJson('account', { customerNumber: 'K-100234', company: 'Muster GmbH' });
    const raw = await readFile(await onlyFile());
    expect(raw.includes(Buffer.from('K-100234'))).toBe(false);
    expect((await readdir(dir)).join()).not.toContain('account');
    const reopened = await openEncryptedCache({ dir, secrets });
    expect(await reopened.getJson('account')).toEqual({
      customerNumber: 'K-100234',
      company: 'Muster GmbH',
    });
  });

  it('removes the temp files of writes a kill interrupted when it opens, and only those', async () => {
    const secrets = createMemorySecretStore();
    const cache = await openEncryptedCache({ dir, secrets });
    await cache.putJson('account', { customerNumber: 'K-100234' });
    const entry = (await listCacheFiles(dir))[0]!;
    // what a kill -9 between write and rename leaves: a half-written sealed file
    const orphans = [`${entry}.0a1b2c3d4e5f.tmp`, `${'f'.repeat(64)}.kc.ffffffffffff.tmp`];
    for (const orphan of orphans) await writeFile(join(dir, orphan), 'KC1 half');
    await writeFile(join(dir, 'notes.tmp'), 'not ours');
    const key = Buffer.from((await secrets.get(CACHE_KEY_SECRET))!, 'base64');
    expect(entry).toBe(cacheFileName(key, 'account'));
    const reopened = await openEncryptedCache({ dir, secrets });
    expect((await readdir(dir)).sort()).toEqual([entry, 'notes.tmp'].sort());
    expect(await reopened.getJson('account')).toEqual({ customerNumber: 'K-100234' });
  });

  it('drops a tampered entry, reports it, and answers as if it was never cached', async () => {
    const corrupt: string[] = [];
    const cache = await openEncryptedCache({
      dir,
      secrets: createMemorySecretStore(),
      onCorrupt: (n) => corrupt.push(n),
    });
    await cache.putJson('account', { a: 1 });
    const file = await onlyFile();
    const bytes = await readFile(file);
    bytes[bytes.length - 3]! ^= 0xff;
    await writeFile(file, bytes);
    expect(await cache.getJson('account')).toBeUndefined();
    expect(corrupt).toEqual(['account']);
    expect(await listCacheFiles(dir)).toHaveLength(0);
  });

  it('drops a truncated entry', async () => {
    const cache = await openEncryptedCache({ dir, secrets: createMemorySecretStore() });
    await cache.putBlob('pdf', randomBytes(1000));
    await truncate(await onlyFile(), 500);
    expect(await cache.getBlob('pdf')).toBeUndefined();
  });

  it('cannot read entries written under another key, and starts clean when the key is gone', async () => {
    const secrets = createMemorySecretStore();
    const cache = await openEncryptedCache({ dir, secrets });
    await cache.putJson('account', { a: 1 });
    await secrets.delete(CACHE_KEY_SECRET);
    const fresh = await openEncryptedCache({ dir, secrets });
    expect(await fresh.getJson('account')).toBeUndefined();
    expect(await listCacheFiles(dir)).toHaveLength(0);
  });

  it('destroy removes files and key, and refuses later writes', async () => {
    const secrets = createMemorySecretStore();
    const cache = await openEncryptedCache({ dir, secrets });
    await cache.putJson('account', { a: 1 });
    await cache.destroy();
    expect(await secrets.get(CACHE_KEY_SECRET)).toBeNull();
    expect(await listCacheFiles(dir)).toHaveLength(0);
    await expect(cache.putJson('account', { a: 2 })).rejects.toThrow('cache destroyed');
  });

  it('destroy waits for writes under way, so none lands after the folder is gone', async () => {
    const cache = await openEncryptedCache({ dir, secrets: createMemorySecretStore() });
    // a PDF download finishing just as the person signs out
    let written = false;
    const write = cache.putBlob('pdf:1', randomBytes(16 * 1024 * 1024)).then(() => {
      written = true;
    });
    await cache.destroy();
    expect(written).toBe(true);
    await write;
    expect(await listCacheFiles(dir)).toEqual([]);
    await expect(readdir(dir)).rejects.toThrow();
  });
});
