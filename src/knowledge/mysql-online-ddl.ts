import type { DbTarget } from '../model/dialect.js';

/**
 * How MySQL and MariaDB (InnoDB) run each kind of ALTER TABLE by default, per server version:
 * the "Online DDL Operations" tables of the MySQL 5.7, 8.0 and 8.4 manuals (Tables 14.10–14.17,
 * 17.16–17.23) and MariaDB's "InnoDB Online DDL Operations with the INSTANT / NOCOPY / INPLACE
 * Alter Algorithm" pages, kept as data so each row can be read against its source and tested.
 */

export type Algorithm = 'instant' | 'inplace' | 'copy';

export interface OnlineDdl {
  /** What ALGORITHM=DEFAULT picks: the cheapest the server supports for the operation. */
  algorithm: Algorithm;
  /** The rows are rewritten, in place or into a copy. */
  rebuild: boolean;
  /** Concurrent INSERT, UPDATE and DELETE go on while it runs (LOCK=NONE is possible). */
  dml: boolean;
  /** It takes time in proportion to the table: a rebuild, a copy or an index build. */
  slow: boolean;
  /** What the server does instead when the statement asks for INPLACE or names a LOCK (INSTANT accepts only LOCK=DEFAULT). */
  inplace?: OnlineDdl;
}

const COPY: OnlineDdl = { algorithm: 'copy', rebuild: true, dml: false, slow: true };
/** In place, only the data dictionary changes. */
const META: OnlineDdl = { algorithm: 'inplace', rebuild: false, dml: true, slow: false };
const REBUILD: OnlineDdl = { algorithm: 'inplace', rebuild: true, dml: true, slow: true };
const INDEX_BUILD: OnlineDdl = { algorithm: 'inplace', rebuild: false, dml: true, slow: true };
/** In place, but only with LOCK=SHARED: reads go on, writes wait. */
const SHARED_BUILD: OnlineDdl = { algorithm: 'inplace', rebuild: false, dml: false, slow: true };
const SHARED_REBUILD: OnlineDdl = { algorithm: 'inplace', rebuild: true, dml: false, slow: true };
const instant = (inplace: OnlineDdl): OnlineDdl => ({ algorithm: 'instant', rebuild: false, dml: true, slow: false, inplace });

/** From which version each behaviour holds, oldest first; before the first, the server copies the table. */
type Steps = readonly (readonly [since: string, ddl: OnlineDdl])[];

interface Row {
  mysql: Steps;
  mariadb: Steps;
}

const ALWAYS_COPY: Row = { mysql: [], mariadb: [] };

