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
import duplicateVersion from './duplicate-version.js';
import versionOutOfOrder from './version-out-of-order.js';
import versionRange from './version-range.js';
import modifiedAppliedMigration from './modified-applied-migration.js';

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
  duplicateVersion,
  versionOutOfOrder,
  versionRange,
  modifiedAppliedMigration,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
