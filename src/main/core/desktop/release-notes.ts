/**
 * "Neu in dieser Version": the notes of the feed's release, kept when the update was
 * downloaded and shown once after it is installed. The feed's notes are HTML (or a list of them
 * for skipped versions); the app shows them as plain text lines, never as markup.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Logger } from '../app-core-types';

export const RELEASE_NOTES_FILE = 'release-notes.json';
/** at most this many lines of at most this many characters: a feed cannot flood the dialog */
const MAX_LINES = 40;
const MAX_LINE = 300;

export interface KeptReleaseNotes {
  version: string;
  notes: string[];
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** One release's HTML (or text) as lines: list items, paragraphs and breaks each a line. */
function linesOf(html: string): string[] {
  return html
    .replace(/<\s*(script|style)[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi, '')
    .replace(/<\s*(br|\/p|\/li|\/h[1-6]|\/div|li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) {
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      }
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*[-*•]\s*/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '');
}

/** electron-updater's `releaseNotes` (string, per-version list, or none) as plain lines. */
export function releaseNoteLines(
  notes: string | readonly { version: string; note: string | null }[] | null | undefined,
): string[] {
  const html =
    typeof notes === 'string' ? notes : (notes ?? []).map((n) => n.note ?? '').join('\n');
  return linesOf(html)
    .slice(0, MAX_LINES)
    .map((line) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line));
}

/** Kept by the shell when an update was downloaded (replaced atomically). */
export function keepReleaseNotes(dataDir: string, kept: KeptReleaseNotes, log?: Logger): void {
  const file = join(dataDir, RELEASE_NOTES_FILE);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(kept));
    renameSync(`${file}.tmp`, file);
  } catch (error) {
    log?.warn('release notes: could not be kept', { reason: String(error) });
  }
}

/** The kept notes of `version`; null when none were kept for it or the file is unreadable. */
export function readReleaseNotes(dataDir: string, version: string): string[] | null {
  try {
    const kept = JSON.parse(readFileSync(join(dataDir, RELEASE_NOTES_FILE), 'utf8')) as unknown;
    if (!kept || typeof kept !== 'object') return null;
    const { version: keptVersion, notes } = kept as Partial<KeptReleaseNotes>;
    if (keptVersion !== version || !Array.isArray(notes)) return null;
    return releaseNoteLines(notes.filter((n): n is string => typeof n === 'string').join('\n'));
  } catch {
    return null;
  }
}
