import type { Rule } from './rule.js';
import { createIndexNonConcurrently } from './create-index-non-concurrently.js';
import { dropIndexNonConcurrently } from './drop-index-non-concurrently.js';
import { concurrentlyInTransaction } from './concurrently-in-transaction.js';
import { foreignKeyWithoutNotValid } from './foreign-key-without-not-valid.js';
import { checkWithoutNotValid } from './check-without-not-valid.js';
import { uniqueConstraintWithoutIndex } from './unique-constraint-without-index.js';
import { setNotNullScan } from './set-not-null-scan.js';
import { addColumnVolatileDefault } from './add-column-volatile-default.js';
import { lockTimeoutMissing } from './lock-timeout-missing.js';
import { dropColumn } from './drop-column.js';
import { migrationFailsToApply } from './migration-fails-to-apply.js';
import { dropTable } from './drop-table.js';
import { dropSchema } from './drop-schema.js';
import { truncateTable } from './truncate-table.js';
import { narrowingTypeChange } from './narrowing-type-change.js';
import { lossyTypeChange } from './lossy-type-change.js';
import { unboundedDataChange } from './unbounded-data-change.js';
import { tableRewriteTypeChange } from './table-rewrite-type-change.js';
import { renameColumn } from './rename-column.js';
import { renameTable } from './rename-table.js';
import { renameSchema } from './rename-schema.js';
import { renameEnumValue } from './rename-enum-value.js';
import { addRequiredColumn } from './add-required-column.js';
import { editedAppliedMigration } from './edited-applied-migration.js';
import { migrationOrderConflict } from './migration-order-conflict.js';
import { unparsedStatement } from './unparsed-statement.js';
import { ignoreWithoutReason } from './ignore-without-reason.js';
import { opaqueCodeMigration } from './opaque-code-migration.js';
import { irreversibleMigration } from './irreversible-migration.js';
import { missingMigration } from './missing-migration.js';
import { reindexNonConcurrently } from './reindex-non-concurrently.js';
import { exclusiveLockMaintenance } from './exclusive-lock-maintenance.js';
import { detachPartitionNonConcurrently } from './detach-partition-non-concurrently.js';
import { exclusionConstraint } from './exclusion-constraint.js';
import { dropNotNull } from './drop-not-null.js';
import { dropDefault } from './drop-default.js';
import { identifierTooLong } from './identifier-too-long.js';
import { uniqueOnExistingData } from './unique-on-existing-data.js';
import { foreignKeyWithoutIndex } from './foreign-key-without-index.js';
import { tableWithoutPrimaryKey } from './table-without-primary-key.js';
import { redundantIndex } from './redundant-index.js';
import { dropEnumValue } from './drop-enum-value.js';
import { validateInSameTransaction } from './validate-in-same-transaction.js';
import { addStoredGeneratedOrSerial } from './add-stored-generated-or-serial.js';
import { manyStatementsUnderExclusiveLock } from './many-statements-under-exclusive-lock.js';
import { mysqlTableCopy } from './mysql-table-copy.js';
import { enumAddValueInTransaction } from './enum-add-value-in-transaction.js';
import { preferBigintOverInt } from './prefer-bigint-over-int.js';
import { preferIdentityOverSerial } from './prefer-identity-over-serial.js';
import { preferTextOverVarchar } from './prefer-text-over-varchar.js';
import { preferTimestamptz } from './prefer-timestamptz.js';
import { preferJsonbOverJson } from './prefer-jsonb-over-json.js';
import { banCharType } from './ban-char-type.js';
import { preferRobustStatements } from './prefer-robust-statements.js';
import { requireTableSchema } from './require-table-schema.js';
import { immutableFunctionCallsVolatile } from './immutable-function-calls-volatile.js';
import { disableTrigger } from './disable-trigger.js';
import { systemCatalogWrite } from './system-catalog-write.js';

/** Every rule, in catalogue order. Adding a rule: its file, one line here, its tests. */
export const RULES: readonly Rule[] = [
  dropTable,
  dropColumn,
  dropSchema,
  truncateTable,
  narrowingTypeChange,
  lossyTypeChange,
  dropEnumValue,
  unboundedDataChange,
  createIndexNonConcurrently,
  dropIndexNonConcurrently,
  concurrentlyInTransaction,
  reindexNonConcurrently,
  foreignKeyWithoutNotValid,
  checkWithoutNotValid,
  validateInSameTransaction,
  uniqueConstraintWithoutIndex,
  setNotNullScan,
  addColumnVolatileDefault,
  addStoredGeneratedOrSerial,
  exclusiveLockMaintenance,
  exclusionConstraint,
  detachPartitionNonConcurrently,
  lockTimeoutMissing,
  manyStatementsUnderExclusiveLock,
  mysqlTableCopy,
  enumAddValueInTransaction,
  tableRewriteTypeChange,
  renameColumn,
  renameTable,
  renameSchema,
  renameEnumValue,
  addRequiredColumn,
  dropNotNull,
  dropDefault,
  uniqueOnExistingData,
  foreignKeyWithoutIndex,
  tableWithoutPrimaryKey,
  redundantIndex,
  immutableFunctionCallsVolatile,
  disableTrigger,
  systemCatalogWrite,
  editedAppliedMigration,
  migrationOrderConflict,
  unparsedStatement,
  migrationFailsToApply,
  opaqueCodeMigration,
  irreversibleMigration,
  missingMigration,
  ignoreWithoutReason,
  preferBigintOverInt,
  preferIdentityOverSerial,
  preferTextOverVarchar,
  preferTimestamptz,
  preferJsonbOverJson,
  banCharType,
  identifierTooLong,
  preferRobustStatements,
  requireTableSchema,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
