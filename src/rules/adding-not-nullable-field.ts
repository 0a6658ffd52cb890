import { nodeAs } from '../sql/node-types.js';
import { tableCmds } from '../sql/ddl.js';
import { displayName, keyOf, relationOf } from '../sql/relation.js';
import { notNullColumn, type TableInfo } from '../sql/model.js';
import { defineRule } from './rule.js';

interface State {
  /** CHECK (col IS NOT NULL) constraints added in this file: name -> `table key` + column. */
  checks?: Map<string, { table: string; column: string }>;
  /** `table key/column` pairs a valid CHECK (col IS NOT NULL) now proves. */
  proven?: Set<string>;
  /**
   * Tables with a VALIDATE CONSTRAINT of a constraint added before this file: most likely the
   * NOT NULL helper check of the documented pattern, so (as squawk) SET NOT NULL after it is trusted.
   */
  validatedElsewhere?: Set<string>;
}

/** A validated CHECK (column IS NOT NULL) that the migrations before this statement left on the table. */
function checkedBefore(t: TableInfo | undefined, column: string): boolean {
  for (const c of t?.notNullChecks?.values() ?? []) if (c.column === column && c.validated) return true;
  return false;
}

export default defineRule({
  id: 'adding-not-nullable-field',
  severity: 'warning',
  docs: {
    why: 'ALTER COLUMN … SET NOT NULL reads the whole table to prove there is no NULL, holding ACCESS EXCLUSIVE all the while: every query on the table waits, minutes on a large table. From PostgreSQL 12 the scan is skipped when a valid CHECK (column IS NOT NULL) constraint already proves it. A table created in the same change is exempt: it has no rows yet.',
    lock: 'ACCESS EXCLUSIVE on the table for the whole scan (blocks reads and writes).',
    instead: 'On PostgreSQL 12 or later: ADD CONSTRAINT … CHECK (column IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT in a later transaction (no blocking lock); then SET NOT NULL (no scan) and drop the helper check. Before 12 there is no scan-free way: keep the column nullable and rely on the CHECK constraint.',
    example: {
      bad: 'ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;',
      good: [
        'ALTER TABLE lead ADD CONSTRAINT lead_owner_id_not_null CHECK (owner_id IS NOT NULL) NOT VALID;',
        '-- in a later migration (or at least a later transaction):',
        'ALTER TABLE lead VALIDATE CONSTRAINT lead_owner_id_not_null;',
        'ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;',
        'ALTER TABLE lead DROP CONSTRAINT lead_owner_id_not_null;',
      ].join('\n'),
    },
  },
  visit: {
    AlterTableStmt(node, ctx) {
      const key = keyOf(node.relation);
      if (!key) return;
      const s = ctx.state as State;
      const checks = (s.checks ??= new Map());
      const proven = (s.proven ??= new Set());
      const elsewhere = (s.validatedElsewhere ??= new Set());
      const table = displayName(relationOf(node.relation)!);
      const pg12 = ctx.config.postgresVersion >= 12;
      for (const { cmd, index } of tableCmds(node)) {
        if (cmd.subtype === 'AT_AddConstraint') {
          const c = nodeAs(cmd.def, 'Constraint');
          const column = c?.contype === 'CONSTR_CHECK' ? notNullColumn(c.raw_expr) : undefined;
          if (!c || !column) continue;
          if (c.conname) checks.set(c.conname, { table: key, column });
          // added without NOT VALID, the check is proven by the time the statement ends
          if (!c.skip_validation) proven.add(`${key}/${column}`);
        } else if (cmd.subtype === 'AT_ValidateConstraint') {
          const check = checks.get(cmd.name);
          if (check && check.table === key) proven.add(`${key}/${check.column}`);
          else elsewhere.add(key);
        } else if (cmd.subtype === 'AT_SetNotNull') {
          if (!ctx.isExisting(node.relation)) continue;
          if (pg12 && (proven.has(`${key}/${cmd.name}`) || elsewhere.has(key) || checkedBefore(ctx.model.table(key), cmd.name ?? ''))) continue;
          ctx.report(
            `SET NOT NULL on ${table}.${cmd.name} scans all of ${table} under an ACCESS EXCLUSIVE lock, blocking reads and writes until it is done`,
            {
              location: ctx.actionLocation(index),
              help: pg12
                ? `Add CHECK (${cmd.name} IS NOT NULL) NOT VALID, VALIDATE it in a later transaction, then SET NOT NULL (PostgreSQL 12+ then skips the scan) and drop the check.`
                : `PostgreSQL ${ctx.config.postgresVersion} always scans (config postgresVersion); keep ${cmd.name} nullable and enforce it with a CHECK (${cmd.name} IS NOT NULL) constraint added NOT VALID and validated later.`,
            },
          );
        }
      }
    },
  },
});
