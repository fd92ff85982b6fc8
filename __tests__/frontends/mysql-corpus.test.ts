import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dialect } from '../../src/model/dialect.js';
import { mapMysqlStatement } from '../../src/frontends/sql/mysql-map.js';

const here = dirname(fileURLToPath(import.meta.url));

interface CorpusStatement {
  text: string;
  line: number;
  kinds?: string[];
}

/** Statements end at a line ending in ';'; a "-- kinds:" comment just above gives the expected operation kinds. */
function readCorpus(name: string): CorpusStatement[] {
  const lines = readFileSync(join(here, 'fixtures', name), 'utf8').split('\n');
  const out: CorpusStatement[] = [];
  let buf: string[] = [];
  let start = 0;
  let kinds: string[] | undefined;
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (!buf.length) {
      const k = /^-- kinds:\s*(.+)$/.exec(trimmed);
      if (k) {
        kinds = k[1].split(',').map((s) => s.trim());
        return;
      }
      if (trimmed === '' || trimmed.startsWith('--')) return;
      start = i + 1;
    }
    buf.push(line);
    if (trimmed.endsWith(';')) {
      const text = buf.join('\n').trim().replace(/;$/, '');
      out.push({ text, line: start, kinds });
      buf = [];
      kinds = undefined;
    }
  });
  return out;
}

function measure(name: string, dialect: Dialect) {
  const stmts = readCorpus(name);
  const failures: string[] = [];
  const mismatches: string[] = [];
  for (const s of stmts) {
    try {
      const got = mapMysqlStatement(s.text, dialect).map((o) => o.kind);
      if (s.kinds && got.join(',') !== s.kinds.join(',')) {
        mismatches.push(`line ${s.line}: expected ${s.kinds.join(',')} got ${got.join(',')}`);
      }
    } catch (e) {
      failures.push(`line ${s.line}: ${(e as Error).message}`);
    }
  }
  return { stmts, failures, mismatches };
}

describe('MySQL corpus', () => {
  const { stmts, failures, mismatches } = measure('mysql-corpus.sql', 'mysql');

  it('holds at least 80 statements, each with expected kinds', () => {
    expect(stmts.length).toBeGreaterThanOrEqual(80);
    expect(stmts.filter((s) => !s.kinds)).toEqual([]);
  });

  it('maps every statement without an error', () => {
    expect(failures).toEqual([]);
  });

  it('maps every statement to the expected operation kinds', () => {
    expect(mismatches).toEqual([]);
  });
});

describe('MariaDB corpus', () => {
  const { stmts, failures, mismatches } = measure('mariadb-corpus.sql', 'mariadb');

  it('maps every statement to the expected operation kinds', () => {
    expect(stmts.length).toBeGreaterThanOrEqual(15);
    expect(failures).toEqual([]);
    expect(mismatches).toEqual([]);
  });
});
