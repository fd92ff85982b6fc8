import type { Dialect } from '../../model/dialect.js';
import { makeType, type SqlType } from '../../model/sql-type.js';
import type { Cursor } from './mysql-lexer.js';

/**
 * MySQL spellings that name the same stored type as another one. Mapping them here keeps
 * makeType's shared table free of MySQL-only synonyms, and makes `BOOLEAN` compare equal to
 * the `tinyint(1)` that MySQL actually creates (and that SHOW CREATE TABLE prints).
 */
const ALIASES: Record<string, { name: string; args?: number[]; unsigned?: boolean }> = {
  BOOL: { name: 'tinyint', args: [1] },
  BOOLEAN: { name: 'tinyint', args: [1] },
  INT1: { name: 'tinyint' },
  INT2: { name: 'smallint' },
  INT3: { name: 'mediumint' },
  MIDDLEINT: { name: 'mediumint' },
  INT4: { name: 'int' },
  INT8: { name: 'bigint' },
  SERIAL: { name: 'bigint', unsigned: true },
  DEC: { name: 'decimal' },
  FIXED: { name: 'decimal' },
  REAL: { name: 'double' },
  FLOAT4: { name: 'float' },
  FLOAT8: { name: 'double' },
  'DOUBLE PRECISION': { name: 'double' },
  CHARACTER: { name: 'char' },
  'CHARACTER VARYING': { name: 'varchar' },
  'CHAR VARYING': { name: 'varchar' },
  NCHAR: { name: 'char' },
  'NATIONAL CHAR': { name: 'char' },
  'NATIONAL CHARACTER': { name: 'char' },
  NVARCHAR: { name: 'varchar' },
  'NATIONAL VARCHAR': { name: 'varchar' },
  'NATIONAL CHAR VARYING': { name: 'varchar' },
  'NATIONAL CHARACTER VARYING': { name: 'varchar' },
  'NCHAR VARCHAR': { name: 'varchar' },
  'NCHAR VARYING': { name: 'varchar' },
  LONG: { name: 'mediumtext' },
  'LONG VARCHAR': { name: 'mediumtext' },
  'LONG CHAR VARYING': { name: 'mediumtext' },
  'LONG VARBINARY': { name: 'mediumblob' },
};

/** Second (and third) words that continue a type name. */
const CONTINUATIONS: Record<string, string[]> = {
  DOUBLE: ['PRECISION'],
  CHARACTER: ['VARYING'],
  CHAR: ['VARYING'],
  NATIONAL: ['CHAR', 'CHARACTER', 'VARCHAR'],
  'NATIONAL CHAR': ['VARYING'],
  'NATIONAL CHARACTER': ['VARYING'],
  NCHAR: ['VARCHAR', 'VARYING'],
  LONG: ['VARCHAR', 'VARBINARY', 'CHAR'],
  'LONG CHAR': ['VARYING'],
};

/** Words after the type that still belong to it. */
const TYPE_FLAGS = new Set(['UNSIGNED', 'SIGNED', 'ZEROFILL', 'BINARY', 'ASCII', 'UNICODE', 'BYTE']);

export interface ReadType {
  type: SqlType;
  /** SERIAL was written: BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE. */
  serial: boolean;
  collation?: string;
  /** Token range of the type, including its CHARACTER SET / COLLATE words. */
  from: number;
  to: number;
}

/**
 * Reads a column type at the cursor: name (one to three words), modifiers in parentheses
 * (numbers, or the values of ENUM / SET), then UNSIGNED / ZEROFILL / BINARY and an optional
 * CHARACTER SET and COLLATE. Types are read here rather than by node-sql-parser because
 * its grammar knows a fixed list of type names (no DEC, REAL, SERIAL, NVARCHAR, MariaDB's
 * UUID / INET6 …).
 */
export function readType(cur: Cursor, dialect: Dialect): ReadType {
  const from = cur.i;
  const first = cur.peek();
  if (!first || first.kind !== 'word') throw cur.error('Expected a column type');
  cur.i++;
  let written = first.value;
  for (;;) {
    const cont = CONTINUATIONS[written];
    const t = cur.peek();
    if (!cont || !t || t.kind !== 'word' || !cont.includes(t.value)) break;
    written += ` ${t.value}`;
    cur.i++;
  }
  const args: number[] = [];
  let values: string[] | undefined;
  if (cur.isPunct('(')) {
    const g = cur.group();
    const inner = cur.sub(g.from, g.to);
    const isList = written === 'ENUM' || written === 'SET';
    if (isList) values = [];
    while (!inner.atEnd()) {
      const t = inner.next();
      if (isList && t.kind === 'string') values!.push(t.value);
      else if (!isList && t.kind === 'number' && /^\d+$/.test(t.value)) args.push(Number(t.value));
      else {
        inner.i--;
        throw inner.error(isList ? 'Expected a quoted value' : 'Expected a number');
      }
      if (!inner.atEnd()) inner.expectPunct(',');
    }
  }
  let unsigned = false;
  while (cur.isAnyWord(TYPE_FLAGS)) {
    if (cur.peek()!.value === 'UNSIGNED') unsigned = true;
    cur.i++;
  }
  const rawTo = cur.i;
  let collation: string | undefined;
  for (;;) {
    if (cur.eat('CHARACTER', 'SET') || cur.eat('CHARSET')) {
      cur.nameOrString('a character set');
    } else if (cur.eat('COLLATE')) {
      collation = cur.nameOrString('a collation');
    } else break;
  }
  const alias = ALIASES[written];
  const name = alias ? alias.name : written.toLowerCase();
  const finalArgs = args.length ? args : alias?.args ?? [];
  const raw = cur.text(from, rawTo);
  const type = makeType(dialect, name, finalArgs, { values, unsigned: unsigned || alias?.unsigned, raw });
  return { type, serial: written === 'SERIAL', collation, from, to: cur.i };
}
