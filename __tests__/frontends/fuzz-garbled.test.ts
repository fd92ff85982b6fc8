import { loadModule, parseSync } from 'libpg-query';
import { parseSqlFile } from '../../src/frontends/sql/index.js';
import type { Dialect } from '../../src/model/dialect.js';
import type { Report } from '../../src/model/report.js';
import { readPython } from '../../src/python/reader.js';
import { reviewPr } from '../helpers/review.js';

/**
 * Issue 12: thousands of garbled statements, per dialect, through the engine. Every statement
 * that is not valid SQL must cost a finding at its line (unparsed-statement or another) or a
 * note; nothing throws, nothing silently becomes an opaque `other` or disappears.
 *
 * Garbles are invalid by construction (a first word no statement starts with, a statement cut
 * after its first words, an unclosed parenthesis, an unterminated quote, a control character
 * inside a keyword, a doubled verb). For PostgreSQL, random edits are judged by PostgreSQL's own
 * parser (libpg-query) as well.
 */

/** A small deterministic PRNG, so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const COMMON = [
  'CREATE TABLE orders (id int PRIMARY KEY, user_id int NOT NULL, total numeric(10, 2) DEFAULT 0)',
  'ALTER TABLE users ADD COLUMN nickname varchar(40)',
  'ALTER TABLE users DROP COLUMN email',
  'CREATE INDEX users_email_idx ON users (email)',
  'CREATE UNIQUE INDEX users_name_key ON users (name)',
  'DROP TABLE legacy_events',
  'DROP INDEX users_email_idx',
  "INSERT INTO users (id, email, name) VALUES (1, 'a@example.com', 'A'), (2, 'b@example.com', 'B')",
  "UPDATE users SET name = 'x' WHERE id = 1",
  'DELETE FROM users WHERE id > 100',
  'CREATE VIEW active_users AS SELECT id, email FROM users WHERE name IS NOT NULL',
  'ALTER TABLE users RENAME COLUMN name TO full_name',
  'SELECT count(*) FROM users',
];

const PER_DIALECT: Record<Dialect, string[]> = {
  postgresql: [
    ...COMMON,
    'CREATE INDEX CONCURRENTLY users_name_idx ON users (name) WHERE name IS NOT NULL',
    'ALTER TABLE users ALTER COLUMN name SET NOT NULL',
    "ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email LIKE '%@%') NOT VALID",
    "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
    "SET lock_timeout = '5s'",
    'GRANT SELECT, INSERT ON users TO app_user',
    'TRUNCATE users CASCADE',
  ],
  mysql: [
    ...COMMON,
    'ALTER TABLE users MODIFY COLUMN name varchar(200) NOT NULL',
    'ALTER TABLE users ADD INDEX idx_name (name), ALGORITHM=INPLACE, LOCK=NONE',
    "GRANT SELECT, INSERT ON shop.users TO 'app'@'%'",
    'SET foreign_key_checks = 0',
    'LOCK TABLES users WRITE',
    'CALL refresh_totals(1)',
    'RENAME TABLE users TO customers',
  ],
  mariadb: [...COMMON, 'ALTER TABLE users CHANGE COLUMN name full_name varchar(200)', "GRANT SELECT ON shop.* TO 'app'@'%'", 'TRUNCATE TABLE users'],
  sqlite: [...COMMON, 'PRAGMA foreign_keys = OFF', 'CREATE TABLE t2 (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT)', 'ALTER TABLE users RENAME TO people'],
};

/**
 * Verbs whose doubling is invalid in every dialect (not UPDATE: PostgreSQL takes `UPDATE update
 * users SET …` for a table named "update" with the alias users).
 */
const DOUBLABLE = new Set(['CREATE', 'ALTER', 'DROP', 'INSERT', 'DELETE', 'TRUNCATE', 'RENAME']);
const CONTROL = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\r', '\u0085', '\u200b'];
const JUNK_WORDS = ['FROBNICATE', 'SELEC', 'INSRT', 'ALTR', 'CRATE', 'DELTE', 'UPDTE', 'GRNAT', 'DORP', 'TRUNCAT', 'XYZZY', 'QQ', 'Z9'];

interface Garble {
  text: string;
  how: string;
  /** Swallows the rest of its file (an unterminated quote): placed last. */
  last?: boolean;
}

