/**
 * What a heap snapshot (v8.writeHeapSnapshot) holds, summed by constructor or string, the
 * largest first: enough to see which data a process keeps without opening DevTools.
 */
import { readFileSync } from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

export function heapSummary(file: string, top = 15): string[] {
  const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const sums = new Map<string, { size: number; count: number }>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt!]!]!;
    const name =
      type === 'object' || type === 'closure'
        ? snap.strings[snap.nodes[i + nameAt!]!]!
        : `(${type})`;
    const entry = sums.get(name) ?? { size: 0, count: 0 };
    entry.size += snap.nodes[i + sizeAt!]!;
    entry.count++;
    sums.set(name, entry);
  }
  return [...sums]
    .sort((a, b) => b[1].size - a[1].size)
    .slice(0, top)
    .map(
      ([name, { size, count }]) =>
        `${(size / 1024 / 1024).toFixed(1).padStart(6)} MB  ${String(count).padStart(8)}×  ${name.slice(0, 60)}`,
    );
}
