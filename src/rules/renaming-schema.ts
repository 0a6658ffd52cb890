import type { RenameStmt } from '@pgsql/types';
import { keywordLocations } from '../sql/ddl.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'renaming-schema',
  severity: 'warning',
  docs: {
    why:
      'Renaming a schema renames, for every client, every table, view, function and sequence in it at once: each query, search_path, grant script and job that names the old schema fails the moment the rename commits, including the application version still running during a rolling deploy. (Objects inside the schema that refer to each other by OID keep working; SQL written as text does not.) A schema created in the same change is exempt: nothing uses it yet.',
    lock: 'A brief catalog lock on the schema; the breakage is in the clients, not the lock.',
    instead:
      'Keep the schema name. To move objects, create the new schema, move them one at a time with ALTER … SET SCHEMA (leaving views under the old names while clients move), and drop the old schema once nothing uses it.',
    example: {
      bad: 'ALTER SCHEMA crm RENAME TO sales;',
      good: 'CREATE SCHEMA sales;\nALTER TABLE crm.lead SET SCHEMA sales;\nCREATE VIEW crm.lead AS SELECT * FROM sales.lead;',
    },
  },
  visit: {
    RenameStmt(node: RenameStmt, ctx) {
      if (node.renameType !== 'OBJECT_SCHEMA' || !node.subname || ctx.model.objects.isNewSchema(node.subname)) return;
      ctx.report(
        `renaming schema ${node.subname} to ${node.newname} breaks every query, search_path and client that names ${node.subname}, for every object in it at once`,
        { location: keywordLocations(ctx.stmt, ctx.file.parsed.source, ['RENAME'])[0] },
      );
    },
  },
});