function garble(base: string, dialect: Dialect, r: () => number): Garble {
  const words = base.split(' ');
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const what = Math.floor(r() * 7);
  switch (what) {
    case 0: {
      // A letter no keyword has, inside the first word.
      const w = words[0];
      const at = 1 + Math.floor(r() * (w.length - 1));
      return { text: [`${w.slice(0, at)}${pick(['Q', 'X', 'J', 'Z'])}${w.slice(at)}`, ...words.slice(1)].join(' '), how: 'typo in the first word' };
    }
    case 1:
      return { text: [pick(JUNK_WORDS), ...words.slice(1 + Math.floor(r() * 2))].join(' '), how: 'unknown first word' };
    case 2: {
      // Cut after the first word or two: no statement of the list is complete there.
      // (`CALL p(1)` is whole at two words.)
      const keep = words.length <= 2 || words[0] === 'SELECT' || words[0] === 'PRAGMA' || words[0] === 'SET' ? 1 : 1 + Math.floor(r() * 2);
      if (words[0] === 'SELECT' && dialect === 'postgresql') return { text: `${words[0]} (`, how: 'cut' }; // bare SELECT is valid there
      return { text: words.slice(0, keep).join(' '), how: 'cut after the first words' };
    }
    case 3:
      return { text: `${base} (`, how: 'unclosed parenthesis' };
    case 4:
      return { text: `${base} ${pick(["'", '"'])}unterminated ${pick(['value', 'name'])}`, how: 'unterminated quote', last: true };
    case 5: {
      const w = words[0];
      const at = 1 + Math.floor(r() * (w.length - 1));
      return { text: [`${w.slice(0, at)}${pick(CONTROL)}${w.slice(at)}`, ...words.slice(1)].join(' '), how: 'control character inside the first word' };
    }
    default: {
      if (!DOUBLABLE.has(words[0])) return { text: `${pick(JUNK_WORDS)} ${base}`, how: 'junk before the statement' };
      return { text: `${words[0]} ${base}`, how: 'doubled verb' };
    }
  }
}

/** Files of garbled statements, one statement a line, `per` to a file, an unterminated one only last. */
function garbledFiles(dialect: Dialect, count: number, seed: number, per = 40): { files: Record<string, string>; expected: { file: string; line: number; text: string; how: string }[] } {
  const r = rng(seed);
  const bases = PER_DIALECT[dialect];
  const files: Record<string, string> = {};
  const expected: { file: string; line: number; text: string; how: string }[] = [];
  let n = 0;
  for (let f = 0; n < count; f++) {
    const file = `db/migration/V${f + 2}__fuzz.sql`;
    const lines: string[] = [];
    let last: Garble | undefined;
    while (lines.length < per && n < count) {
      const g = garble(bases[Math.floor(r() * bases.length)], dialect, r);
      n++;
      if (g.last) {
        last ??= g;
        continue;
      }
      lines.push(`${g.text};`);
      expected.push({ file, line: lines.length, text: g.text, how: g.how });
    }
    if (last) {
      lines.push(last.text);
      expected.push({ file, line: lines.length, text: last.text, how: last.how });
    }
    files[file] = `${lines.join('\n')}\n`;
  }
  return { files, expected };
}

const BASE = { 'db/migration/V1__init.sql': 'CREATE TABLE users (id int PRIMARY KEY, email varchar(200), name varchar(100));\nCREATE TABLE legacy_events (id int);\n' };

/** file:line of every finding, and the files the notes name. */
function covered(report: Report): { at: Set<string>; noted: string } {
  return { at: new Set(report.findings.map((f) => `${f.file}:${f.line}`)), noted: (report.notes ?? []).join('\n') };
}

