import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'require-concurrent-refresh',
  severity: 'error',
  docs: {
    why:
      'REFRESH MATERIALIZED VIEW without CONCURRENTLY holds an ACCESS EXCLUSIVE lock on the view while its query runs again: every SELECT on the view waits, for as long as the refresh takes. ' +
      'A view created earlier in the same change is not reported (nobody reads it yet), nor is WITH NO DATA, which CONCURRENTLY cannot be combined with.',
    lock: 'ACCESS EXCLUSIVE on the materialized view (blocks reads) for the whole refresh.',
    instead:
      'Use REFRESH MATERIALIZED VIEW CONCURRENTLY: readers keep seeing the old rows until the new ones are ready. It needs a unique index on the view (plain columns, no WHERE clause) and a view that is already populated.',
    example: {
      bad: 'REFRESH MATERIALIZED VIEW lead_stats;',
      good: 'REFRESH MATERIALIZED VIEW CONCURRENTLY lead_stats;',
    },
  },
  visit: {
    RefreshMatViewStmt(node, ctx) {
      if (node.concurrent || node.skipData) return;
      const view = relationOf(node.relation);
      if (!view || ctx.isNew(view)) return;
      ctx.report(
        `REFRESH MATERIALIZED VIEW ${displayName(view)} without CONCURRENTLY rewrites it under an ACCESS EXCLUSIVE lock, blocking every read of ${displayName(view)} until the refresh finishes`,
      );
    },
  },
});
