import { keywordLocations } from '../sql/ddl.js';
import { displayName, relationOf, type RelationRef } from '../sql/relation.js';
import { defineRule } from './rule.js';
import { nodeAs } from '../sql/node-types.js';

export default defineRule({
  id: 'ban-truncate-cascade',
  severity: 'warning',
  docs: {
    why: 'TRUNCATE … CASCADE also empties every table that has a foreign key to the truncated ones, and every table referencing those, recursively: a cleanup of one table can wipe out tables nobody named, in every environment the migration runs on.',
    lock: 'ACCESS EXCLUSIVE on every truncated table, the cascaded ones included.',
    instead: 'Name every table to truncate explicitly (TRUNCATE a, b without CASCADE fails if something else still references them), or delete the rows you mean with DELETE … WHERE.',
    example: {
      bad: 'TRUNCATE lead_import CASCADE;',
      good: 'TRUNCATE lead_import, lead_import_error;',
    },
  },
  visit: {
    TruncateStmt(node, ctx) {
      if (node.behavior !== 'DROP_CASCADE') return;
      const names = (node.relations ?? [])
        .map((r) => relationOf(nodeAs(r, 'RangeVar')))
        .filter((r): r is RelationRef => !!r)
        .map((r) => displayName(r));
      const cascade = keywordLocations(ctx.stmt, ctx.file.parsed.source, ['CASCADE']);
      ctx.report(`TRUNCATE ${names.join(', ')} CASCADE also empties every table with a foreign key to ${names.length > 1 ? 'them' : 'it'}, recursively`, {
        location: cascade[cascade.length - 1],
      });
    },
  },
});
