import type { RefreshMatViewStmt } from '@pgsql/types';
import { keywordLocations } from '../sql/ddl.js';
import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'refresh-with-no-data',
  severity: 'warning',
  docs: {
    why:
      'REFRESH MATERIALIZED VIEW … WITH NO DATA empties the view and marks it unpopulated: from the commit on, every query that reads it fails with "materialized view … has not been populated" until someone refreshes it WITH DATA, and REFRESH … CONCURRENTLY refuses to run on it. A view created earlier in the same change is exempt: nobody reads it yet.',
    lock: 'ACCESS EXCLUSIVE on the materialized view.',
    instead:
      'Refresh with data (REFRESH MATERIALIZED VIEW CONCURRENTLY keeps readers going). To free the space of a view nobody should read any more, drop it once nothing uses it.',
    example: {
      bad: 'REFRESH MATERIALIZED VIEW lead_stats WITH NO DATA;',
      good: 'REFRESH MATERIALIZED VIEW CONCURRENTLY lead_stats;',
    },
  },
  visit: {
    RefreshMatViewStmt(node: RefreshMatViewStmt, ctx) {
      const view = relationOf(node.relation);
      if (!node.skipData || !view || ctx.isNew(view)) return;
      ctx.report(
        `REFRESH … WITH NO DATA leaves ${displayName(view)} unpopulated: every read of it fails ("has not been populated") until it is refreshed with data`,
        { location: keywordLocations(ctx.stmt, ctx.file.parsed.source, ['WITH', 'NO', 'DATA'])[0] },
      );
    },
  },
});
