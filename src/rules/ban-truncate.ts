import type { RangeVar, TruncateStmt } from '@pgsql/types';
import { nodeAs } from '../sql/node-types.js';
import { displayName, relationOf, type RelationRef } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'ban-truncate',
  severity: 'warning',
  docs: {
    why:
      'TRUNCATE removes every row of the table at once, in every environment the migration reaches, production included; unlike DELETE it cannot be limited to some rows, and an undo script cannot bring the rows back. It also takes ACCESS EXCLUSIVE, so every query on the table waits for it (and for everything the transaction does afterwards). With CASCADE, ban-truncate-cascade reports the tables it empties besides. A table created in the same change is exempt: it holds only what the change put there.',
    lock: 'ACCESS EXCLUSIVE on every truncated table until the transaction commits.',
    instead:
      'Keep data cleanup out of schema migrations: delete the rows you mean with DELETE … WHERE, in batches, or empty a staging table from the job that fills it. If the table really is scratch data everywhere, say so with `-- pgmig-ignore ban-truncate` and a comment.',
    example: {
      bad: 'TRUNCATE lead_import;',
      good: "DELETE FROM lead_import WHERE imported_at < now() - interval '30 days';",
    },
  },
  visit: {
    TruncateStmt(node: TruncateStmt, ctx) {
      const existing = (node.relations ?? [])
        .map((r) => relationOf(nodeAs(r, 'RangeVar')))
        .filter((ref): ref is RelationRef => !!ref && ctx.isExisting(ref))
        .map(displayName);
      if (existing.length === 0) return;
      const them = existing.length > 1 ? 'those tables' : existing[0];
      ctx.report(`TRUNCATE ${existing.join(', ')} deletes every row of ${them} in every environment the migration runs in, under ACCESS EXCLUSIVE`);
    },
  },
});
