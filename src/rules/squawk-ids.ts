/** Every rule id squawk 2.66 accepts (`squawk --exclude <id>` rejects an unknown one). */
export const SQUAWK_RULE_IDS: readonly string[] = [
  'adding-field-with-default', 'adding-foreign-key-constraint', 'adding-not-nullable-field',
  'adding-serial-primary-key-field', 'adding-required-field', 'ban-alter-domain-with-add-constraint',
  'ban-char-field', 'ban-concurrent-index-creation-in-transaction', 'ban-create-domain-with-constraint',
  'ban-drop-column', 'ban-drop-database', 'ban-drop-not-null', 'ban-drop-table',
  'ban-duplicate-column-assignments', 'ban-truncate-cascade', 'ban-uncommitted-transaction',
  'changing-column-type', 'constraint-missing-not-valid', 'disallowed-unique-constraint',
  'identifier-too-long', 'prefer-bigint-over-int', 'prefer-bigint-over-smallint', 'prefer-identity',
  'prefer-repack', 'prefer-robust-stmts', 'prefer-text-field', 'prefer-timestamp-tz', 'renaming-column',
  'renaming-table', 'require-concurrent-index-creation', 'require-concurrent-index-deletion',
  'require-concurrent-partition-detach', 'require-concurrent-reindex', 'require-enum-value-ordering',
  'require-table-schema', 'transaction-nesting', 'require-timeout-settings', 'require-lock-timeout',
  'require-statement-timeout',
];
