// What lint cannot see: stylesheets stay under the same 400 lines as code (eslint reads no CSS).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const MAX_LINES = 400;

function filesUnder(folder: string, ending: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = join(folder, name);
    if (statSync(file).isDirectory()) return filesUnder(file, ending);
    return name.endsWith(ending) ? [file] : [];
  });
}

describe('stylesheets', () => {
  it(`are each at most ${MAX_LINES} lines`, () => {
    const sheets = filesUnder(join(ROOT, 'src'), '.css');
    expect(sheets.length).toBeGreaterThan(5);
    const long = sheets
      .map((file) => ({
        file: relative(ROOT, file),
        lines: readFileSync(file, 'utf8').split('\n').length,
      }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
