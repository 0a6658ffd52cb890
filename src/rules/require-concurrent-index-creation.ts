import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'require-concurrent-index-creation',
  severity: 'error',
  docs: {
    why: 'CREATE INDEX without CONCURRENTLY holds a SHARE lock on the table for the whole build: every INSERT, UPDATE and DELETE waits, for minutes on a large table.',
    lock: 'SHARE on the table (blocks writes) for the duration of the build.',
    instead: 'Use CREATE INDEX CONCURRENTLY in a migration file of its own, outside a transaction. A table created in the same change needs no CONCURRENTLY.',
    example: {
      bad: 'CREATE INDEX lead_owner_idx ON lead (owner_id);',
      good: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS lead_owner_idx ON lead (owner_id);',
    },
  },
  visit: {
    IndexStmt(node, ctx) {
      if (node.concurrent || !ctx.isExisting(node.relation)) return;
      const table = displayName(relationOf(node.relation)!);
      ctx.report(`CREATE INDEX on existing table ${table} without CONCURRENTLY blocks writes to ${table} while the index builds`);
    },
  },
});
