import type { Rule } from './rule.js';
import { opsOf } from './lib/reviewed.js';
import { backfillMigration, DJANGO_BEFORE } from './lib/python-examples.js';

export const opaqueCodeMigration: Rule = {
  id: 'opaque-code-migration',
  category: 'process',
  severity: 'low',
  scope: 'statement',
  dialects: 'all',
  docs: {
    summary: 'A Django or Alembic migration runs Python code (RunPython, op.get_bind(), SQL built at run time) whose effects Migra cannot see.',
    why: 'Migra reads migrations without running them. Python code in a migration can update or delete any number of rows, hold locks for as long as it loops, or change the schema through raw SQL, and none of that is in this review: the risk score and the replayed schema only cover the operations Migra could read.',
    fix: 'Review the code by hand: make data migrations work in batches, on a bounded set of rows, and keep them out of the transaction of schema changes on large tables (a migration of their own, `atomic = False` in Django). Prefer literal SQL (`migrations.RunSQL`, `op.execute("…")`) when the change can be written as SQL, so it can be checked.',
    bad: [
      {
        sql: '',
        files: { before: DJANGO_BEFORE, head: { ...DJANGO_BEFORE, 'shop/migrations/0002_backfill.py': backfillMigration('migrations.RunPython(backfill, migrations.RunPython.noop)') } },
      },
    ],
    good: [
      {
        sql: '',
        files: {
          before: DJANGO_BEFORE,
          head: {
            ...DJANGO_BEFORE,
            'shop/migrations/0002_backfill.py': backfillMigration(`migrations.RunSQL(
            "UPDATE shop_order SET status = 'new' WHERE status IS NULL AND id < 10000;",
            reverse_sql=migrations.RunSQL.noop,
        )`),
          },
        },
        note: 'Literal SQL is read and checked like any SQL migration.',
      },
    ],
  },
  check(ctx) {
    // `conn = op.get_bind()` only fetches the connection: what runs through it is reported where it runs.
    return opsOf(ctx, 'opaque_code').filter((r) => !GET_BIND.test(r.op.stmt.text)).map((r) => ({
      at: r.op.stmt,
      message: `${r.op.description.replace(/ without reverse_code$/, '')} runs Python code that Migra does not execute: whatever data it changes and whatever locks it holds are not part of this review.`,
    }));
  },
};

const GET_BIND = /^\s*[A-Za-z_]\w*\s*=\s*op\.get_bind\(\s*\)\s*$/;
