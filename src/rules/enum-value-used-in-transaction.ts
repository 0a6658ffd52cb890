import type { A_Const, AlterEnumStmt, CreateEnumStmt } from '@pgsql/types';
import { nameKey } from '../sql/objects.js';
import { nameParts } from '../sql/names.js';
import { transactionOf, type TransactionSlot } from '../sql/transaction-scope.js';
import { walk } from '../sql/walk.js';
import { defineRule } from './rule.js';

interface Transaction {
  /** Enum types created in this transaction: their new values may be used at once. */
  created: Set<string>;
  /** Values added to older enums in this transaction, with the type and the line that added them. */
  added: Map<string, { type: string; line: number }>;
}

export default defineRule({
  id: 'enum-value-used-in-transaction',
  severity: 'error',
  docs: {
    why:
      'A value added with ALTER TYPE … ADD VALUE cannot be used until the transaction that added it commits: PostgreSQL stops the statement with "unsafe use of new value" and the whole migration fails, in every environment. That happens when the same transaction (BEGIN … COMMIT in the file, or the runner\'s with assumeInTransaction) then inserts it, updates a row to it, sets it as a DEFAULT or compares with it in a CHECK. An enum type created in the same transaction is exempt: PostgreSQL allows its values at once.',
    instead:
      'Add the value in a migration (or transaction) of its own and use it in the next one: COMMIT after the ALTER TYPE … ADD VALUE.',
    example: {
      bad: "BEGIN;\nALTER TYPE lead_status ADD VALUE 'qualified' AFTER 'contacted';\nUPDATE lead SET status = 'qualified' WHERE score > 80;\nCOMMIT;",
      good: "-- V7__add_qualified_status.sql\nALTER TYPE lead_status ADD VALUE 'qualified' AFTER 'contacted';\n-- V8__qualify_leads.sql (the next migration) uses it",
    },
  },
  visit: {
    '*'(node, ctx) {
      const tx = transactionOf(ctx.state as TransactionSlot<Transaction>, ctx.stmt, ctx.session, () => ({ created: new Set(), added: new Map() }));
      if (!tx) return;
      if (ctx.stmt.kind === 'CreateEnumStmt') {
        const key = nameKey(nameParts((node as CreateEnumStmt).typeName));
        if (key) tx.created.add(key);
        return;
      }
      if (ctx.stmt.kind === 'AlterEnumStmt') {
        const e = node as AlterEnumStmt;
        const type = nameParts(e.typeName);
        const key = nameKey(type);
        if (e.oldVal === undefined && e.newVal !== undefined && key && !tx.created.has(key)) {
          tx.added.set(e.newVal, { type: type.join('.'), line: ctx.file.parsed.source.position(ctx.stmt.start).line });
        }
        return;
      }
      if (tx.added.size === 0 || ctx.stmt.kind === 'CommentStmt') return;
      const seen = new Set<string>();
      walk(node, (type, inner) => {
        if (type !== 'A_Const') return;
        const value = (inner as A_Const).sval?.sval;
        const added = value === undefined ? undefined : tx.added.get(value);
        if (!added || seen.has(value!)) return;
        seen.add(value!);
        ctx.report(
          `'${value}' was added to enum ${added.type} on line ${added.line}, in the same transaction: PostgreSQL refuses to use it before that transaction commits ("unsafe use of new value"), so the migration fails`,
          { location: (inner as A_Const).location },
        );
      });
    },
  },
});
