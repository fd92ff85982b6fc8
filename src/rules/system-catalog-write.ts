import type { LocatedOp } from '../model/operation.js';
import type { Rule, RuleHit } from './rule.js';
import { opsOf, type ReviewedOf } from './lib/reviewed.js';

/**
 * PostgreSQL's system catalogs (tables of pg_catalog, from PGlite 17:
 * `SELECT relname FROM pg_class WHERE relnamespace = 'pg_catalog'::regnamespace AND relkind = 'r'`).
 * Views such as pg_settings are left out: `UPDATE pg_settings SET setting = …` is a documented way to SET.
 */
const CATALOGS = new Set(["pg_aggregate","pg_am","pg_amop","pg_amproc","pg_attrdef","pg_attribute","pg_auth_members","pg_authid","pg_cast","pg_class","pg_collation","pg_constraint","pg_conversion","pg_database","pg_db_role_setting","pg_default_acl","pg_depend","pg_description","pg_enum","pg_event_trigger","pg_extension","pg_foreign_data_wrapper","pg_foreign_server","pg_foreign_table","pg_index","pg_inherits","pg_init_privs","pg_language","pg_largeobject","pg_largeobject_metadata","pg_namespace","pg_opclass","pg_operator","pg_opfamily","pg_parameter_acl","pg_partitioned_table","pg_policy","pg_proc","pg_publication","pg_publication_namespace","pg_publication_rel","pg_range","pg_replication_origin","pg_rewrite","pg_seclabel","pg_sequence","pg_shdepend","pg_shdescription","pg_shseclabel","pg_statistic","pg_statistic_ext","pg_statistic_ext_data","pg_subscription","pg_subscription_rel","pg_tablespace","pg_transform","pg_trigger","pg_ts_config","pg_ts_config_map","pg_ts_dict","pg_ts_parser","pg_ts_template","pg_type","pg_user_mapping"]);

/** What to write instead of a direct change to the catalog, for the catalogs migrations patch most. */
const INSTEAD: Record<string, string> = {
  pg_index: 'DROP INDEX CONCURRENTLY and CREATE INDEX CONCURRENTLY, or REINDEX INDEX CONCURRENTLY, instead of flipping indisvalid / indisready',
  pg_attribute: 'ALTER TABLE … ALTER COLUMN (SET NOT NULL after a validated CHECK (col IS NOT NULL), TYPE, DROP …) instead of editing attnotnull or atttypmod',
  pg_constraint: 'ALTER TABLE … VALIDATE CONSTRAINT, or DROP and ADD … NOT VALID, instead of setting convalidated',
  pg_enum: 'ALTER TYPE … ADD VALUE / RENAME VALUE (PostgreSQL 10+), instead of inserting, updating or deleting labels',
  pg_type: 'ALTER TYPE / ALTER DOMAIN',
  pg_class: 'ALTER TABLE',
  pg_trigger: 'ALTER TABLE … ENABLE / DISABLE TRIGGER, or DROP TRIGGER',
  pg_depend: 'ALTER … OWNED BY / ALTER EXTENSION … DROP, or dropping and re-creating the dependent object',
  pg_proc: 'CREATE OR REPLACE FUNCTION / ALTER FUNCTION',
};

export const systemCatalogWrite: Rule = {
  id: 'system-catalog-write',
  category: 'integrity',
  severity: 'high',
  dialects: ['postgresql'],
  docs: {
    summary: 'A migration writes PostgreSQL\'s system catalogs directly (UPDATE pg_index, UPDATE pg_attribute, DELETE FROM pg_…).',
    why: 'The catalogs are PostgreSQL\'s own bookkeeping: a direct UPDATE or DELETE skips every check, lock, cache invalidation and dependent change the DDL command would make, so the database can be left inconsistent in ways that surface later (queries on an index marked valid that is not, a NOT NULL column holding NULLs, pg_dump and pg_upgrade failing). It needs superuser, so it fails outright on managed databases, and a catalog layout can change in any major release.',
    fix: 'Use the DDL command that makes the change, even when it takes longer: it keeps the catalogs consistent and works without superuser.',
    bad: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, note text);\nCREATE INDEX orders_note_idx ON orders (note);',
        sql: "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'orders_note_idx'::regclass;",
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, note text);',
        sql: "UPDATE pg_catalog.pg_attribute SET attnotnull = true WHERE attrelid = 'orders'::regclass AND attname = 'note';",
      },
    ],
    good: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, note text);\nCREATE INDEX orders_note_idx ON orders (note);',
        sql: 'REINDEX INDEX CONCURRENTLY orders_note_idx;',
      },
      {
        sql: "UPDATE pg_settings SET setting = '5s' WHERE name = 'lock_timeout';",
        note: 'pg_settings is a view made for this: the UPDATE is a SET.',
      },
    ],
  },
  check(ctx) {
    // One finding per file and catalog, at the first write: Lemmy's "indisready = FALSE … = TRUE" pair is one decision.
    const groups = new Map<string, ReviewedOf<'data_change'>[]>();
    for (const r of opsOf(ctx, 'data_change')) {
      const { table } = r.op;
      // pg_catalog comes first in every search path unless it is put later explicitly, so an unqualified name is the catalog.
      if (!CATALOGS.has(table.name) || (table.schema !== undefined && table.schema !== 'pg_catalog')) continue;
      const key = `${r.file.path}\0${table.name}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    return [...groups.values()].map(([r, ...more]): RuleHit => {
      const name = r.op.table.name;
      const verb = (o: ReviewedOf<'data_change'>) => (o.op.verb === 'insert' ? 'INSERT INTO' : o.op.verb === 'update' ? 'UPDATE' : 'DELETE FROM');
      const also = more.length ? ` (so ${more.length > 1 ? 'do lines' : 'does line'} ${more.map((o) => o.op.stmt.line).join(', ')})` : '';
      // Index flags flipped around a bulk change and then rebuilt: the indexes end up right, the method stays unsupported.
      // Only within one transaction: other sessions never see the flags and keep maintaining the indexes.
      const reindex = name === 'pg_index' && r.op.stmt.inTransaction ? reindexInTransaction(r) : undefined;
      const instead = INSTEAD[name];
      return {
        at: r.op.stmt,
        op: r,
        ...(reindex ? { severity: 'medium' as const } : {}),
        message: `${verb(r)} ${name} writes PostgreSQL's system catalog directly${also}: it bypasses the checks, locks and cache invalidation of the DDL that makes this change, can leave the database inconsistent, and needs superuser (it fails on a managed database).${reindex ? ` The REINDEX on line ${reindex.stmt.line} rebuilds the indexes afterwards, and no other session saw the flags (same transaction), which limits the damage to this migration's own writes.` : ''}`,
        ...(instead ? { fix: `Use ${instead}.${name === 'pg_index' ? ' To speed up a bulk update, drop the indexes before it and create them again after it.' : ''}` } : {}),
      };
    });
  },
};

/** A REINDEX later in the same transaction as `r`. */
function reindexInTransaction(r: ReviewedOf<'data_change'>): LocatedOp | undefined {
  for (const o of r.fileOps.slice(r.position + 1)) {
    if (o.kind === 'transaction' || !o.stmt.inTransaction) return undefined;
    if (o.kind === 'reindex') return o;
  }
  return undefined;
}
