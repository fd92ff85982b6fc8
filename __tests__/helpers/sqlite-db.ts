import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real SQLite database driven through the sqlite3 command-line shell, so rollback SQL is run,
 * not just read. Tests that need it are skipped where the shell is not installed.
 */

export const hasSqlite3 = (() => {
  try {
    execFileSync('sqlite3', ['-version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
})();

type Row = Record<string, unknown>;

export interface Snapshot {
  /** sqlite_master entries (type, name, table); SQL text is left out, formatting differs by writer. */
  objects: Row[];
  tables: Record<string, { autoincrement: boolean; columns: Row[]; indexes: Row[]; foreignKeys: Row[]; rows: Row[] }>;
  triggers: Row[];
  sequence: Row[];
}

export class SqliteDb {
  private readonly dir = mkdtempSync(join(tmpdir(), 'migra-sqlite-'));
  readonly path = join(this.dir, 'db.sqlite3');

  /** Runs a script; stops at the first error and throws it. */
  exec(sql: string): void {
    try {
      execFileSync('sqlite3', ['-bail', this.path], { input: sql, stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (e) {
      throw new Error(`sqlite3 failed: ${String((e as { stderr?: Buffer }).stderr ?? e)}\n--- script ---\n${sql}`);
    }
  }

  query(sql: string): Row[] {
    const out = execFileSync('sqlite3', ['-json', this.path, sql], { encoding: 'utf8' });
    return out.trim() ? (JSON.parse(out) as Row[]) : [];
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** The schema as SQLite reports it through its pragmas, and every row. */
  snapshot(): Snapshot {
    const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
    const objects = this.query("SELECT type, name, tbl_name FROM sqlite_master ORDER BY type, name");
    const tables: Snapshot['tables'] = {};
    for (const { name } of this.query("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name <> 'sqlite_sequence' ORDER BY name")) {
      const t = String(name);
      const sql = String(this.query(`SELECT sql FROM sqlite_master WHERE name = ${lit(t)}`)[0].sql);
      const columns = this.query(`SELECT name, lower(type) AS type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(${lit(t)}) ORDER BY cid`);
      const pk = columns.filter((c) => Number(c.pk) > 0);
      // A single INTEGER PRIMARY KEY is the rowid: NULL becomes a new id, so NOT NULL on it changes nothing.
      if (pk.length === 1 && pk[0].type === 'integer') pk[0].notnull = 'rowid';
      const indexes = this.query(`SELECT name, "unique", origin, partial FROM pragma_index_list(${lit(t)}) ORDER BY name`).map((i) => ({
        ...i,
        columns: this.query(`SELECT name, "desc", coll FROM pragma_index_xinfo(${lit(String(i.name))}) WHERE key = 1 ORDER BY seqno`),
      }));
      const foreignKeys = this.query(`SELECT "table", "from", "to", on_update, on_delete, "match" FROM pragma_foreign_key_list(${lit(t)}) ORDER BY id, seq`);
      const rows = this.query(`SELECT * FROM "${t.replace(/"/g, '""')}" ORDER BY rowid`);
      tables[t] = { autoincrement: /\bautoincrement\b/i.test(sql), columns, indexes, foreignKeys, rows };
    }
    const triggers = this.query("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name");
    const hasSequence = objects.some((o) => o.name === 'sqlite_sequence');
    const sequence = hasSequence ? this.query('SELECT name, seq FROM sqlite_sequence ORDER BY name') : [];
    return { objects, tables, triggers, sequence };
  }
}
