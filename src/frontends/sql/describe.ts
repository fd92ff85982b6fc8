import type { Dialect } from '../../model/dialect.js';
import { tokenize, type Token } from './lexer.js';

/**
 * Descriptions of the operations that parse but have no effect on the schema model
 * (`{ kind: 'other' }`). Both PostgreSQL mappers take them from here, so the safety-net
 * parser describes a statement exactly as the primary one does.
 */

const MODIFIERS = new Set(['OR', 'REPLACE', 'TEMP', 'TEMPORARY', 'UNLOGGED', 'GLOBAL', 'LOCAL', 'TRUSTED', 'PROCEDURAL', 'RECURSIVE', 'CONSTRAINT', 'UNIQUE', 'IF', 'NOT', 'EXISTS', 'ALGORITHM', 'SQL', 'SECURITY', 'INVOKER', 'DEFINER', 'UNDEFINED', 'MERGE', 'TEMPTABLE', 'ONLINE', 'OFFLINE', 'IGNORE', 'AGGREGATE', 'FULLTEXT', 'SPATIAL']);
const SECOND_WORD: Record<string, Set<string>> = {
  MATERIALIZED: new Set(['VIEW']),
  FOREIGN: new Set(['TABLE', 'DATA', 'SERVER']),
  EVENT: new Set(['TRIGGER']),
  TEXT: new Set(['SEARCH']),
  DEFAULT: new Set(['PRIVILEGES']),
  ACCESS: new Set(['METHOD']),
  USER: new Set(['MAPPING']),
  OPERATOR: new Set(['CLASS', 'FAMILY']),
  LARGE: new Set(['OBJECT']),
};
const OBJECT_WORDS = new Set(['TABLE', 'VIEW', 'INDEX', 'TRIGGER', 'FUNCTION', 'PROCEDURE', 'EVENT', 'SEQUENCE', 'TYPE', 'SCHEMA', 'DATABASE']);

/** Tokens read first: the leading words end within them unless comments or punctuation come first. */
const LEADING_TOKENS = 40;

/**
 * The leading words of a statement (a non-word is '' within CREATE / ALTER / DROP), or undefined
 * when `toks`, cut at `limit` tokens, ended before they did (its last token may not be final).
 */
function leadingWords(toks: Token[], limit: number): string[] | undefined {
  const words: string[] = [];
  const usable = toks.length >= limit ? toks.length - 1 : toks.length;
  for (let k = 0; k < usable; k++) {
    const t = toks[k];
    if (t.kind === 'word') words.push(t.upper);
    else if (words.length === 0) continue;
    else if (words[0] !== 'CREATE' && words[0] !== 'ALTER' && words[0] !== 'DROP') return words;
    else words.push('');
    if (words.length > 14) return words;
  }
  return usable < toks.length ? undefined : words;
}

/** The statement kind from its leading keywords: `CREATE FUNCTION`, `GRANT`, `COMMENT ON` … */
export function describeStatement(text: string, dialect: Dialect): string {
  const head = text.slice(0, 400);
  const words = leadingWords(tokenize(head, dialect, LEADING_TOKENS), LEADING_TOKENS) ?? leadingWords(tokenize(head, dialect), Infinity) ?? [];
  const first = words[0];
  if (!first) return 'STATEMENT';
  if (first === 'COMMENT' || first === 'SECURITY') return words[1] ? `${first} ${words[1]}` : first;
  if (first !== 'CREATE' && first !== 'ALTER' && first !== 'DROP') return first;
  let k = 1;
  let definer = false;
  while (k < words.length) {
    const w = words[k];
    if (w === 'DEFINER') definer = true;
    // MySQL's CREATE AGGREGATE FUNCTION, not PostgreSQL's CREATE AGGREGATE name (…).
    if (w === 'AGGREGATE' && words[k + 1] !== 'FUNCTION') break;
    if (w === '' || MODIFIERS.has(w) || (definer && !OBJECT_WORDS.has(w))) k++;
    else break;
  }
  const object = words[k];
  if (!object) return first;
  const second = words[k + 1];
  return second && SECOND_WORD[object]?.has(second) ? `${first} ${object} ${second}` : `${first} ${object}`;
}

