import { nodeAs } from '../sql/node-types.js';
import { columnConstraints, tableCmds } from '../sql/ddl.js';
import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'disallowed-unique-constraint',
  severity: 'warning',
  docs: {
    why: 'Adding a UNIQUE constraint to an existing table (ADD CONSTRAINT … UNIQUE, or ADD COLUMN … UNIQUE) builds its unique index while holding ACCESS EXCLUSIVE: every read and write on the table waits for the whole index build. A table created in the same change is exempt: it has no rows yet.',
    lock: 'ACCESS EXCLUSIVE on the table for the whole index build (blocks reads and writes).',
    instead: 'Build the index first with CREATE UNIQUE INDEX CONCURRENTLY (outside a transaction), then attach it with ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX …, which only takes the lock briefly.',
    example: {
      bad: 'ALTER TABLE lead ADD CONSTRAINT lead_email_key UNIQUE (email);',
      good: '-- in a migration of its own, outside a transaction:\n-- CREATE UNIQUE INDEX CONCURRENTLY lead_email_idx ON lead (email);\nALTER TABLE lead ADD CONSTRAINT lead_email_key UNIQUE USING INDEX lead_email_idx;',
    },
  },
  visit: {
    AlterTableStmt(node, ctx) {
      if (!ctx.isExisting(node.relation)) return;
      const table = displayName(relationOf(node.relation)!);
      const message = (what: string) =>
        `${what} on ${table} builds a unique index under an ACCESS EXCLUSIVE lock, blocking reads and writes to ${table} until it is built`;
      for (const { cmd } of tableCmds(node)) {
        if (cmd.subtype === 'AT_AddConstraint') {
          const c = nodeAs(cmd.def, 'Constraint');
          if (c?.contype === 'CONSTR_UNIQUE' && !c.indexname) {
            ctx.report(message(`UNIQUE constraint ${c.conname ?? ''}`.trimEnd()), { location: c.location });
          }
        } else if (cmd.subtype === 'AT_AddColumn') {
          const col = nodeAs(cmd.def, 'ColumnDef');
          for (const c of columnConstraints(col)) {
            if (c.contype === 'CONSTR_UNIQUE') ctx.report(message(`ADD COLUMN ${col?.colname} … UNIQUE`), { location: c.location });
          }
        }
      }
    },
  },
});
