import type { StatementNode } from '../sql/parse.js';
import { nonTransactional } from '../sql/transactional.js';
import { findNode } from '../sql/walk.js';

/**
 * What a dry run may execute. It runs the undo files in a transaction and rolls it back, which
 * takes back the catalog and table changes, but not what a statement does outside the
 * transaction: sequence values (nextval, setval, a DEFAULT that calls nextval), dblink, COPY …
 * TO PROGRAM, notifications, advisory locks, a trigger's side effects. So a dry run executes
 * only statements of the kinds below that call no function at all; for anything else it checks
 * the plan and the history and executes nothing.
 */
const TAKEN_BACK = new Set([
  'AlterTableStmt', 'DropStmt', 'IndexStmt', 'CreateStmt', 'RenameStmt', 'CommentStmt', 'ViewStmt',
  'CreatePolicyStmt', 'AlterPolicyStmt', 'GrantStmt', 'VariableSetStmt', 'CreateSeqStmt', 'CreateEnumStmt',
  'CreateTrigStmt', 'CreateFunctionStmt', 'AlterFunctionStmt', 'AlterOwnerStmt', 'AlterObjectSchemaStmt',
  'CreateSchemaStmt', 'CreateDomainStmt', 'CompositeTypeStmt', 'LockStmt', 'AlterEnumStmt',
]);

const LABEL: Record<string, string> = {
  InsertStmt: 'INSERT', UpdateStmt: 'UPDATE', DeleteStmt: 'DELETE', MergeStmt: 'MERGE', TruncateStmt: 'TRUNCATE',
  SelectStmt: 'SELECT', DoStmt: 'DO', CopyStmt: 'COPY', CallStmt: 'CALL', NotifyStmt: 'NOTIFY', CreateExtensionStmt: 'CREATE EXTENSION',
  AlterSeqStmt: 'ALTER SEQUENCE', ExecuteStmt: 'EXECUTE', CreateTableAsStmt: 'CREATE TABLE AS', RefreshMatViewStmt: 'REFRESH MATERIALIZED VIEW',
};

/**
 * Why a rolled-back transaction might not take all of `stmt` back, or undefined when it does.
 * Row changes (INSERT, UPDATE, DELETE, TRUNCATE) are left out too: they fire triggers, whose
 * bodies may reach outside the transaction.
 */
export function notTakenBack(stmt: StatementNode): string | undefined {
  const outside = nonTransactional(stmt);
  if (outside) return `${outside} runs outside a transaction, so nothing could take it back`;
  if (!TAKEN_BACK.has(stmt.kind)) {
    const what = LABEL[stmt.kind] ?? stmt.kind.replace(/Stmt$/, '');
    return `${what} may have effects a transaction rollback does not take back (sequences, triggers, anything a function does)`;
  }
  const call = findNode(stmt.node, 'FuncCall');
  if (call) {
    const name = (call.funcname ?? []).map((p) => ('String' in p ? p.String.sval : undefined) ?? '').filter(Boolean).join('.');
    return `it calls ${name || 'a function'}(), whose effects (nextval, setval, dblink, …) a transaction rollback may not take back`;
  }
  return undefined;
}
