/**
 * Crash-safe file replacement: write a temp file, fsync it, rename over, fsync the folder.
 * A kill between the first write and the rename leaves the temp file behind; the owner of a
 * folder calls `removeOrphanTemps` when it opens the folder, before it writes anything.
 */
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { open, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';

function tempName(file: string): string {
  return `${file}.${randomBytes(6).toString('hex')}.tmp`;
}

/** the names tempName gives: `<file>.<12 hex digits>.tmp`, nothing a person would name a file */
const TEMP_FILE = /\.[0-9a-f]{12}\.tmp$/;

function orphans(names: string[]): string[] {
  return names.filter((name) => TEMP_FILE.test(name));
}

/** Deletes the temp files interrupted writes left in `dir` (not below it); how many. */
export async function removeOrphanTemps(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0; // no folder yet: nothing left over
  }
  const found = orphans(names);
  await Promise.all(found.map((name) => rm(join(dir, name), { force: true })));
  return found.length;
}

/** removeOrphanTemps for owners that open their folder synchronously (the settings file). */
export function removeOrphanTempsSync(dir: string): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  const found = orphans(names);
  for (const name of found) rmSync(join(dir, name), { force: true });
  return found.length;
}

function fsyncDirSync(dir: string): void {
  // Directories cannot be opened for fsync on Windows; the rename is atomic there anyway.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function writeFileAtomicSync(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temp = tempName(file);
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    fsyncDirSync(dirname(file));
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** `mode` is private (0600) unless a caller writes for the person, e.g. a saved PDF. */
export async function writeFileAtomic(
  file: string,
  data: Uint8Array | AsyncIterable<Uint8Array>,
  mode: number = 0o600,
): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const temp = tempName(file);
  try {
    const handle = await open(temp, 'w', mode);
    try {
      if (data instanceof Uint8Array) await handle.writeFile(data);
      else for await (const chunk of data) await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
    if (process.platform !== 'win32') {
      const dir = await open(dirname(file), 'r');
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
    }
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
