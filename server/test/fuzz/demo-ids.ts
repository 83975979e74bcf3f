/**
 * Real ids of the demo customer for fuzzed paths, so requests also reach past the lookups:
 * a few `id` (and `name`) values of every table that belongs to a customer. Read from the
 * schema, so the tables of new areas count without a list to keep.
 */
import path from 'node:path';
import Database from 'better-sqlite3';

export function demoIds(dataDir: string, customerNumber = 'K-100234', perTable = 3): string[] {
  const db = new Database(path.join(dataDir, 'kundencenter.sqlite'), { readonly: true });
  try {
    const customer = db
      .prepare('SELECT id FROM customers WHERE customer_number = ?')
      .get(customerNumber) as { id: number } | undefined;
    if (!customer) return [];
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .all() as { name: string }[];
    const ids = new Set<string>();
    for (const { name } of tables) {
      const columns = (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map(
        (c) => c.name,
      );
      if (!columns.includes('customer_id')) continue;
      for (const key of ['id', 'name'].filter((k) => columns.includes(k))) {
        const rows = db
          .prepare(`SELECT "${key}" AS v FROM "${name}" WHERE customer_id = ? LIMIT ?`)
          .all(customer.id, perTable) as { v: string | number | null }[];
        for (const row of rows) if (row.v !== null && row.v !== '') ids.add(String(row.v));
      }
    }
    return [...ids];
  } finally {
    db.close();
  }
}
