/**
 * The plaintext search: every value given, in each encoding a program might write it in,
 * searched for in every file under a folder (and in log lines). What it finds is a value on
 * disk in the clear, i.e. a leak.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Needle {
  /** what the value is (never the value itself: the report must not leak it either) */
  label: string;
  encoding: string;
  bytes: Buffer;
}

/** base64 of a value at each of the three byte offsets it can start at inside a longer blob */
function base64Forms(value: Buffer): Buffer[] {
  return [0, 1, 2].map((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), value]).toString('base64');
    // the characters that depend only on the value's own bytes
    const start = offset === 0 ? 0 : offset === 1 ? 2 : 3;
    const end = encoded.length - 4;
    return Buffer.from(encoded.slice(start, Math.max(start + 4, end)));
  });
}

/** The value as UTF-8, UTF-16LE, base64 (and base64url) at any offset, and URL-encoded. */
export function needlesOf(label: string, value: string): Needle[] {
  const utf8 = Buffer.from(value, 'utf8');
  const needles: Needle[] = [
    { label, encoding: 'utf8', bytes: utf8 },
    { label, encoding: 'utf16le', bytes: Buffer.from(value, 'utf16le') },
    { label, encoding: 'url', bytes: Buffer.from(encodeURIComponent(value)) },
    {
      label,
      encoding: 'form',
      bytes: Buffer.from(new URLSearchParams({ v: value }).toString().slice(2)),
    },
  ];
  // shorter values make base64 fragments that occur by chance in random bytes
  if (utf8.length >= 12) {
    for (const form of base64Forms(utf8)) {
      needles.push({ label, encoding: 'base64', bytes: form });
      needles.push({
        label,
        encoding: 'base64url',
        bytes: Buffer.from(form.toString().replace(/\+/g, '-').replace(/\//g, '_')),
      });
    }
  }
  // drop forms equal to another (plain ASCII is its own URL encoding)
  const seen = new Set<string>();
  return needles.filter((needle) => {
    const key = needle.bytes.toString('hex');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every file under `dir`, recursively (a missing folder has none). */
export function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export interface Hit {
  where: string;
  label: string;
  encoding: string;
}

/** Where each needle occurs in the given places (a file's bytes, or a text such as a log). */
export function search(places: { where: string; bytes: Buffer }[], needles: Needle[]): Hit[] {
  const hits: Hit[] = [];
  for (const place of places) {
    for (const needle of needles) {
      if (needle.bytes.length > 0 && place.bytes.includes(needle.bytes)) {
        hits.push({ where: place.where, label: needle.label, encoding: needle.encoding });
      }
    }
  }
  return hits;
}

export function readPlaces(files: string[]): { where: string; bytes: Buffer }[] {
  return files.map((file) => ({ where: file, bytes: readFileSync(file) }));
}
