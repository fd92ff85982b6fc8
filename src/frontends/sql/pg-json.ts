import type { Operation } from '../../model/operation.js';
import { qname } from './column-draft.js';
import { describeStatement } from './describe.js';
import { readsOf, type RelationName } from './pg-nodes.js';

/**
 * Statements read from libpg-query's JSON text without building its tree (issue 11: JSON.parse
 * and the garbage its trees leave were a fifth of a cold PostgreSQL parse). Three kinds qualify:
 * a statement the mapper describes from its text alone (CREATE FUNCTION, CREATE TRIGGER, GRANT,
 * COMMENT …, whatever is not in TREE_MAPPED); a view, whose query tree (37 % of the JSON of
 * Lemmy's history) is only searched for the relations it reads; and INSERT / UPDATE / DELETE, of
 * which only the table and whether there is a WHERE are read (14 %). Anything else, or any text not
 * laid out exactly as expected, gives undefined and is read from the tree as before: the results
 * are the same either way (__tests__/frontends/pg-json.test.ts compares both).
 */

/** The statement types mapStmt reads from the tree; every other type is `other`, described from the text. */
export const TREE_MAPPED = new Set([
  'CreateStmt', 'CreateTableAsStmt', 'SelectStmt', 'AlterTableStmt', 'RenameStmt', 'AlterObjectSchemaStmt', 'DropStmt', 'IndexStmt',
  'ReindexStmt', 'CreateEnumStmt', 'AlterEnumStmt', 'ViewStmt', 'RefreshMatViewStmt', 'CreateSchemaStmt', 'DropdbStmt', 'TruncateStmt',
  'UpdateStmt', 'DeleteStmt', 'InsertStmt', 'CopyStmt', 'TransactionStmt', 'VariableSetStmt', 'VacuumStmt', 'ClusterStmt',
]);

/** The first statement's node type. */
const FIRST_TYPE = /^\{"version":\d+,"stmts":\[\{"stmt":\{"([A-Za-z_]+)":\{/;

/** A JSON string's content, escapes kept. */
const STRING = '"((?:[^"\\\\]|\\\\.)*)"';
/** A RangeVar's leading fields as libpg-query writes them (catalog, schema, relation: the order of its struct). */
const RANGE_VAR_NAMES = `(?:"catalogname":"(?:[^"\\\\]|\\\\.)*",)?(?:"schemaname":${STRING},)?(?:"relname":${STRING})?`;
const VIEW_NAME = new RegExp(`^\\{"version":\\d+,"stmts":\\[\\{"stmt":\\{"ViewStmt":\\{"view":\\{${RANGE_VAR_NAMES}`);
/** The nodes that have a `whereClause` (libpg-query's types), as keys: nested ones are wrapped in their type's name. */
const WHERE_HOLDERS = ['SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'OnConflictClause', 'InferClause', 'CopyStmt', 'IndexStmt', 'RuleStmt', 'PublicationTable'].map((t) => `"${t}":`);
const DATA_CHANGE = new RegExp(`^\\{"version":\\d+,"stmts":\\[\\{"stmt":\\{"(InsertStmt|UpdateStmt|DeleteStmt)":\\{"relation":\\{${RANGE_VAR_NAMES}`);
/**
 * A RangeVar node and a CTE's name. The key of a node can only be matched where it is a key: inside
 * a JSON string every `"` is escaped, so `"RangeVar":{` never matches text within a string.
 */
const RANGE_VAR_KEY = '"RangeVar":{';
const RANGE_VAR_AT = new RegExp(RANGE_VAR_NAMES, 'y');
const CTE_KEY = '"CommonTableExpr":{';
const CTE_NAME_AT = new RegExp(`"ctename":${STRING}`, 'y');

/**
 * The operations of `text` from its JSON, or undefined when the tree is needed. Only a text of one
 * statement qualifies: a second one always carries its `stmt_location` (the first has none, 0).
 */
export function readWithoutTree(text: string, json: string): Operation[] | undefined {
  const type = FIRST_TYPE.exec(json)?.[1];
  if (!type) return undefined;
  const described = !TREE_MAPPED.has(type);
  const data = type === 'InsertStmt' || type === 'UpdateStmt' || type === 'DeleteStmt';
  if ((!described && !data && type !== 'ViewStmt') || json.includes('"stmt_location":')) return undefined;
  if (described) return [{ kind: 'other', description: describeStatement(text, 'postgresql') }];
  return data ? dataChange(type, json) : view(json);
}

/**
 * INSERT / UPDATE / DELETE: the table (the statement's first field) and whether it has a WHERE.
 * A `whereClause` key is the statement's own unless a query, another data change or ON CONFLICT
 * (the other nodes that hold one) is nested in it; then the tree decides.
 */
function dataChange(type: 'InsertStmt' | 'UpdateStmt' | 'DeleteStmt', json: string): Operation[] | undefined {
  const head = DATA_CHANGE.exec(json);
  if (!head || head[3] === undefined) return undefined;
  const table = qname(unescape(head[3]), head[2] === undefined ? undefined : unescape(head[2]));
  if (type === 'InsertStmt') return [{ kind: 'data_change', verb: 'insert', table, hasWhere: false }];
  const hasWhere = json.includes('"whereClause":');
  if (hasWhere && WHERE_HOLDERS.some((holder) => json.includes(holder, head[0].length))) return undefined;
  return [{ kind: 'data_change', verb: type === 'UpdateStmt' ? 'update' : 'delete', table, hasWhere }];
}

/** CREATE VIEW: what mapStmt makes of the tree (its name, OR REPLACE, relationsRead of the query). */
function view(json: string): Operation[] | undefined {
  const head = VIEW_NAME.exec(json);
  if (!head || head[2] === undefined) return undefined;
  // Keys found by indexOf (a string search that skips ahead), their names read where they are.
  const found: RelationName[] = [];
  for (let at = json.indexOf(RANGE_VAR_KEY); at >= 0; at = json.indexOf(RANGE_VAR_KEY, at + RANGE_VAR_KEY.length)) {
    RANGE_VAR_AT.lastIndex = at + RANGE_VAR_KEY.length;
    const m = RANGE_VAR_AT.exec(json);
    if (m?.[2] === undefined) return undefined;
    found.push(m[1] === undefined ? { relname: unescape(m[2]) } : { schemaname: unescape(m[1]), relname: unescape(m[2]) });
  }
  const ctes = new Set<string>();
  for (let at = json.indexOf(CTE_KEY); at >= 0; at = json.indexOf(CTE_KEY, at + CTE_KEY.length)) {
    CTE_NAME_AT.lastIndex = at + CTE_KEY.length;
    const m = CTE_NAME_AT.exec(json);
    if (!m) return undefined;
    if (m[1]) ctes.add(unescape(m[1]));
  }
  // Only ViewStmt has a `replace` field among the nodes a view's JSON can hold.
  const name = qname(unescape(head[2]), head[1] === undefined ? undefined : unescape(head[1]));
  return [{ kind: 'create_view', name, materialized: false, orReplace: json.includes('"replace":true'), reads: readsOf(found, ctes) }];
}

function unescape(s: string): string {
  return s.includes('\\') ? (JSON.parse(`"${s}"`) as string) : s;
}
