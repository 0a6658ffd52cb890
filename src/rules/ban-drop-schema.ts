import type { DropStmt, String as PgString } from '@pgsql/types';
import { keywordLocations } from '../sql/ddl.js';
import { nodeAs } from '../sql/node-types.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'ban-drop-schema',
  severity: 'error',
  docs: {
    why:
      'DROP SCHEMA … CASCADE drops every table, view, function, type and sequence in the schema, with all their rows, in every environment the migration reaches; an undo script cannot bring the data back, and every query and client using any of them fails at once. Without CASCADE it fails unless the schema is empty, which a migration should not have to guess. A schema created in the same change is exempt: nothing uses it yet.',
    lock: 'ACCESS EXCLUSIVE on every relation in the schema (CASCADE).',
    instead:
      'Drop the objects you mean one by one, each after nothing uses it any more (see ban-drop-table), then drop the empty schema without CASCADE; or keep the schema. If the drop is deliberate, say so with `-- pgmig-ignore ban-drop-schema` and a comment.',
    example: {
      bad: 'DROP SCHEMA reporting CASCADE;',
      good: '-- release 1 dropped reporting.daily_totals and reporting.weekly_totals; the schema is empty now\n-- pgmig-ignore ban-drop-schema\nDROP SCHEMA reporting;',
    },
  },
  visit: {
    DropStmt(node: DropStmt, ctx) {
      if (node.removeType !== 'OBJECT_SCHEMA') return;
      const schemas = (node.objects ?? [])
        .map((o) => nodeAs(o, 'String')?.sval)
        .filter((s): s is string => !!s && !ctx.model.objects.isNewSchema(s));
      if (schemas.length === 0) return;
      const cascade = node.behavior === 'DROP_CASCADE';
      const list = schemas.join(', ');
      ctx.report(
        cascade
          ? `DROP SCHEMA ${list} CASCADE drops every table in ${schemas.length > 1 ? 'them' : 'it'} with all rows, and every view, function and type, breaking every client that uses them`
          : `DROP SCHEMA ${list} drops ${schemas.length > 1 ? 'schemas' : 'a schema'} this change did not create: the migration fails if anything is still in ${schemas.length > 1 ? 'them' : 'it'}, and any client using ${schemas.length > 1 ? 'them' : 'it'} breaks`,
        { location: cascade ? keywordLocations(ctx.stmt, ctx.file.parsed.source, ['CASCADE']).pop() : undefined },
      );
    },
  },
});
