import { atLeast, type DbTarget } from '../../model/dialect.js';
import { qnameSql, quoteIdent, type QName } from '../../model/operation.js';
import { pgObjectName } from '../../schema/names.js';

/**
 * The steps that make a column NOT NULL without holding ACCESS EXCLUSIVE for a full scan:
 * a NOT VALID check, its validation under SHARE UPDATE EXCLUSIVE, then SET NOT NULL, which
 * PostgreSQL 12+ proves from the check without scanning.
 */
export function notNullRecipe(table: QName, column: string, target: DbTarget, inTransaction: boolean): string {
  const t = qnameSql(table);
  const check = quoteIdent(pgObjectName(table.name, column, 'not_null'));
  const c = quoteIdent(column);
  const steps = [
    `ALTER TABLE ${t} ADD CONSTRAINT ${check} CHECK (${c} IS NOT NULL) NOT VALID;`,
    `${inTransaction ? '-- in a later migration, so the lock above is released first:\n' : ''}ALTER TABLE ${t} VALIDATE CONSTRAINT ${check};`,
  ];
  if (atLeast(target, '12')) {
    steps.push(`ALTER TABLE ${t} ALTER COLUMN ${c} SET NOT NULL;`, `ALTER TABLE ${t} DROP CONSTRAINT ${check};`);
  } else {
    steps.push(`-- PostgreSQL before 12 cannot use the check to skip the scan of SET NOT NULL: keep the validated check as the NOT NULL guarantee, or run SET NOT NULL in a quiet window.`);
  }
  return steps.join('\n');
}
