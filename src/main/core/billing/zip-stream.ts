/**
 * A ZIP written as it is read: entries come from an async source one at a time and leave as
 * chunks, so a year of PDFs and e-invoices is never in memory at once (fflate's streaming
 * Zip; stored entries for what is compressed already, deflate for text).
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
  /** 0 = stored (PDFs), else deflate level */
  level: 0 | 6;
  mtime: Date;
}

/** The ZIP of the entries, in their order, as a stream of chunks. */
export async function* zipStream(entries: AsyncIterable<ZipEntry>): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  const drain = function* () {
    while (out.length > 0) yield out.shift() as Uint8Array;
  };
  for await (const entry of entries) {
    const file =
      entry.level === 0 ? new ZipPassThrough(entry.name) : new ZipDeflate(entry.name, { level: 6 });
    file.mtime = entry.mtime;
    zip.add(file);
    file.push(entry.data, true);
    if (failure) throw failure as Error;
    yield* drain();
  }
  zip.end();
  if (failure) throw failure as Error;
  yield* drain();
}

/** The whole ZIP in memory (tests, small archives). */
export async function collectZip(entries: AsyncIterable<ZipEntry>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of zipStream(entries)) parts.push(chunk);
  return Buffer.concat(parts);
}