describe('issue 12: garbled SQL through the engine', () => {
  it.each<[Dialect, number]>([
    ['postgresql', 600],
    ['mysql', 1200],
    ['mariadb', 300],
    ['sqlite', 400],
  ])('%s: %i garbled statements, each one a finding at its line', async (dialect, count) => {
    const { files, expected } = garbledFiles(dialect, count, dialect.length * 7919);
    const report = await reviewPr(BASE, files, { dialect });
    const { at, noted } = covered(report);
    const silent = expected.filter((e) => !at.has(`${e.file}:${e.line}`) && !noted.includes(e.file)).map((e) => `${e.how}: ${JSON.stringify(e.text)}`);
    expect(silent).toEqual([]);
    expect(report.files).toHaveLength(Object.keys(files).length);
  });

  it('postgresql: random edits that PostgreSQL rejects are unparsed, whatever sql-parser-cst thinks', async () => {
    await loadModule();
    const r = rng(4242);
    const junk = ['(', ')', ',', ';', "'", 'TABLE', 'NOT', 'NULL', 'SELECT', '=', '.', 'users', '1', 'ON', 'KEY'];
    const missed: string[] = [];
    let rejected = 0;
    for (let i = 0; i < 900; i++) {
      const toks = PER_DIALECT.postgresql[i % PER_DIALECT.postgresql.length].split(' ');
      const edits = 1 + Math.floor(r() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(r() * toks.length);
        const op = r();
        if (op < 0.4) toks.splice(at, 1);
        else if (op < 0.8) toks.splice(at, 0, junk[Math.floor(r() * junk.length)]);
        else if (at + 1 < toks.length) [toks[at], toks[at + 1]] = [toks[at + 1], toks[at]];
      }
      const text = toks.join(' ');
      // One statement, not empty, quotes closed (an open one would reach past the statement).
      if (!text.trim() || text.includes(';') || (text.match(/'/g)?.length ?? 0) % 2) continue;
      let valid = true;
      try {
        parseSync(text);
      } catch {
        valid = false;
      }
      if (valid) continue;
      rejected++;
      const ops = await parseSqlFile(text, { file: 'x.sql', dialect: 'postgresql' });
      if (!ops.some((o) => o.kind === 'unparsed')) missed.push(text);
    }
    expect(rejected).toBeGreaterThan(300);
    expect(missed).toEqual([]);
  });
});

const DJANGO = `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('library', '0001_initial')]

    operations = [
        migrations.AddField(model_name='book', name='isbn', field=models.CharField(max_length=13, null=True)),
        migrations.RunSQL("UPDATE library_book SET isbn = '' WHERE isbn IS NULL", reverse_sql=migrations.RunSQL.noop),
        migrations.RemoveField(model_name='book', name='subtitle'),
    ]
`;

const ALEMBIC = `"""add isbn

Revision ID: 4d5e6f
"""
from alembic import op
import sqlalchemy as sa

revision = '4d5e6f'
down_revision = '1a2b3c'


def upgrade():
    op.add_column('books', sa.Column('isbn', sa.String(13), nullable=True))
    op.execute("UPDATE books SET isbn = '' WHERE isbn IS NULL")
    op.drop_column('books', 'subtitle')


def downgrade():
    op.drop_column('books', 'isbn')
`;

function garblePython(text: string, r: () => number): string {
  const chars = [...text];
  const edits = 1 + Math.floor(r() * 5);
  const junk = ['(', ')', '[', ']', '"', "'", ':', ',', '=', '\n', '    ', '#', '\\', 'def ', 'class ', '\t', '\u0000', '\r', '\u2028'];
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * chars.length);
    const what = r();
    if (what < 0.45) chars.splice(at, 1 + Math.floor(r() * 8));
    else if (what < 0.9) chars.splice(at, 0, junk[Math.floor(r() * junk.length)]);
    else chars.splice(at, Math.floor(r() * 40));
  }
  return chars.join('');
}

describe('issue 12: garbled Python migrations through the engine', () => {
  it('django: every garbled migration that does not read as Python costs a finding on its file', async () => {
    const r = rng(77);
    const base = { 'library/migrations/0001_initial.py': 'from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    initial = True\n    operations = [\n        migrations.CreateModel(name="Book", fields=[("id", models.AutoField(primary_key=True)), ("subtitle", models.TextField())]),\n    ]\n' };
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) files[`library/migrations/${String(i + 2).padStart(4, '0')}_fuzz.py`] = garblePython(DJANGO.replace("'0001_initial'", `'${String(i + 1).padStart(4, '0')}_${i ? 'fuzz' : 'initial'}'`), r);
    const report = await reviewPr(base, files, { dialect: 'postgresql' });
    const withFindings = new Set(report.findings.map((f) => f.file));
    const noted = (report.notes ?? []).join('\n');
    const silent = Object.entries(files).filter(([path, text]) => readPython(text).errors.length && !withFindings.has(path) && !noted.includes(path)).map(([p]) => p);
    expect(silent).toEqual([]);
  });

  it('alembic: a garbled revision costs a finding, and one that no longer names its revision a note', async () => {
    const r = rng(99);
    const before = {
      'alembic.ini': '[alembic]\nscript_location = alembic\n',
      'alembic/versions/1a2b3c_init.py': "from alembic import op\nimport sqlalchemy as sa\n\nrevision = '1a2b3c'\ndown_revision = None\n\n\ndef upgrade():\n    op.create_table('books', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('subtitle', sa.Text()))\n\n\ndef downgrade():\n    op.drop_table('books')\n",
    };
    let checked = 0;
    for (let i = 0; i < 120; i++) {
      const text = garblePython(ALEMBIC, r);
      const path = `alembic/versions/4d5e6f_fuzz_${i}.py`;
      const report = await reviewPr(before, { [path]: text });
      const bad = readPython(text).errors.length > 0;
      const hit = report.findings.some((f) => f.file === path) || (report.notes ?? []).some((n) => n.includes(path));
      if (bad) {
        checked++;
        expect([path, hit]).toEqual([path, true]);
      }
      // Never skipped silently: reviewed (listed in files) or named in a note.
      expect([path, report.files.some((f) => f.path === path) || (report.notes ?? []).some((n) => n.includes(path))]).toEqual([path, true]);
    }
    expect(checked).toBeGreaterThan(30);
  });
});
