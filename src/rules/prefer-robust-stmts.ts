import type { AlterTableCmd, Constraint, List, PartitionCmd, RenameStmt } from '@pgsql/types';
import { tableCmds } from '../sql/ddl.js';
import { statementLabel } from '../sql/locks.js';
import { nameParts } from '../sql/names.js';
import { nodeAs } from '../sql/node-types.js';
import { displayName, relationOf } from '../sql/relation.js';
import { defineRule, type StatementContext } from './rule.js';

interface State {
  /** In a transaction now: the runner's (assumeInTransaction) or one opened by BEGIN. */
  inTransaction?: boolean;
  /** Constraint names dropped earlier in the file, and whether one was added back since. */
  constraints?: Map<string, 'dropped' | 'added'>;
}

type Fix = 'IF EXISTS' | 'IF NOT EXISTS' | 'transaction';

/** Table-level renames: ALTER TABLE … RENAME [COLUMN | CONSTRAINT] (not views, indexes, sequences). */
function isTableRename(node: RenameStmt): boolean {
  return (
    node.renameType === 'OBJECT_TABLE' ||
    node.renameType === 'OBJECT_TABCONSTRAINT' ||
    (node.renameType === 'OBJECT_COLUMN' && node.relationType === 'OBJECT_TABLE')
  );
}

const ACTION: Record<string, string> = {
  AT_AddColumn: 'ADD COLUMN',
  AT_DropColumn: 'DROP COLUMN',
  AT_DropConstraint: 'DROP CONSTRAINT',
  AT_AddConstraint: 'ADD CONSTRAINT',
  AT_ValidateConstraint: 'VALIDATE CONSTRAINT',
};

export default defineRule({
  id: 'prefer-robust-stmts',
  severity: 'warning',
  docs: {
    why:
      'A migration that runs outside a transaction and fails half way leaves its first statements applied; fixed and run again, it fails on the first statement that cannot run twice (CREATE TABLE: "already exists"), and someone repairs the database by hand, under pressure. IF [NOT] EXISTS makes CREATE and DROP of tables, indexes and types, ADD and DROP COLUMN and DROP CONSTRAINT safe to repeat; actions that set a state (ENABLE/FORCE RLS, SET/DROP NOT NULL, TYPE, DEFAULT, STATISTICS, STORAGE, REPLICA IDENTITY, OWNER) repeat as they are. ' +
      'Not reported: statements inside BEGIN … COMMIT or in a file the runner wraps (assumeInTransaction; with flyway, a file Flyway cannot wrap counts as outside), ADD CONSTRAINT of a name the file dropped first, and DETACH PARTITION … CONCURRENTLY. A failed CREATE INDEX CONCURRENTLY leaves an INVALID index, so IF NOT EXISTS is no fix: DROP INDEX CONCURRENTLY IF EXISTS before the build is.',
    instead:
      'Wrap the file in BEGIN … COMMIT (or let the runner do it, with assumeInTransaction: true), or write each statement so it can run twice: CREATE … IF NOT EXISTS, DROP … IF EXISTS, ADD COLUMN IF NOT EXISTS, DROP CONSTRAINT IF EXISTS before ADD CONSTRAINT, and DROP INDEX CONCURRENTLY IF EXISTS before CREATE INDEX CONCURRENTLY (never IF NOT EXISTS there).',
    example: {
      bad: 'CREATE TABLE lead_tag (lead_id bigint NOT NULL, tag text NOT NULL);\nALTER TABLE lead ADD COLUMN score bigint;',
      good: 'CREATE TABLE IF NOT EXISTS lead_tag (lead_id bigint NOT NULL, tag text NOT NULL);\nALTER TABLE lead ADD COLUMN IF NOT EXISTS score bigint;',
    },
  },
  visit: {
    TransactionStmt(node, ctx) {
      const s = state(ctx);
      switch (node.kind) {
        case 'TRANS_STMT_BEGIN':
        case 'TRANS_STMT_START':
          s.inTransaction = true;
          break;
        case 'TRANS_STMT_COMMIT':
        case 'TRANS_STMT_ROLLBACK':
        case 'TRANS_STMT_PREPARE':
          // this ends the runner's transaction too: what follows runs on its own
          s.inTransaction = !!node.chain;
          break;
      }
    },
    AlterTableStmt(node, ctx) {
      const s = state(ctx);
      const table = relationOf(node.relation);
      const name = table ? displayName(table) : 'the table';
      for (const { cmd, index } of tableCmds(node)) {
        const fix = alterTableFix(cmd, s);
        if (!fix || s.inTransaction) continue;
        const target: string | undefined = cmd.name ?? nodeAs(cmd.def, 'ColumnDef')?.colname ?? nodeAs(cmd.def, 'Constraint')?.conname;
        const action = ACTION[cmd.subtype ?? ''];
        const what = action
          ? `${action}${target ? ` ${target}` : ''} on ${name}`
          : `ALTER TABLE ${name}${target ? ` (${target})` : ''}`;
        report(ctx, fix, what, ctx.actionLocation(index));
      }
    },
    RenameStmt(node, ctx) {
      if (!isTableRename(node) || state(ctx).inTransaction) return;
      report(ctx, 'transaction', statementLabel(ctx.stmt), ctx.actionLocation(0));
    },
    AlterObjectSchemaStmt(node, ctx) {
      if (node.objectType !== 'OBJECT_TABLE' || state(ctx).inTransaction) return;
      report(ctx, 'transaction', statementLabel(ctx.stmt), ctx.actionLocation(0));
    },
    IndexStmt(node, ctx) {
      // IF NOT EXISTS needs a name; a concurrent build runs outside any transaction
      if (!node.idxname || node.if_not_exists) return;
      if (node.concurrent) {
        if (concurrentBuildIsRepeatable(node.idxname, ctx)) return;
        ctx.report(
          `${statementLabel(ctx.stmt)} has no DROP INDEX CONCURRENTLY IF EXISTS ${node.idxname} before it: if the migration fails after it, running the migration again fails here (or, with IF NOT EXISTS, keeps an INVALID index left by a failed build)`,
          { help: CONCURRENT_HELP },
        );
        return;
      }
      if (state(ctx).inTransaction) return;
      report(ctx, 'IF NOT EXISTS', statementLabel(ctx.stmt));
    },
    CreateStmt(node, ctx) {
      if (node.if_not_exists || state(ctx).inTransaction) return;
      // a temporary table dropped at commit is gone whatever happens
      if (node.relation?.relpersistence === 't' && node.oncommit === 'ONCOMMIT_DROP') return;
      report(ctx, 'IF NOT EXISTS', statementLabel(ctx.stmt));
    },
    DropStmt(node, ctx) {
      if (!['OBJECT_TABLE', 'OBJECT_INDEX', 'OBJECT_TYPE'].includes(node.removeType ?? '') || node.missing_ok || state(ctx).inTransaction) return;
      report(ctx, 'IF EXISTS', statementLabel(ctx.stmt));
    },
  },
});

