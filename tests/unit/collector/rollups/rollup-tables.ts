import Database from 'better-sqlite3';
import { ROLLUP_TABLES } from '../../../../packages/collector/src/rollups/rollup-tables.js';

/** Every row of every rollup table of the database at `path`, in a stable order. */
export function rollupTables(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    return Object.fromEntries(
      ROLLUP_TABLES.map((table) => {
        const rows = db.prepare<[], Record<string, unknown>>(`SELECT * FROM ${table}`).all();
        return [table, rows.map((row) => JSON.stringify(row)).sort().map((row) => JSON.parse(row) as unknown)];
      }),
    );
  } finally {
    db.close();
  }
}
