import { keywordLocations } from '../sql/ddl.js';
import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'renaming-table',
  severity: 'warning',
  docs: {
    why:
      'Renaming a table breaks, the moment it commits, every query, function and client that uses the old name: the application version still running during a rolling deploy, other services, reports, replication and ETL jobs. (Views and foreign keys follow the rename; SQL written as text does not.) A table created in the same change is exempt: nothing uses it yet.',
    lock: 'ACCESS EXCLUSIVE on the table, briefly (a catalog change).',
    instead:
      'Keep the old name working while clients move: rename the table and create a view with the old name (a simple view is updatable), then drop the view in a later release once nothing uses it. Or keep the name.',
    example: {
      bad: 'ALTER TABLE customer RENAME TO account;',
      good:
        'BEGIN;\n-- a view under the old name keeps deployed clients working; drop it once none uses it\n-- pgmig-ignore renaming-table\nALTER TABLE customer RENAME TO account;\nCREATE VIEW customer AS SELECT * FROM account;\nCOMMIT;',
    },
  },
  visit: {
    RenameStmt(node, ctx) {
      if (node.renameType !== 'OBJECT_TABLE') return;
      const table = relationOf(node.relation);
      if (!table || ctx.isNew(table)) return;
      ctx.report(
        `renaming table ${displayName(table)} to ${node.newname} breaks every query and client still using ${displayName(table)}, including the application version running during the deploy`,
        { location: keywordLocations(ctx.stmt, ctx.file.parsed.source, ['RENAME'])[0] },
      );
    },
  },
});