/** ALTER TABLE actions with no effect on the schema model, by PostgreSQL's AlterTableType. */
export const PG_ALTER_OTHER: Record<string, string> = {
  AT_SetStatistics: 'ALTER COLUMN SET STATISTICS',
  AT_SetOptions: 'ALTER COLUMN SET (…)',
  AT_ResetOptions: 'ALTER COLUMN RESET (…)',
  AT_SetStorage: 'ALTER COLUMN SET STORAGE',
  AT_SetCompression: 'ALTER COLUMN SET COMPRESSION',
  AT_SetExpression: 'ALTER COLUMN SET EXPRESSION',
  AT_DropExpression: 'ALTER COLUMN DROP EXPRESSION',
  AT_AddIdentity: 'ALTER COLUMN ADD GENERATED AS IDENTITY',
  AT_SetIdentity: 'ALTER COLUMN SET identity option',
  AT_DropIdentity: 'ALTER COLUMN DROP IDENTITY',
  AT_AlterColumnGenericOptions: 'ALTER COLUMN OPTIONS (…)',
  AT_AlterConstraint: 'ALTER CONSTRAINT',
  AT_ChangeOwner: 'OWNER TO',
  AT_ClusterOn: 'CLUSTER ON',
  AT_DropCluster: 'SET WITHOUT CLUSTER',
  AT_SetLogged: 'SET LOGGED',
  AT_SetUnLogged: 'SET UNLOGGED',
  AT_DropOids: 'SET WITHOUT OIDS',
  AT_SetAccessMethod: 'SET ACCESS METHOD',
  AT_SetTableSpace: 'SET TABLESPACE',
  AT_SetRelOptions: 'SET (…)',
  AT_ResetRelOptions: 'RESET (…)',
  AT_ReplaceRelOptions: 'SET (…)',
  AT_EnableTrig: 'ENABLE TRIGGER',
  AT_EnableAlwaysTrig: 'ENABLE TRIGGER',
  AT_EnableReplicaTrig: 'ENABLE TRIGGER',
  AT_EnableTrigAll: 'ENABLE TRIGGER',
  AT_EnableTrigUser: 'ENABLE TRIGGER',
  AT_DisableTrig: 'DISABLE TRIGGER',
  AT_DisableTrigAll: 'DISABLE TRIGGER',
  AT_DisableTrigUser: 'DISABLE TRIGGER',
  AT_EnableRule: 'ENABLE RULE',
  AT_EnableAlwaysRule: 'ENABLE RULE',
  AT_EnableReplicaRule: 'ENABLE RULE',
  AT_DisableRule: 'DISABLE RULE',
  AT_AddInherit: 'INHERIT',
  AT_DropInherit: 'NO INHERIT',
  AT_AddOf: 'OF',
  AT_DropOf: 'NOT OF',
  AT_ReplicaIdentity: 'REPLICA IDENTITY',
  AT_EnableRowSecurity: 'ENABLE ROW LEVEL SECURITY',
  AT_DisableRowSecurity: 'DISABLE ROW LEVEL SECURITY',
  AT_ForceRowSecurity: 'FORCE ROW LEVEL SECURITY',
  AT_NoForceRowSecurity: 'NO FORCE ROW LEVEL SECURITY',
  AT_GenericOptions: 'OPTIONS (…)',
  AT_DetachPartitionFinalize: 'DETACH PARTITION FINALIZE',
};

/** The same descriptions keyed by sql-parser-cst action node type. */
export const CST_ALTER_OTHER: Record<string, string> = {
  alter_action_set_statistics: PG_ALTER_OTHER.AT_SetStatistics,
  alter_action_set_storage: PG_ALTER_OTHER.AT_SetStorage,
  alter_action_set_compression: PG_ALTER_OTHER.AT_SetCompression,
  alter_action_drop_expression: PG_ALTER_OTHER.AT_DropExpression,
  alter_action_add_identity: PG_ALTER_OTHER.AT_AddIdentity,
  alter_action_alter_identity: PG_ALTER_OTHER.AT_SetIdentity,
  alter_action_drop_identity: PG_ALTER_OTHER.AT_DropIdentity,
  alter_action_alter_constraint: PG_ALTER_OTHER.AT_AlterConstraint,
  alter_action_owner_to: PG_ALTER_OTHER.AT_ChangeOwner,
  alter_action_cluster_on: PG_ALTER_OTHER.AT_ClusterOn,
  alter_action_set_without_cluster: PG_ALTER_OTHER.AT_DropCluster,
  alter_action_set_logged: PG_ALTER_OTHER.AT_SetLogged,
  alter_action_set_unlogged: PG_ALTER_OTHER.AT_SetUnLogged,
  alter_action_set_without_oids: PG_ALTER_OTHER.AT_DropOids,
  alter_action_set_access_method: PG_ALTER_OTHER.AT_SetAccessMethod,
  alter_action_set_tablespace: PG_ALTER_OTHER.AT_SetTableSpace,
  alter_action_set_postgresql_options: PG_ALTER_OTHER.AT_SetRelOptions,
  alter_action_reset_postgresql_options: PG_ALTER_OTHER.AT_ResetRelOptions,
  alter_action_inherit: PG_ALTER_OTHER.AT_AddInherit,
  alter_action_no_inherit: PG_ALTER_OTHER.AT_DropInherit,
  alter_action_of_type: PG_ALTER_OTHER.AT_AddOf,
  alter_action_not_of_type: PG_ALTER_OTHER.AT_DropOf,
  alter_action_replica_identity: PG_ALTER_OTHER.AT_ReplicaIdentity,
  alter_action_force: PG_ALTER_OTHER.AT_ForceRowSecurity,
  alter_action_no_force: PG_ALTER_OTHER.AT_NoForceRowSecurity,
};

export function alterOther(object: string, action: string): string {
  return `ALTER ${object} ${action}`;
}
