import type { Rule } from './rule.js';
import syntaxError from './syntax-error.js';
import unusedIgnore from './unused-ignore.js';
import requireConcurrentIndexCreation from './require-concurrent-index-creation.js';
import requireConcurrentIndexDeletion from './require-concurrent-index-deletion.js';
import requireConcurrentReindex from './require-concurrent-reindex.js';
import requireConcurrentRefresh from './require-concurrent-refresh.js';
import banConcurrentIndexCreationInTransaction from './ban-concurrent-index-creation-in-transaction.js';
import mixedNonTransactionalStatements from './mixed-non-transactional-statements.js';
import requireLockTimeout from './require-lock-timeout.js';
import requireStatementTimeout from './require-statement-timeout.js';
import lockTimeoutTooLong from './lock-timeout-too-long.js';
import requireRls from './require-rls.js';
import requireRlsPolicy from './require-rls-policy.js';
import banDisableRls from './ban-disable-rls.js';
import rlsSettingMissingOk from './rls-setting-missing-ok.js';
import rlsPermissivePolicy from './rls-permissive-policy.js';
import securityDefinerSearchPath from './security-definer-search-path.js';
import migrationFilename from './migration-filename.js';
import migrationDescriptionStyle from './migration-description-style.js';
import missingPlaceholderValue from './missing-placeholder-value.js';
import duplicateVersion from './duplicate-version.js';
import versionOutOfOrder from './version-out-of-order.js';
import versionRange from './version-range.js';
import modifiedAppliedMigration from './modified-applied-migration.js';
import addingFieldWithDefault from './adding-field-with-default.js';
import addingForeignKeyConstraint from './adding-foreign-key-constraint.js';
import addingNotNullableField from './adding-not-nullable-field.js';
import addingSerialPrimaryKeyField from './adding-serial-primary-key-field.js';
import addingRequiredField from './adding-required-field.js';
import banAlterDomainWithAddConstraint from './ban-alter-domain-with-add-constraint.js';
import banCharField from './ban-char-field.js';
import banCreateDomainWithConstraint from './ban-create-domain-with-constraint.js';
import banDropColumn from './ban-drop-column.js';
import banDropDatabase from './ban-drop-database.js';
import banDropNotNull from './ban-drop-not-null.js';
import banDropTable from './ban-drop-table.js';
import banDuplicateColumnAssignments from './ban-duplicate-column-assignments.js';
import banTruncateCascade from './ban-truncate-cascade.js';
import banUncommittedTransaction from './ban-uncommitted-transaction.js';
import changingColumnType from './changing-column-type.js';
import constraintMissingNotValid from './constraint-missing-not-valid.js';
import disallowedUniqueConstraint from './disallowed-unique-constraint.js';
import identifierTooLong from './identifier-too-long.js';
import preferBigintOverInt from './prefer-bigint-over-int.js';
import preferBigintOverSmallint from './prefer-bigint-over-smallint.js';
import preferIdentity from './prefer-identity.js';
import preferRepack from './prefer-repack.js';
import tableRewrite from './table-rewrite.js';
import preferRobustStmts from './prefer-robust-stmts.js';
import preferTextField from './prefer-text-field.js';
import preferTimestampTz from './prefer-timestamp-tz.js';
import renamingColumn from './renaming-column.js';
import renamingTable from './renaming-table.js';
import requireConcurrentPartitionDetach from './require-concurrent-partition-detach.js';
import requireEnumValueOrdering from './require-enum-value-ordering.js';
import requireTableSchema from './require-table-schema.js';
import transactionNesting from './transaction-nesting.js';
import requireTimeoutSettings from './require-timeout-settings.js';
import enumValueUsedInTransaction from './enum-value-used-in-transaction.js';
import backfillInDdlTransaction from './backfill-in-ddl-transaction.js';
import updateDeleteWithoutWhere from './update-delete-without-where.js';
import banTruncate from './ban-truncate.js';
import banDropPrimaryKey from './ban-drop-primary-key.js';
import banDisableTriggers from './ban-disable-triggers.js';
import attachPartitionWithoutCheck from './attach-partition-without-check.js';
import lockPileUp from './lock-pile-up.js';
import banDropSchema from './ban-drop-schema.js';
import renamingSchema from './renaming-schema.js';
import banSetLoggedUnlogged from './ban-set-logged-unlogged.js';
import refreshWithNoData from './refresh-with-no-data.js';
import sequenceRestart from './sequence-restart.js';
import concurrentIndexIfNotExists from './concurrent-index-if-not-exists.js';

/** Every rule pgmig knows. Adding a rule: its file in this folder, and one line here. */
export const RULES: Rule[] = [
  syntaxError,
  unusedIgnore,
  requireConcurrentIndexCreation,
  requireConcurrentIndexDeletion,
  requireConcurrentReindex,
  requireConcurrentRefresh,
  banConcurrentIndexCreationInTransaction,
  mixedNonTransactionalStatements,
  requireLockTimeout,
  requireStatementTimeout,
  lockTimeoutTooLong,
  requireRls,
  requireRlsPolicy,
  banDisableRls,
  rlsSettingMissingOk,
  rlsPermissivePolicy,
  securityDefinerSearchPath,
  migrationFilename,
  migrationDescriptionStyle,
  missingPlaceholderValue,
  duplicateVersion,
  versionOutOfOrder,
  versionRange,
  modifiedAppliedMigration,
  addingFieldWithDefault,
  addingForeignKeyConstraint,
  addingNotNullableField,
  addingSerialPrimaryKeyField,
  addingRequiredField,
  banAlterDomainWithAddConstraint,
  banCharField,
  banCreateDomainWithConstraint,
  banDropColumn,
  banDropDatabase,
  banDropNotNull,
  banDropTable,
  banDuplicateColumnAssignments,
  banTruncateCascade,
  banUncommittedTransaction,
  changingColumnType,
  constraintMissingNotValid,
  disallowedUniqueConstraint,
  identifierTooLong,
  preferBigintOverInt,
  preferBigintOverSmallint,
  preferIdentity,
  preferRepack,
  tableRewrite,
  preferRobustStmts,
  preferTextField,
  preferTimestampTz,
  renamingColumn,
  renamingTable,
  requireConcurrentPartitionDetach,
  requireEnumValueOrdering,
  requireTableSchema,
  transactionNesting,
  requireTimeoutSettings,
  enumValueUsedInTransaction,
  backfillInDdlTransaction,
  updateDeleteWithoutWhere,
  banTruncate,
  banDropPrimaryKey,
  banDisableTriggers,
  attachPartitionWithoutCheck,
  lockPileUp,
  banDropSchema,
  renamingSchema,
  banSetLoggedUnlogged,
  refreshWithNoData,
  sequenceRestart,
  concurrentIndexIfNotExists,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
