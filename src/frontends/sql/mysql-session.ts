import type { Operation } from '../../model/operation.js';
import { expression } from './mysql-check.js';
import { splitTopLevel, type Cursor } from './mysql-lexer.js';

/** SET statements and transaction control; the cursor is at the first word. */

const SCOPES = new Set(['GLOBAL', 'SESSION', 'LOCAL', 'PERSIST', 'PERSIST_ONLY']);

/**
 * SET a = 1, b = 2 → one set_setting per system variable. User variables (@x) are not
 * settings and are left out; GLOBAL / PERSIST assignments are named `global.<name>` because
 * they do not change the session the migration runs in (SET GLOBAL lock_wait_timeout does
 * not protect the next ALTER).
 */
export function mapSet(c: Cursor, other: () => Operation[]): Operation[] {
  c.expect('SET');
  if (c.eat('NAMES')) {
    const value = c.nameOrString('a character set');
    return [{ kind: 'set_setting', name: 'names', value, local: false }];
  }
  if (c.eat('CHARACTER', 'SET') || c.eat('CHARSET')) {
    const value = c.nameOrString('a character set');
    return [{ kind: 'set_setting', name: 'character set', value, local: false }];
  }
  const ops: Operation[] = [];
  let scope = 'SESSION';
  for (const part of splitTopLevel(c.toks, c.parens, c.i, c.to)) {
    const a = c.sub(part.from, part.to);
    if (a.isAnyWord(SCOPES)) scope = a.next().value;
    // SET [GLOBAL] TRANSACTION …, SET PASSWORD, SET ROLE, SET DEFAULT ROLE: no setting the rules read.
    if (a.isWord('TRANSACTION') || a.isWord('PASSWORD') || a.isWord('ROLE') || a.isWord('DEFAULT', 'ROLE')) return other();
    const target = a.next();
    let name: string;
    let thisScope = scope;
    if (target.kind === 'var') {
      if (!target.value.startsWith('@@')) {
        skipAssignment(a);
        continue;
      }
      const m = /^@@(?:(global|session|local|persist|persist_only)\.)?(.+)$/i.exec(target.value)!;
      if (m[1]) thisScope = m[1].toUpperCase();
      name = m[2];
    } else if (target.kind === 'word' || target.kind === 'quoted') {
      name = target.kind === 'word' ? target.text : target.value;
      if (a.eatPunct('.')) name = `${name}.${a.ident('a variable name')}`;
    } else {
      a.i--;
      throw a.error('Expected a variable name');
    }
    if (!a.eatPunct('=') && !a.eatPunct(':=')) throw a.error('Expected "="');
    if (a.atEnd()) throw a.error('Expected a value');
    expression(a, a.i, a.to);
    const valueTok = a.peek()!;
    const single = a.to - a.i === 1;
    const value = single && valueTok.kind === 'string' ? valueTok.value : a.restText();
    const global = thisScope === 'GLOBAL' || thisScope === 'PERSIST' || thisScope === 'PERSIST_ONLY';
    ops.push({ kind: 'set_setting', name: global ? `global.${name}` : name, value, local: false });
  }
  return ops.length ? ops : other();
}

function skipAssignment(a: Cursor): void {
  if (!a.eatPunct('=') && !a.eatPunct(':=')) throw a.error('Expected "="');
  if (a.atEnd()) throw a.error('Expected a value');
  expression(a, a.i, a.to);
}

/** START TRANSACTION / BEGIN / COMMIT / ROLLBACK; savepoints and chains are other. */
export function mapTransaction(c: Cursor, other: () => Operation[]): Operation[] {
  const verb = c.next().value;
  if (verb === 'START') {
    if (!c.eat('TRANSACTION')) return other();
    return [{ kind: 'transaction', action: 'begin' }];
  }
  if (verb === 'BEGIN') {
    c.eat('WORK');
    if (!c.atEnd()) return other(); // BEGIN NOT ATOMIC … END (MariaDB compound statement)
    return [{ kind: 'transaction', action: 'begin' }];
  }
  c.eat('WORK');
  if (verb === 'ROLLBACK' && c.isWord('TO')) return other();
  return [{ kind: 'transaction', action: verb === 'COMMIT' ? 'commit' : 'rollback' }];
}
