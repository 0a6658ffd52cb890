import type { Constraint } from '@pgsql/types';
import { nodeAs } from '../sql/node-types.js';
import { columnConstraints, tableCmds } from '../sql/ddl.js';
import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'adding-foreign-key-constraint',
  severity: 'warning',
  docs: {
    why: 'Adding a foreign key to an existing table checks every row against the referenced table while holding SHARE ROW EXCLUSIVE on both tables: inserts, updates and deletes on either wait for the whole scan. ADD COLUMN … REFERENCES does the same. A foreign key written in CREATE TABLE, or added to a table created in the same change, is fine: there are no rows to check.',
    lock: 'SHARE ROW EXCLUSIVE on the table and on the referenced table (blocks writes to both) for the whole validation scan.',
    instead: 'Add the constraint with NOT VALID (only new rows are checked; the lock is brief), then run ALTER TABLE … VALIDATE CONSTRAINT in a later migration or transaction: validation takes only SHARE UPDATE EXCLUSIVE, so reads and writes go on.',
    example: {
      bad: 'ALTER TABLE lead ADD CONSTRAINT lead_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id);',
      good: 'ALTER TABLE lead ADD CONSTRAINT lead_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id) NOT VALID;\n-- in the next migration:\n-- ALTER TABLE lead VALIDATE CONSTRAINT lead_owner_fk;',
    },
  },
  visit: {
    AlterTableStmt(node, ctx) {
      if (!ctx.isExisting(node.relation)) return;
      const table = displayName(relationOf(node.relation)!);
      const report = (c: Constraint, what: string) => {
        const ref = relationOf(c.pktable);
        const target = ref ? displayName(ref) : 'the referenced table';
        ctx.report(
          `${what} on ${table} checks every row of ${table} against ${target} while blocking writes to both tables; add it NOT VALID and VALIDATE it later`,
          { location: c.location },
        );
      };
      for (const { cmd } of tableCmds(node)) {
        if (cmd.subtype === 'AT_AddConstraint') {
          const c = nodeAs(cmd.def, 'Constraint');
          if (c?.contype === 'CONSTR_FOREIGN' && !c.skip_validation) report(c, `foreign key ${c.conname ?? ''}`.trimEnd());
        } else if (cmd.subtype === 'AT_AddColumn') {
          const col = nodeAs(cmd.def, 'ColumnDef');
          for (const c of columnConstraints(col)) {
            if (c.contype === 'CONSTR_FOREIGN') report(c, `ADD COLUMN ${col?.colname} REFERENCES`);
          }
        }
      }
    },
  },
});