const CONCURRENT_HELP =
  'Put `DROP INDEX CONCURRENTLY IF EXISTS <name>;` right before the build, so a retry first removes what a failed build left (an INVALID index) and builds it again; never IF NOT EXISTS, which keeps the INVALID index for good. Or give the build a migration of its own.';

/** Statements that change nothing a retry could trip over. */
const NO_CHANGE = new Set(['VariableSetStmt', 'VariableShowStmt']);

/**
 * A concurrent build that can simply be run again: the file's only change (a failed build leaves
 * at most an INVALID index, and the retry fails loudly on it, which is what a reviewer wants to
 * see), or one that a DROP INDEX … IF EXISTS of the same index comes before.
 */
function concurrentBuildIsRepeatable(name: string, ctx: StatementContext): boolean {
  const all = ctx.file.parsed.statements;
  if (all.filter((s) => !NO_CHANGE.has(s.kind)).length === 1) return true;
  return all.slice(0, ctx.stmt.index).some((s) => {
    if (s.kind !== 'DropStmt') return false;
    const drop = s.node;
    if (drop.removeType !== 'OBJECT_INDEX' || !drop.missing_ok) return false;
    return (drop.objects ?? []).some((o) => nameParts(nodeAs(o, 'List')?.items).pop() === name);
  });
}

function state(ctx: StatementContext): State {
  const s = ctx.state as State;
  // the runner's transaction: assumeInTransaction, for a file it can wrap in one
  s.inTransaction ??= ctx.session.assumeInTransaction;
  return s;
}

/** What would make one ALTER TABLE action repeatable, or undefined when it already is. */
function alterTableFix(cmd: AlterTableCmd, s: State): Fix | undefined {
  const constraints = (s.constraints ??= new Map());
  switch (cmd.subtype) {
    case 'AT_DropConstraint':
      // remembered even inside a transaction: a later ADD of the name is then repeatable
      if (cmd.name) constraints.set(cmd.name, 'dropped');
      return cmd.missing_ok ? undefined : 'IF EXISTS';
    case 'AT_DropColumn':
      return cmd.missing_ok ? undefined : 'IF EXISTS';
    case 'AT_AddColumn':
      return cmd.missing_ok ? undefined : 'IF NOT EXISTS';
    case 'AT_AddConstraint': {
      const name = nodeAs(cmd.def, 'Constraint')?.conname;
      if (name && constraints.get(name) === 'dropped') {
        constraints.set(name, 'added');
        return undefined;
      }
      return 'transaction';
    }
    case 'AT_ValidateConstraint':
      return cmd.name && constraints.has(cmd.name) ? undefined : 'transaction';
    case 'AT_EnableRowSecurity':
    case 'AT_DisableRowSecurity':
    case 'AT_ForceRowSecurity':
    case 'AT_NoForceRowSecurity':
    case 'AT_SetNotNull':
    case 'AT_DropNotNull':
    case 'AT_AlterColumnType':
    case 'AT_ColumnDefault':
    case 'AT_SetStatistics':
    case 'AT_SetStorage':
    case 'AT_ReplicaIdentity':
    case 'AT_ChangeOwner':
      // setting a state, not adding a thing: run twice, the second run finds it set and succeeds
      return undefined;
    case 'AT_DetachPartition':
      // CONCURRENTLY cannot run in a transaction, so "use one" would be impossible advice
      return nodeAs(cmd.def, 'PartitionCmd')?.concurrent ? undefined : 'transaction';
    default:
      return 'transaction';
  }
}

function report(ctx: StatementContext, fix: Fix, what: string, location?: number) {
  // a DO block, a CALL or a SELECT of a function is one statement: when anything in it fails, all
  // it did is undone with it, so a statement inside one cannot be left half applied for a second
  // run to trip over (a procedure's own COMMIT is transaction-nesting's to judge)
  if (ctx.stmt.within) return;
  const again = 'if the migration fails after it, running the migration again fails here';
  if (fix === 'transaction') {
    ctx.report(`${what} runs outside a transaction and cannot be written to run twice: ${again}; put the file in BEGIN … COMMIT`, {
      location,
      help: 'Wrap the migration in BEGIN … COMMIT (or set assumeInTransaction: true when the runner does), so a failure leaves nothing half applied.',
    });
  } else {
    ctx.report(`${what} has no ${fix}: ${again}; add ${fix} or run the file in a transaction`, {
      location,
      help: `Write ${fix} so the statement can run again after a partial failure, or wrap the migration in BEGIN … COMMIT.`,
    });
  }
}
