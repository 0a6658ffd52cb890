import type { IndexStmt } from '@pgsql/types';
import { keywordLocations } from '../sql/ddl.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'concurrent-index-if-not-exists',
  severity: 'warning',
  docs: {
    why:
      'A CREATE INDEX CONCURRENTLY that fails (a deadlock, a lock_timeout, a duplicate value for a UNIQUE index, a cancelled deploy) does not remove what it built: the index stays, marked INVALID, unused by queries but still updated by every write. Run again with IF NOT EXISTS, the build sees the name taken and "succeeds" doing nothing, so the migration is recorded as applied while the index never works. It is the most common way an invalid index ends up in production unnoticed.',
    lock: 'SHARE UPDATE EXCLUSIVE on the table while the index builds (reads and writes go on).',
    instead:
      'Drop a leftover first and build without IF NOT EXISTS: `DROP INDEX CONCURRENTLY IF EXISTS name;` then `CREATE INDEX CONCURRENTLY name …;`. A retry then rebuilds a broken index instead of keeping it. `pgmig test` also reports an index left INVALID.',
    example: {
      bad: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS lead_owner_idx ON lead (owner_id);',
      good: 'DROP INDEX CONCURRENTLY IF EXISTS lead_owner_idx;\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);',
    },
  },
  visit: {
    IndexStmt(node: IndexStmt, ctx) {
      if (!node.concurrent || !node.if_not_exists) return;
      ctx.report(
        `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${node.idxname}: after a failed build the INVALID index it leaves keeps the name, and the retry skips the build and "succeeds" with an index that never works; DROP INDEX CONCURRENTLY IF EXISTS ${node.idxname} first and drop IF NOT EXISTS`,
        { location: keywordLocations(ctx.stmt, ctx.file.parsed.source, ['IF', 'NOT', 'EXISTS'])[0] },
      );
    },
  },
});