/** The rows. MySQL 5.6 brought online DDL, MariaDB took it in 10.0; older servers copy for everything but index builds. */
export const ONLINE_DDL = {
  // Column operations (MySQL Table 17.18 / 14.12).
  /** ADD COLUMN at an unknown position (FIRST / AFTER, or not known to be last). */
  add_column: { mysql: [['5.6', REBUILD], ['8.0.29', instant(REBUILD)]], mariadb: [['10.0', REBUILD], ['10.4', instant(REBUILD)]] },
  add_column_last: { mysql: [['5.6', REBUILD], ['8.0.12', instant(REBUILD)]], mariadb: [['10.0', REBUILD], ['10.3.2', instant(REBUILD)]] },
  /**
   * ADD COLUMN with an expression default (`DEFAULT (now())`, MySQL 8.0.13+): the server must
   * evaluate it for every existing row, which neither INSTANT nor INPLACE does (MySQL answers
   * ALGORITHM=INSTANT with error 1845; MariaDB rejects INPLACE for a non-constant default,
   * MDEV-12586): the table is copied.
   */
  add_column_expression_default: ALWAYS_COPY,
  /** "Concurrent DML is not permitted when adding an auto-increment column … at a minimum ALGORITHM=INPLACE, LOCK=SHARED". */
  add_auto_increment_column: { mysql: [['5.6', SHARED_REBUILD]], mariadb: [['10.0', SHARED_REBUILD]] },
  drop_column: { mysql: [['5.6', REBUILD], ['8.0.29', instant(REBUILD)]], mariadb: [['10.0', REBUILD], ['10.4', instant(REBUILD)]] },
  rename_column: { mysql: [['5.6', META], ['8.0.28', instant(META)]], mariadb: [['10.0', META]] },
  reorder_columns: { mysql: [['5.6', REBUILD]], mariadb: [['10.0', REBUILD], ['10.4', instant(REBUILD)]] },
  set_default: { mysql: [['5.6', META], ['8.0.12', instant(META)]], mariadb: [['10.0', META]] },
  drop_default: { mysql: [['5.6', META], ['8.0.12', instant(META)]], mariadb: [['10.0', META]] },
  change_auto_increment: { mysql: [['5.6', META]], mariadb: [['10.0', META]] },
  /** "Changing the column data type is only supported with ALGORITHM=COPY." */
  change_column_type: ALWAYS_COPY,
  /** VARCHAR made longer while its length prefix keeps its size: both up to 255 bytes, or both above. */
  extend_varchar: { mysql: [['5.7', META]], mariadb: [['10.2.2', META]] },
  /** VARCHAR crossing 255 bytes: the length prefix grows from 1 to 2 bytes ("only supported by a table copy"). */
  varchar_length_prefix: ALWAYS_COPY,
  make_null: { mysql: [['5.6', REBUILD]], mariadb: [['10.0', REBUILD]] },
  make_not_null: { mysql: [['5.6', REBUILD]], mariadb: [['10.0', REBUILD]] },
  /** ENUM / SET members added at the end, storage size unchanged. */
  enum_append: { mysql: [['5.7', META], ['8.0.12', instant(META)]], mariadb: [['10.0', META]] },
  /** Members inserted, removed or reordered, or the storage size grows: "requires a table copy". */
  enum_reorder: ALWAYS_COPY,

  // Generated columns (Table 17.19 / 14.13).
  add_stored_column: ALWAYS_COPY,
  add_virtual_column: { mysql: [['5.7', META], ['8.0.12', instant(META)]], mariadb: [['10.2', META]] },
  drop_stored_column: { mysql: [['5.7', REBUILD]], mariadb: [['10.2', REBUILD]] },
  drop_virtual_column: { mysql: [['5.7', META], ['8.0.12', instant(META)]], mariadb: [['10.2', META]] },

  // Indexes (Table 17.16 / 14.10).
  add_index: { mysql: [['0', SHARED_BUILD], ['5.6', INDEX_BUILD]], mariadb: [['0', SHARED_BUILD], ['10.0', INDEX_BUILD]] },
  /** "Permits Concurrent DML: No" for FULLTEXT and SPATIAL. */
  add_fulltext_index: { mysql: [['5.6', SHARED_BUILD]], mariadb: [['10.0', SHARED_BUILD]] },
  /** "Adding the first FULLTEXT index rebuilds the table if there is no user-defined FTS_DOC_ID column." */
  add_first_fulltext_index: { mysql: [['5.6', SHARED_REBUILD]], mariadb: [['10.0', SHARED_REBUILD]] },
  add_spatial_index: { mysql: [['5.7', SHARED_BUILD]], mariadb: [['10.2.2', SHARED_BUILD]] },
  drop_index: { mysql: [['0', META]], mariadb: [['0', META]] },
  /** RENAME INDEX exists from MySQL 5.7 and MariaDB 10.5.2; older servers reject it, which copies nothing. */
  rename_index: { mysql: [['0', META]], mariadb: [['0', META]] },

  // Primary keys (Table 17.17 / 14.11).
  add_primary_key: { mysql: [['5.6', REBUILD]], mariadb: [['10.0', REBUILD]] },
  /** "Only ALGORITHM=COPY supports dropping a primary key without adding a new one in the same ALTER TABLE statement." */
  drop_primary_key: ALWAYS_COPY,
  replace_primary_key: { mysql: [['5.6', REBUILD]], mariadb: [['10.0', REBUILD]] },

  // Foreign keys (Table 17.20 / 14.14).
  /** "The INPLACE algorithm is supported when foreign_key_checks is disabled. Otherwise, only the COPY algorithm is supported." */
  add_foreign_key: ALWAYS_COPY,
  add_foreign_key_unchecked: { mysql: [['5.6', META]], mariadb: [['10.0', META]] },
  drop_foreign_key: { mysql: [['5.6', META]], mariadb: [['10.0', META]] },

  // CHECK constraints: ignored by MySQL before 8.0.16 and MariaDB before 10.2.1; enforced ones are added by copying (every row is checked by the server).
  add_check: { mysql: [['0', META], ['8.0.16', COPY]], mariadb: [['0', META], ['10.2.1', COPY]] },
  drop_check: { mysql: [['0', META]], mariadb: [['0', META]] },

  // Table operations (Table 17.21 / 14.15).
  row_format: { mysql: [['5.6', REBUILD]], mariadb: [['10.0', REBUILD]] },
  key_block_size: { mysql: [['5.6', REBUILD]], mariadb: [['10.0', REBUILD]] },
  /** STATS_*, COMMENT, AUTO_INCREMENT=: the data dictionary only. */
  table_metadata: { mysql: [['0', META]], mariadb: [['0', META]] },
  /**
   * The table's default character set: metadata only whatever the manual's "rebuilds if the
   * encoding differs" says (innobase_need_rebuild(), MySQL bug #114221); columns keep theirs.
   */
  table_charset: { mysql: [['0', META]], mariadb: [['0', META]] },
  /** CONVERT TO CHARACTER SET: "In Place: No" in 5.7, "In Place: Yes, Permits Concurrent DML: No" from 8.0; MariaDB copies. */
  convert_charset: { mysql: [['8.0', SHARED_REBUILD]], mariadb: [] },
  /** ENGINE=InnoDB on an InnoDB table, FORCE, OPTIMIZE: in place from 5.6.17. */
  null_rebuild: { mysql: [['5.6.17', REBUILD]], mariadb: [['10.0', REBUILD]] },
  /** "ALGORITHM=INPLACE is not supported for tables with FULLTEXT indexes." */
  null_rebuild_fulltext: ALWAYS_COPY,
  change_engine: ALWAYS_COPY,
  /** File-per-table ENCRYPTION='Y' / 'N' (Table 17.22): copy only on MySQL; MariaDB's ENCRYPTED= rebuilds in place. */
  encryption: { mysql: [], mariadb: [['10.1', REBUILD]] },
  rename_table: { mysql: [['0', META], ['8.0.12', instant(META)]], mariadb: [['0', META]] },

  // Partitioning (Table 17.23 / 14.17): "Permits ALGORITHM=COPY, LOCK={DEFAULT|SHARED|EXCLUSIVE}".
  partition_by: ALWAYS_COPY,
  remove_partitioning: ALWAYS_COPY,
} satisfies Record<string, Row>;

