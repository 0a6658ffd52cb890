import type { SelectStmt } from '@pgsql/types';
import { nodeAs } from '../sql/node-types.js';
import type { Statement } from '../sql/parse.js';
import { nonTransactional } from '../sql/transactional.js';
import { defineRule } from './rule.js';

interface Seen {
  label: string;
  line: number;
}

interface State {
  transactional?: Seen;
  nonTransactional?: Seen;
  reported?: boolean;
}

export default defineRule({
  id: 'mixed-non-transactional-statements',
  severity: 'error',
  docs: {
    why:
      'A statement that cannot run in a transaction (CREATE/DROP INDEX CONCURRENTLY, REINDEX … CONCURRENTLY, DETACH PARTITION … CONCURRENTLY, VACUUM, ALTER SYSTEM, CREATE/DROP DATABASE or TABLESPACE, …) forces its whole file to run outside one. ' +
      'Flyway refuses a file that mixes such a statement with transactional DDL or DML, or (with mixed=true) runs it statement by statement: when a later statement fails, the earlier ones stay applied, the file is half applied, and re-running it fails on what already exists. ' +
      'SET, RESET, SHOW and BEGIN/COMMIT leave nothing behind and do not count.',
    instead:
      'Move the non-transactional statement into a migration file of its own (a SET lock_timeout before it is fine), and keep the other statements in a file that runs in one transaction.',
    example: {
      bad: "ALTER TABLE lead ADD COLUMN owner_id bigint;\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);",
      good: "SET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY IF NOT EXISTS lead_owner_idx ON lead (owner_id);",
    },
  },
  visit: {
    '*'(node, ctx) {
      const state = ctx.state as State;
      if (state.reported || isSessionOnly(ctx.stmt)) return;
      const line = ctx.file.parsed.source.position(ctx.stmt.start).line;
      const op = nonTransactional(ctx.stmt, { postgresVersion: ctx.config.postgresVersion });
      if (op) {
        state.nonTransactional ??= { label: op, line };
        if (!state.transactional) return;
        state.reported = true;
        ctx.report(
          `${op} at line ${line} is mixed with ${state.transactional.label} at line ${state.transactional.line}: ${op} cannot run in a transaction, so the file cannot run as one and a failure leaves it half applied`,
        );
      } else {
        state.transactional ??= { label: statementLabel(ctx.stmt), line };
        const other = state.nonTransactional;
        if (!other) return;
        state.reported = true;
        ctx.report(
          `${state.transactional.label} at line ${line} is mixed with ${other.label} at line ${other.line}: ${other.label} cannot run in a transaction, so the file cannot run as one and a failure leaves it half applied`,
        );
      }
    },
  },
});

/** Statements that only touch the session (nothing to half apply), so they go with either kind. */
function isSessionOnly(stmt: Statement): boolean {
  switch (stmt.kind) {
    case 'VariableSetStmt':
    case 'VariableShowStmt':
    case 'TransactionStmt':
      return true;
    case 'SelectStmt':
      return isSetConfigOnly(stmt.node);
    default:
      return false;
  }
}

/** `SELECT set_config('lock_timeout', '2s', false)`: SET written as a function call. */
function isSetConfigOnly(n: SelectStmt): boolean {
  const targets = n.targetList ?? [];
  if (targets.length === 0 || n.fromClause || n.whereClause) return false;
  return targets.every((t) => {
    const call = nodeAs(nodeAs(t, 'ResTarget')?.val, 'FuncCall');
    const name = call?.funcname?.map((x) => nodeAs(x, 'String')?.sval).join('.');
    return name === 'set_config' || name === 'pg_catalog.set_config';
  });
}

/** Words that may sit between CREATE/ALTER/DROP and the kind of object. */
const MODIFIERS = new Set(['OR', 'REPLACE', 'UNIQUE', 'TEMP', 'TEMPORARY', 'UNLOGGED', 'GLOBAL', 'LOCAL', 'RECURSIVE', 'TRUSTED', 'PROCEDURAL', 'CONSTRAINT']);
/** Object kinds named by two words (three for TEXT SEARCH … and FOREIGN DATA WRAPPER). */
const FIRST_OF_TWO = new Set(['MATERIALIZED', 'FOREIGN', 'EVENT', 'TEXT', 'ACCESS', 'DEFAULT', 'DATA', 'SEARCH']);
const DML: Record<string, string> = {
  InsertStmt: 'INSERT',
  UpdateStmt: 'UPDATE',
  DeleteStmt: 'DELETE',
  MergeStmt: 'MERGE',
  SelectStmt: 'SELECT',
};

/** How the user wrote the statement's kind: `ALTER TABLE`, `CREATE UNIQUE INDEX`, `INSERT`. */
export function statementLabel(stmt: Pick<Statement, 'kind' | 'text'>): string {
  // a CTE (WITH …) would otherwise be labelled by its first word
  if (DML[stmt.kind]) return DML[stmt.kind]!;
  // the first eight words only: a statement may be a function body of thousands
  const words: string[] = [];
  const word = /[A-Za-z_]+/g;
  for (let m = word.exec(stmt.text); m && words.length < 8; m = word.exec(stmt.text)) words.push(m[0].toUpperCase());
  if (words.length === 0) return stmt.kind;
  const label = [words[0]!];
  if (['CREATE', 'ALTER', 'DROP'].includes(words[0]!)) {
    let i = 1;
    while (i < words.length && MODIFIERS.has(words[i]!)) label.push(words[i++]!);
    while (i < words.length) {
      const w = words[i++]!;
      label.push(w);
      if (!FIRST_OF_TWO.has(w)) break;
    }
  }
  return label.join(' ');
}
