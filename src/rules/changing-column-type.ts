import { tableCmds } from '../sql/ddl.js';
import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'changing-column-type',
  severity: 'warning',
  docs: {
    why: 'ALTER COLUMN … TYPE takes ACCESS EXCLUSIVE and, unless the old and new types are binary compatible (varchar(n) to a longer varchar or to text), rewrites the whole table and rebuilds its indexes while holding it: nothing can read or write the table until it is done. Code deployed before the migration may also break on the new type. A table created in the same change is exempt: it has no rows and no readers yet.',
    lock: 'ACCESS EXCLUSIVE on the table for the whole rewrite (blocks reads and writes).',
    instead: 'Add a new column of the new type, write to both (trigger or application), backfill in batches, switch readers over, then drop the old column. Widening varchar(n) or changing it to text does not rewrite and can be accepted with a pgmig-ignore.',
    example: {
      bad: 'ALTER TABLE lead ALTER COLUMN score TYPE bigint;',
      good: 'ALTER TABLE lead ADD COLUMN score_big bigint;\n-- then: backfill score_big in batches, move readers to it, drop score',
    },
  },
  visit: {
    AlterTableStmt(node, ctx) {
      if (!ctx.isExisting(node.relation)) return;
      const table = displayName(relationOf(node.relation)!);
      for (const { cmd } of tableCmds(node)) {
        if (cmd.subtype !== 'AT_AlterColumnType') continue;
        const type = cmd.def?.ColumnDef?.typeName;
        ctx.report(
          `changing the type of ${table}.${cmd.name} locks ${table} against reads and writes and may rewrite the whole table and its indexes`,
          { location: type?.location },
        );
      }
    },
  },
});