export type DdlOperation = keyof typeof ONLINE_DDL;

/**
 * How the configured server runs `op`. `inplace`: the statement asks for ALGORITHM=INPLACE or
 * names a LOCK, which rules INSTANT out.
 */
export function onlineDdl(op: DdlOperation, target: DbTarget, inplace = false): OnlineDdl {
  const row: Row = ONLINE_DDL[op];
  const steps = target.dialect === 'mariadb' ? row.mariadb : row.mysql;
  let found: OnlineDdl = COPY;
  for (const [since, ddl] of steps) if (seriesAtLeast(target.version, since)) found = ddl;
  return inplace && found.inplace ? found.inplace : found;
}

/**
 * Whether the configured version is at least `since`. A version written without a patch level
 * means the newest release of its series ("8.0" ≥ "8.0.29"): within a series, patch releases
 * only turned INPLACE operations INSTANT (never a copy into something cheaper), except that
 * 8.0.16 started enforcing CHECK constraints, which are added by copying, and that copy must
 * not be missed.
 */
export function seriesAtLeast(version: string, since: string): boolean {
  const v = version.split('.').map((p) => parseInt(p, 10) || 0);
  const s = since.split('.').map((p) => parseInt(p, 10) || 0);
  for (let i = 0; i < s.length; i++) {
    if (i >= v.length) return true;
    if (v[i] !== s[i]) return v[i] > s[i];
  }
  return true;
}

const RANK: Record<Algorithm, number> = { instant: 0, inplace: 1, copy: 2 };

/** One ALTER TABLE runs all its actions with one algorithm: the costliest any of them needs. */
export function combine(ddls: readonly OnlineDdl[]): OnlineDdl {
  if (!ddls.length) return META;
  const algorithm = ddls.reduce<Algorithm>((a, d) => (RANK[d.algorithm] > RANK[a] ? d.algorithm : a), 'instant');
  return {
    algorithm,
    rebuild: algorithm === 'copy' || ddls.some((d) => d.rebuild),
    dml: algorithm !== 'copy' && ddls.every((d) => d.dml),
    slow: ddls.some((d) => d.slow),
  };
}

/**
 * Whether an explicit ALGORITHM= makes the server refuse the statement instead of running it
 * (MySQL error 1846 "ALGORITHM=… is not supported"). MariaDB's NOCOPY refuses rebuilds too.
 */
export function refusedBy(requested: string | undefined, ddl: OnlineDdl): boolean {
  if (requested === 'instant') return ddl.algorithm !== 'instant';
  if (requested === 'nocopy') return ddl.rebuild;
  if (requested === 'inplace') return ddl.algorithm === 'copy';
  return false;
}
