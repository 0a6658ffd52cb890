import { tableCmds } from '../sql/ddl.js';
import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'ban-drop-not-null',
  severity: 'warning',
  docs: {
    why: 'Dropping NOT NULL lets NULLs into a column that running code (and reports, exports, other services) assumes is always set: the first NULL written by new code can crash old code that reads it. Putting NOT NULL back later means scanning the table again. A table created in the same change is exempt: nothing reads it yet.',
    lock: 'ACCESS EXCLUSIVE on the table, briefly.',
    instead: 'First deploy every reader so it handles NULL in the column, then drop the constraint in a later migration.',
    example: {
      bad: 'ALTER TABLE lead ALTER COLUMN owner_id DROP NOT NULL;',
      good: '-- release 1: make every reader of lead.owner_id handle NULL\n-- release 2:\n-- pgmig-ignore ban-drop-not-null\nALTER TABLE lead ALTER COLUMN owner_id DROP NOT NULL;',
    },
  },
  visit: {
    AlterTableStmt(node, ctx) {
      if (!ctx.isExisting(node.relation)) return;
      const table = displayName(relationOf(node.relation)!);
      for (const { cmd, index } of tableCmds(node)) {
        if (cmd.subtype !== 'AT_DropNotNull') continue;
        ctx.report(`DROP NOT NULL on ${table}.${cmd.name} lets NULLs reach code that expects ${cmd.name} to be set`, {
          location: ctx.actionLocation(index),
        });
      }
    },
  },
});
