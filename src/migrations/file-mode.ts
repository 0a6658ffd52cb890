import type { ParsedFile } from '../sql/parse.js';
import type { Config } from './config.js';
import { readScriptConfig } from './flyway.js';
import { transactionMode, type TransactionMode } from './transaction.js';

/**
 * How Flyway runs the migration at `absPath` (its statements parsed): its `<file>.conf`
 * beside it, then Flyway's `mixed` and `executeInTransaction` from the config. The one reader
 * lint, test and rollback share; a caller that has the .conf text from elsewhere (a commit)
 * calls transactionMode with parseScriptConfig's result instead.
 */
export function migrationTransactionMode(file: { absPath: string; path: string }, parsed: Pick<ParsedFile, 'statements' | 'source'>, config: Pick<Config, 'flyway' | 'postgresVersion'>): TransactionMode {
  return transactionMode(parsed.statements, parsed.source, {
    script: readScriptConfig(file.absPath, file.path),
    mixed: config.flyway?.mixed,
    executeInTransaction: config.flyway?.executeInTransaction,
    postgresVersion: config.postgresVersion,
  });
}
