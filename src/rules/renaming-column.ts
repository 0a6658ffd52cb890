import { keywordLocations } from '../sql/ddl.js';
import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'renaming-column',
  severity: 'warning',
  docs: {
    why:
      'Renaming a column breaks, the moment it commits, every query that uses the old name: the application version still running (during a rolling deploy, and until every instance restarted), other services, reports, views written as text elsewhere. There is no moment at which old and new code both work. A table created in the same change is exempt: nothing uses it yet.',
    lock: 'ACCESS EXCLUSIVE on the table, briefly (a catalog change).',
    instead:
      'Expand and contract: add the new column, write to both (a trigger, or the application), backfill, move readers to the new name, and drop the old column in a later release. Or keep the old name.',
    example: {
      bad: 'ALTER TABLE lead RENAME COLUMN mail TO email;',
      good: '-- release 1: add the new column and keep both in step\nALTER TABLE lead ADD COLUMN email text;\n-- release 2, once nothing reads mail: ALTER TABLE lead DROP COLUMN mail;',
    },
  },
  visit: {
    RenameStmt(node, ctx) {
      if (node.renameType !== 'OBJECT_COLUMN' || node.relationType !== 'OBJECT_TABLE') return;
      const table = relationOf(node.relation);
      if (!table || ctx.isNew(table)) return;
      ctx.report(
        `renaming column ${node.subname} of ${displayName(table)} to ${node.newname} breaks every query and client still using ${node.subname}, including the application version running during the deploy`,
        { location: keywordLocations(ctx.stmt, ctx.file.parsed.source, ['RENAME'])[0] },
      );
    },
  },
});
