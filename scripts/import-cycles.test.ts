// No import circles, type-only imports included. The lint rule (import-x/no-cycle) skips
// `import type`, which the build erases; a circle of types still means two modules that cannot
// be read, moved or tested one without the other, so this test follows every import.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const FOLDERS = ['src', 'server/src', 'server/test', 'bench', 'scripts', 'e2e'];
const SOURCE = /\.(ts|tsx|mts)$/;

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = join(folder, name);
    if (statSync(file).isDirectory()) return sourcesUnder(file);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [file] : [];
  });
}

/** The file a relative specifier names (`./x` → x.ts, x.tsx, x/index.ts), or null. */
function resolve(from: string, specifier: string): string | null {
  const base = normalize(join(dirname(from), specifier)).replace(/\.js$/, '');
  const candidates = ['', '.ts', '.tsx', '.mts', '/index.ts', '/index.tsx'].map(
    (end) => base + end,
  );
  return candidates.find((file) => SOURCE.test(file) && existsSync(file)) ?? null;
}

/** The relative specifiers a source names: imports and re-exports, `import type` too. */
export function relativeImports(text: string): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith('.'));
}

/** Each file and the files it imports. */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const targets = relativeImports(readFileSync(file, 'utf8'))
        .map((specifier) => resolve(file, specifier))
        .filter((target): target is string => target !== null);
      return [file, [...new Set(targets)]];
    }),
  );
}

/** The circles of a graph: its strongly connected parts of more than one file (Tarjan). */
export function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const part: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      part.push(member);
    } while (member !== node);
    if (part.length > 1) found.push(part.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('import circles', () => {
  it('finds a circle, a type-only one too, and nothing in a chain', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(circles(graph)).toEqual([['a', 'b', 'c']]);
    expect(
      circles(
        new Map([
          ['x', ['y']],
          ['y', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads `import type` and `export … from` as arrows, packages not', () => {
    const text = [
      "import type { Contact } from '../shared/team/types';",
      "import { useState } from 'react';",
      "export { FieldFrame } from './FieldFrame';",
      "export type { Right } from './rights';",
      "const later = () => import('./lazy');",
    ].join('\n');
    expect(relativeImports(text)).toEqual([
      '../shared/team/types',
      './FieldFrame',
      './rights',
      './lazy',
    ]);
  });

  it('has none in the project', () => {
    const files = FOLDERS.flatMap((folder) => sourcesUnder(join(ROOT, folder)));
    expect(files.length).toBeGreaterThan(500);
    const found = circles(importGraph(files)).map((part) => part.map((f) => relative(ROOT, f)));
    expect(found).toEqual([]);
  });
});
