import type { Dialect } from '../../model/dialect.js';
import { makeType, type SqlType } from '../../model/sql-type.js';
import { bool, lastPart, num, type PyValue } from '../../python/reader.js';

/** An Alembic column type as SQL, and the enum type PostgreSQL needs created for `sa.Enum(…, name=…)`. */
export interface AlembicType {
  type: SqlType;
  enum?: { name: string; values: string[] };
}

/** SQLAlchemy type → SQL type of the dialect; `s` reads a value as a string (local constants substituted). */
export function sqlalchemyType(v: PyValue, d: Dialect, s: (v: PyValue | undefined) => string | undefined): AlembicType | undefined {
  const call = v.t === 'call' ? v : undefined;
  const cls = v.t === 'name' ? lastPart(v.name) : call ? lastPart(call.callee) : undefined;
  if (!cls) return undefined;
  const pg = d === 'postgresql';
  const my = d === 'mysql' || d === 'mariadb';
  const t = (n: string, args: number[] = []) => ({ type: makeType(d, n, args) });
  const n0 = call ? num(call.args[0] ?? call.kwargs.get('length') ?? call.kwargs.get('precision')) : undefined;
  const tz = call ? bool(call.kwargs.get('timezone') ?? call.args[0]) : undefined;
  switch (cls.toLowerCase()) {
    case 'string':
    case 'varchar':
    case 'unicode':
    case 'nvarchar':
      return t('varchar', n0 !== undefined ? [n0] : []);
    case 'char':
    case 'nchar':
      return t('char', n0 !== undefined ? [n0] : []);
    case 'text':
    case 'unicodetext':
      return t('text');
    case 'integer':
    case 'int':
      return t('integer');
    case 'biginteger':
    case 'bigint':
      return t('bigint');
    case 'smallinteger':
    case 'smallint':
      return t('smallint');
    case 'tinyint':
      return t('tinyint');
    case 'boolean':
      return t('boolean');
    case 'datetime':
      return t(tz ? (pg ? 'timestamptz' : my ? 'datetime' : 'datetime') : pg ? 'timestamp' : 'datetime');
    case 'timestamp':
      return t(tz && pg ? 'timestamptz' : 'timestamp');
    case 'date':
      return t('date');
    case 'time':
      return t(tz && pg ? 'timetz' : 'time');
    case 'interval':
      return t(pg ? 'interval' : 'datetime');
    case 'numeric':
    case 'decimal': {
      const p = call ? num(call.args[0] ?? call.kwargs.get('precision')) : undefined;
      const s = call ? num(call.args[1] ?? call.kwargs.get('scale')) : undefined;
      return t('numeric', p !== undefined ? (s !== undefined ? [p, s] : [p]) : []);
    }
    case 'float':
    case 'double':
    case 'double_precision':
      return t(pg || my ? 'double precision' : 'real');
    case 'real':
      return t('real');
    case 'json':
      return t('json');
    case 'jsonb':
      return t(pg ? 'jsonb' : 'json');
    case 'uuid':
    case 'uuidtype':
      return pg ? t('uuid') : t('char', [32]);
    case 'largebinary':
    case 'binary':
    case 'bytea':
    case 'blob':
      return t(pg ? 'bytea' : 'blob');
    case 'inet':
    case 'cidr':
    case 'macaddr':
    case 'citext':
    case 'tsvector':
    case 'hstore':
    case 'money':
      return t(cls.toLowerCase());
    case 'array': {
      const inner = call?.args[0] ?? call?.kwargs.get('item_type');
      const it = inner ? sqlalchemyType(inner, d, s) : undefined;
      return it && { type: { ...it.type, array: it.type.array + 1, raw: `${it.type.raw}[]` } };
    }
    case 'enum': {
      const values = (call?.args ?? []).map((a) => s(a)).filter((x): x is string => x !== undefined);
      const name = s(call?.kwargs.get('name'));
      if (pg && name) return { type: makeType(d, name), enum: bool(call?.kwargs.get('create_type')) === false ? undefined : { name, values } };
      if (my) return { type: makeType(d, 'enum', [], { values }) };
      return t('varchar', [Math.max(1, ...values.map((x) => x.length))]);
    }
    default:
      return undefined;
  }
}
