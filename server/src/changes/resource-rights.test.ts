import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RIGHTS } from '../../../src/shared/team/types';
import { CHANGE_RESOURCES, changeRightsTable, visibleResources } from './resource-rights';

const SERVER_SRC = path.resolve(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [file] : [];
  });
}

/** Every `recordChange(db, customer, <resource>, …)` of the server, with its resource. */
function writtenResources(): { file: string; resource: string | null }[] {
  const out: { file: string; resource: string | null }[] = [];
  for (const file of sources(SERVER_SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const call of text.matchAll(
      /(?<!function )\brecordChange\(\s*([^,()]+),\s*([^,()]+),\s*([^,]+),/g,
    )) {
      const literal = /^'([^']*)'$/.exec(call[3]!.trim());
      out.push({ file: path.relative(SERVER_SRC, file), resource: literal?.[1] ?? null });
    }
  }
  return out;
}

describe('the change-log rights table', () => {
  it('names every resource the server writes to the change log', () => {
    const written = writtenResources();
    expect(written.length).toBeGreaterThan(20);
    const unnamed = written.filter((w) => w.resource === null).map((w) => w.file);
    expect(unnamed, 'write the resource as a literal, so this test can check it').toEqual([]);
    const missing = written
      .filter((w) => w.resource !== null && !(w.resource in CHANGE_RESOURCES))
      .map((w) => `${w.resource} (${w.file})`);
    expect(missing, 'add these to CHANGE_RESOURCES in changes/resource-rights.ts').toEqual([]);
  });

  it('is the only way into the change log', () => {
    const direct = sources(SERVER_SRC)
      .filter((f) => !f.endsWith(path.join('changes', 'changes.ts')))
      .filter((f) => /INSERT\s+(OR\s+\w+\s+)?INTO\s+changes\b/i.test(readFileSync(f, 'utf8')));
    expect(direct.map((f) => path.relative(SERVER_SRC, f))).toEqual([]);
  });

  it('takes each right from the operation that reads the resource', () => {
    const table = changeRightsTable();
    expect(Object.fromEntries(table)).toMatchObject({
      invoices: 'invoices',
      statement: 'invoices',
      contracts: 'contracts',
      credentials: 'credentials',
      'dns-zones': 'dns',
      me: 'none',
    });
    for (const right of table.values()) expect(['none', ...RIGHTS]).toContain(right);
  });

  it('shows a user only the resources of their rights, and every member what needs none', () => {
    const withoutInvoices = visibleResources(RIGHTS.filter((r) => r !== 'invoices'));
    expect(withoutInvoices).not.toContain('invoices');
    expect(withoutInvoices).not.toContain('statement');
    expect(withoutInvoices).toContain('contracts');
    expect(visibleResources([]).sort()).toEqual(['me', 'notices']);
    expect(visibleResources(RIGHTS).sort()).toEqual(Object.keys(CHANGE_RESOURCES).sort());
  });
});
