import { nodeAs } from '../sql/node-types.js';
import { tableCmds } from '../sql/ddl.js';
import { displayName, keyOf, relationOf } from '../sql/relation.js';
import { typeChangeRewrites } from '../sql/rewrites.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'changing-column-type',
  severity: 'warning',
  docs: {
    why: 'ALTER COLUMN … TYPE takes ACCESS EXCLUSIVE and, unless the old and new types are binary compatible (varchar(n) to a longer varchar or to text, numeric(p,s) to a larger precision with the same scale), rewrites the whole table and rebuilds its indexes while holding it: nothing can read or write the table until it is done. Code deployed before the migration may also break on the new type. A table created in the same change is exempt: it has no rows and no readers yet.',
    lock: 'ACCESS EXCLUSIVE on the table for the whole rewrite (blocks reads and writes).',
    instead: 'Add a new column of the new type, write to both (trigger or application), backfill in batches, switch readers over, then drop the old column. Widening varchar(n), changing it to text or raising a numeric precision (same scale) does not rewrite: pgmig says nothing about it when an earlier migration shows the old type, and it can be accepted with a pgmig-ignore otherwise.',
    example: {
      bad: 'ALTER TABLE lead ALTER COLUMN score TYPE bigint;',
      good: 'ALTER TABLE lead ADD COLUMN score_big bigint;\n-- then: backfill score_big in batches, move readers to it, drop score',
    },
  },
  visit: {
    AlterTableStmt(node, ctx) {
      if (!ctx.isExisting(node.relation)) return;
      const table = displayName(relationOf(node.relation)!);
      const columns = ctx.model.table(keyOf(node.relation)!)?.columns;
      for (const { cmd } of tableCmds(node)) {
        if (cmd.subtype !== 'AT_AlterColumnType') continue;
        const type = nodeAs(cmd.def, 'ColumnDef')?.typeName;
        // binary compatible with the type an earlier migration gave it: a catalog change only,
        // whose brief ACCESS EXCLUSIVE require-lock-timeout already covers
        const rewrites = typeChangeRewrites(columns?.get(cmd.name ?? ''), type, nodeAs(cmd.def, 'ColumnDef')?.raw_default);
        if (rewrites === false) continue;
        ctx.report(
          `changing the type of ${table}.${cmd.name} locks ${table} against reads and writes and ${rewrites ? 'rewrites' : 'may rewrite'} the whole table and its indexes`,
          { location: type?.location },
        );
      }
    },
  },
});
