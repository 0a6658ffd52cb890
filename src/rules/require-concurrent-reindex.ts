import { displayName, relationKey, relationOf } from '../sql/relation.js';
import { optionEnabled } from '../sql/transactional.js';
import { defineRule } from './rule.js';

const TARGET: Record<string, string> = {
  REINDEX_OBJECT_INDEX: 'INDEX',
  REINDEX_OBJECT_TABLE: 'TABLE',
  REINDEX_OBJECT_SCHEMA: 'SCHEMA',
  REINDEX_OBJECT_DATABASE: 'DATABASE',
  REINDEX_OBJECT_SYSTEM: 'SYSTEM',
};

export default defineRule({
  id: 'require-concurrent-reindex',
  severity: 'error',
  docs: {
    why:
      'REINDEX without CONCURRENTLY blocks writes to each table while its indexes are rebuilt, and holds an ACCESS EXCLUSIVE lock on each index. Planning any query on a table locks every index of the table, whether the plan uses it or not, so reads wait too: every query on the table stalls, minutes of outage on a large table. ' +
      'A table or index created earlier in the same change is not reported: nobody uses it yet.',
    lock: 'SHARE on the table (blocks writes) and ACCESS EXCLUSIVE on each index being rebuilt (blocks every query on the table: planning locks all of its indexes).',
    instead:
      'Use REINDEX … CONCURRENTLY (PostgreSQL 12+) in a migration file of its own, outside a transaction: it builds a new index beside the old one and swaps them, blocking neither reads nor writes. ' +
      'System catalogs cannot be reindexed concurrently; do that in a maintenance window, not a migration.',
    example: {
      bad: 'REINDEX INDEX lead_owner_idx;',
      good: 'REINDEX INDEX CONCURRENTLY lead_owner_idx;',
    },
  },
  visit: {
    ReindexStmt(node, ctx) {
      if (optionEnabled(node.params, 'concurrently')) return;
      const what = TARGET[node.kind as string] ?? 'INDEX';
      const rel = relationOf(node.relation);
      if (rel && ctx.isNew(rel)) return;
      const target = rel ? ` ${displayName(rel)}` : node.name ? ` ${node.name}` : '';
      if (what === 'SYSTEM') {
        ctx.report(`REINDEX SYSTEM${target} locks the system catalogs, stalling every session, and has no CONCURRENTLY form`, {
          help: 'Reindex system catalogs in a maintenance window, not in a migration.',
        });
        return;
      }
      let effect: string;
      if (what === 'INDEX') {
        const table = rel && ctx.model.indexes.get(relationKey(rel))?.table?.replace(/^public\./, '');
        effect = `blocks every query on ${table ?? 'its table'} while it rebuilds: writes wait for its SHARE lock on the table, and reads too, since planning any query on the table locks each of its indexes and this one is held ACCESS EXCLUSIVE`;
      } else if (what === 'TABLE') {
        effect = `blocks every query on${target} while it rebuilds: writes wait for its SHARE lock on the table, and reads for the ACCESS EXCLUSIVE lock on each of its indexes, which planning any query on the table takes`;
      } else {
        effect = `blocks every query on each table of the ${what.toLowerCase()} in turn while it rebuilds (SHARE on the table, ACCESS EXCLUSIVE on its indexes, which planning any query locks)`;
      }
      ctx.report(`REINDEX ${what}${target} without CONCURRENTLY ${effect}`);
    },
  },
});
