import type { DeleteStmt, UpdateStmt } from '@pgsql/types';
import { isConstantTrue } from '../sql/constant-true.js';
import { startLocation } from '../sql/expr.js';
import { displayName, relationOf } from '../sql/relation.js';
import { defineRule, type StatementContext } from './rule.js';

function check(node: UpdateStmt | DeleteStmt, verb: string, ctx: StatementContext) {
  const table = relationOf(node.relation);
  if (!table || ctx.isNew(table)) return;
  // WHERE CURRENT OF a cursor touches one row
  if (node.whereClause && !isConstantTrue(node.whereClause)) return;
  const name = displayName(table);
  const how = node.whereClause ? 'with a WHERE that is always true' : 'without WHERE';
  ctx.report(
    `${verb} ${name} ${how} touches every row of ${name} in one transaction: a row lock on each until it commits, WAL and replication lag, and ${verb === 'DELETE' ? 'dead rows' : 'a dead copy of every row'} to vacuum; do it in batches by key range`,
    { location: node.whereClause ? startLocation(node.whereClause) : undefined },
  );
}

export default defineRule({
  id: 'update-delete-without-where',
  severity: 'warning',
  docs: {
    why:
      'An UPDATE or DELETE with no WHERE (or a WHERE that is always true, such as 1 = 1) changes every row of the table in one transaction: each row stays locked until it commits, so application writes to any of them wait; the table\'s whole size goes through the WAL at once (replicas fall behind) and leaves a dead row version per row for VACUUM. On a large table that is minutes of blocked writes and a bloated table. Tables created in the same change are exempt: they hold only what the change put there.',
    lock: 'ROW EXCLUSIVE on the table, and a row lock on every row until the transaction commits.',
    instead:
      'Change the rows in batches by key range, one transaction per batch (UPDATE … WHERE id >= … AND id < …; `pgmig new --template backfill`), ideally in a migration of its own. If the table is known to be small, say so with `-- pgmig-ignore update-delete-without-where` above the statement.',
    example: {
      bad: "UPDATE lead SET source = 'web';",
      good: "UPDATE lead SET source = 'web' WHERE id >= 1 AND id < 10001 AND source IS NULL;",
    },
  },
  visit: {
    UpdateStmt(node: UpdateStmt, ctx) {
      check(node, 'UPDATE', ctx);
    },
    DeleteStmt(node: DeleteStmt, ctx) {
      check(node, 'DELETE', ctx);
    },
  },
});
