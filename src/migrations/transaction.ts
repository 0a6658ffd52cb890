import type { ReindexObjectType } from '@pgsql/types';
import { nodeAs } from '../sql/node-types.js';
import type { Statement, StatementNode } from '../sql/parse.js';
import type { SourceText } from '../sql/source.js';
import type { ScriptConfig } from './flyway.js';

/**
 * How Flyway runs one migration file, as its PostgreSQL support decides it: in one transaction,
 * unless one of its statements is one Flyway knows cannot run in one; then the file runs
 * statement by statement without one, and only when nothing else is in it, or `mixed` allows it.
 * A per-script `executeInTransaction` (V1__x.sql.conf) decides alone, and skips the mixed check.
 * lint, test and rollback all take the file's mode from here.
 */
export interface TransactionMode {
  inTransaction: boolean;
  /** Decided by the script's own .conf (executeInTransaction), whatever the runner. */
  fromScript?: boolean;
  /** Why the file runs outside a transaction: the statement, or the setting. */
  reason?: string;
  /** Flyway refuses the file before running any of it; its own words. */
  refusal?: { line: number; message: string };
}

export interface TransactionSettings {
  script?: ScriptConfig;
  /** Flyway `mixed` (default false). */
  mixed?: boolean;
  /** Flyway's global `executeInTransaction` (default true). */
  executeInTransaction?: boolean;
  postgresVersion?: number;
}

/**
 * The statements Flyway's PostgreSQL parser recognises as unable to run in a transaction
 * (its fixed list: CREATE/DROP [UNIQUE] INDEX CONCURRENTLY, REINDEX SCHEMA|DATABASE|SYSTEM,
 * VACUUM, DISCARD ALL, ALTER SYSTEM, CREATE/DROP DATABASE, TABLESPACE or SUBSCRIPTION, and
 * ALTER TYPE … ADD VALUE before PostgreSQL 12). Others PostgreSQL refuses in a transaction block
 * (REINDEX INDEX|TABLE CONCURRENTLY, DETACH PARTITION CONCURRENTLY, CLUSTER without a table)
 * are not on it: Flyway runs them in its transaction, and the server rejects them.
 */
export function flywayNonTransactional(stmt: StatementNode, postgresVersion = 16): string | undefined {
  const { kind, node: n } = stmt;
  switch (kind) {
    case 'IndexStmt':
      return n.concurrent ? (n.unique ? 'CREATE UNIQUE INDEX CONCURRENTLY' : 'CREATE INDEX CONCURRENTLY') : undefined;
    case 'DropStmt':
      if (n.removeType === 'OBJECT_INDEX' && n.concurrent) return 'DROP INDEX CONCURRENTLY';
      if (n.removeType === 'OBJECT_SUBSCRIPTION') return 'DROP SUBSCRIPTION';
      return undefined;
    case 'ReindexStmt': {
      const what = n.kind && FLYWAY_REINDEX[n.kind];
      return what ? `REINDEX ${what}` : undefined;
    }
    case 'VacuumStmt':
      return n.is_vacuumcmd ? 'VACUUM' : undefined;
    case 'DiscardStmt':
      return n.target === 'DISCARD_ALL' ? 'DISCARD ALL' : undefined;
    case 'AlterSystemStmt':
      return 'ALTER SYSTEM';
    case 'CreatedbStmt':
      return 'CREATE DATABASE';
    case 'DropdbStmt':
      return 'DROP DATABASE';
    case 'CreateTableSpaceStmt':
      return 'CREATE TABLESPACE';
    case 'DropTableSpaceStmt':
      return 'DROP TABLESPACE';
    case 'CreateSubscriptionStmt':
      return 'CREATE SUBSCRIPTION';
    case 'DropSubscriptionStmt':
      return 'DROP SUBSCRIPTION';
    case 'AlterEnumStmt':
      return n.newVal !== undefined && n.oldVal === undefined && postgresVersion < 12 ? 'ALTER TYPE … ADD VALUE' : undefined;
    default:
      return undefined;
  }
}

/** The REINDEX targets on Flyway's list. */
const FLYWAY_REINDEX: Partial<Record<ReindexObjectType, string>> = { REINDEX_OBJECT_SCHEMA: 'SCHEMA', REINDEX_OBJECT_DATABASE: 'DATABASE', REINDEX_OBJECT_SYSTEM: 'SYSTEM' };

/**
 * Statements that only touch the session. Flyway's parser counts them as transactional, so a
 * `SET lock_timeout` before a CREATE INDEX CONCURRENTLY makes Flyway refuse the file unless
 * `mixed` is on (or the script's .conf says executeInTransaction=false). pgmig's rules recommend
 * exactly that SET, and it leaves nothing half applied, so pgmig does not report it as mixing.
 */
export function isSessionOnly(stmt: StatementNode): boolean {
  switch (stmt.kind) {
    case 'VariableSetStmt':
    case 'VariableShowStmt':
      return true;
    case 'SelectStmt': {
      const targets = stmt.node?.targetList ?? [];
      if (targets.length === 0 || stmt.node?.fromClause || stmt.node?.whereClause) return false;
      return targets.every((t) => {
        const name = nodeAs(nodeAs(t, 'ResTarget')?.val, 'FuncCall')?.funcname?.map((x) => nodeAs(x, 'String')?.sval).join('.');
        return name === 'set_config' || name === 'pg_catalog.set_config';
      });
    }
    default:
      return false;
  }
}

/** How Flyway runs a file of these statements (see TransactionMode). */
export function transactionMode(statements: Statement[], source: SourceText | undefined, opts: TransactionSettings = {}): TransactionMode {
  const script = opts.script;
  if (script?.executeInTransaction === false) return { inTransaction: false, fromScript: true, reason: `executeInTransaction=false in ${script.file}` };
  if (script?.executeInTransaction === true) return { inTransaction: true, fromScript: true };
  let nonTx: { stmt: Statement; label: string } | undefined;
  let tx: Statement | undefined;
  for (const s of statements) {
    const label = flywayNonTransactional(s, opts.postgresVersion);
    if (label) nonTx ??= { stmt: s, label };
    else if (!isSessionOnly(s) && s.kind !== 'TransactionStmt') tx ??= s;
    if (nonTx && tx && !opts.mixed) {
      // Flyway names the statement at which it has seen both kinds
      const offending = s;
      const line = source ? source.position(offending.start).line : 1;
      return {
        inTransaction: false,
        reason: nonTx.label,
        refusal: {
          line,
          message:
            'Detected both transactional and non-transactional statements within the same migration (even though mixed is false). ' +
            `Offending statement found at line ${line}: ${oneLine(offending.text)}${offending === nonTx.stmt ? ' [non-transactional]' : ''}`,
        },
      };
    }
  }
  if (nonTx) return { inTransaction: false, reason: nonTx.label };
  // a file with its own BEGIN/COMMIT is still wrapped by Flyway (its COMMIT ends Flyway's transaction)
  if (opts.executeInTransaction === false) return { inTransaction: false, reason: 'executeInTransaction=false in the Flyway configuration' };
  return { inTransaction: true };
}

function oneLine(sql: string): string {
  const s = sql.replace(/\s+/g, ' ').trim();
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
