import type { AlterTableCmd, AlterTableStmt } from '@pgsql/types';
import { nodeAs } from '../sql/node-types.js';
import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'ban-set-logged-unlogged',
  severity: 'warning',
  docs: {
    why:
      'ALTER TABLE … SET UNLOGGED rewrites the table and stops writing it to the WAL: after a crash or an unclean shutdown PostgreSQL empties it, and it is not on the streaming replicas at all (queries there fail, a failover loses it). SET LOGGED rewrites the whole table under ACCESS EXCLUSIVE and writes every row to the WAL, so the table is blocked for the whole copy and replicas fall behind by the table\'s size. A table created in the same change is exempt: it has no rows and no readers yet.',
    lock: 'ACCESS EXCLUSIVE on the table for the whole rewrite.',
    instead:
      'Choose a table\'s persistence when you create it (CREATE UNLOGGED TABLE for data you can lose). To make an existing table logged without the long lock, create a new logged table, copy the rows in batches, and swap the names in one short transaction.',
    example: {
      bad: 'ALTER TABLE page_view SET UNLOGGED;',
      good: 'CREATE UNLOGGED TABLE page_view_buffer (LIKE page_view INCLUDING ALL);',
    },
  },
  visit: {
    AlterTableStmt(node: AlterTableStmt, ctx) {
      const table = relationOf(node.relation);
      if (!table || node.objtype !== 'OBJECT_TABLE' || ctx.isNew(table)) return;
      const name = displayName(table);
      (node.cmds ?? []).forEach((c, index) => {
        const cmd = nodeAs(c, 'AlterTableCmd');
        const location = ctx.actionLocation(index);
        if (cmd?.subtype === 'AT_SetUnLogged') {
          ctx.report(`SET UNLOGGED rewrites all of ${name} under ACCESS EXCLUSIVE, blocking reads and writes until it is done, and from then on ${name} is missing on the replicas and emptied after a crash`, { location });
        } else if (cmd?.subtype === 'AT_SetLogged') {
          ctx.report(`SET LOGGED rewrites all of ${name} under ACCESS EXCLUSIVE, blocking reads and writes until it is done, and writes every row to the WAL: replicas fall behind by the table's size`, { location });
        }
      });
    },
  },
});
