import { nodeAs } from '../sql/node-types.js';
import { columnConstraints, tableCmds } from '../sql/ddl.js';
import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'adding-serial-primary-key-field',
  severity: 'warning',
  docs: {
    why: 'Adding a PRIMARY KEY to an existing table (ADD PRIMARY KEY, or ADD COLUMN … PRIMARY KEY, typically a serial id) builds its unique index while holding ACCESS EXCLUSIVE: every read and write waits for the whole index build, and for a new serial column for the rewrite that fills it. A table created in the same change is exempt: it has no rows yet.',
    lock: 'ACCESS EXCLUSIVE on the table for the whole index build (blocks reads and writes).',
    instead: 'Build the index first with CREATE UNIQUE INDEX CONCURRENTLY (outside a transaction), then attach it: ALTER TABLE … ADD CONSTRAINT … PRIMARY KEY USING INDEX …, which only takes the lock briefly. The key columns must already be NOT NULL (see adding-not-nullable-field).',
    example: {
      bad: 'ALTER TABLE lead ADD PRIMARY KEY (id);',
      good: '-- in a migration of its own, outside a transaction:\n-- CREATE UNIQUE INDEX CONCURRENTLY lead_pkey_idx ON lead (id);\nALTER TABLE lead ADD CONSTRAINT lead_pkey PRIMARY KEY USING INDEX lead_pkey_idx;',
    },
  },
  visit: {
    AlterTableStmt(node, ctx) {
      if (!ctx.isExisting(node.relation)) return;
      const table = displayName(relationOf(node.relation)!);
      const message = (what: string) =>
        `${what} on ${table} builds the primary key index under an ACCESS EXCLUSIVE lock, blocking reads and writes to ${table} until it is built`;
      for (const { cmd } of tableCmds(node)) {
        if (cmd.subtype === 'AT_AddConstraint') {
          const c = nodeAs(cmd.def, 'Constraint');
          // USING INDEX attaches an index built beforehand (CONCURRENTLY): that is the safe way
          if (c?.contype === 'CONSTR_PRIMARY' && !c.indexname) ctx.report(message('ADD PRIMARY KEY'), { location: c.location });
        } else if (cmd.subtype === 'AT_AddColumn') {
          const col = nodeAs(cmd.def, 'ColumnDef');
          for (const c of columnConstraints(col)) {
            if (c.contype === 'CONSTR_PRIMARY') ctx.report(message(`ADD COLUMN ${col?.colname} … PRIMARY KEY`), { location: c.location });
          }
        }
      }
    },
  },
});
