import { tableCmds } from '../sql/ddl.js';
import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'ban-drop-column',
  severity: 'warning',
  docs: {
    why: 'Dropping a column breaks every query, view and client that still names it, including code deployed before the migration that is still running during a rolling deploy (and ORMs that list every column they know). Its data is gone: an undo script can add the column back, not its values. A table created in the same change is exempt: nothing uses it yet.',
    lock: 'ACCESS EXCLUSIVE on the table, briefly (the column is only marked dropped).',
    instead: 'Expand and contract: deploy code that no longer reads or writes the column first (for ORMs, mark it ignored), then drop it in a later migration, once nothing running uses it.',
    example: {
      bad: 'ALTER TABLE lead DROP COLUMN legacy_score;',
      good: '-- release 1: stop reading and writing legacy_score in the application\n-- release 2, once no running code uses it:\n-- pgmig-ignore ban-drop-column\nALTER TABLE lead DROP COLUMN legacy_score;',
    },
  },
  visit: {
    AlterTableStmt(node, ctx) {
      if (!ctx.isExisting(node.relation)) return;
      const table = displayName(relationOf(node.relation)!);
      for (const { cmd, index } of tableCmds(node)) {
        if (cmd.subtype !== 'AT_DropColumn') continue;
        // IF EXISTS of a column an earlier migration dropped: nothing is lost (the lock rules still see the ALTER)
        if (cmd.missing_ok && cmd.name && ctx.model.isColumnGone(node.relation, cmd.name)) continue;
        ctx.report(`DROP COLUMN ${cmd.name} on ${table} breaks every query and client still using ${table}.${cmd.name}, and its data is lost`, {
          location: ctx.actionLocation(index),
        });
      }
    },
  },
});
