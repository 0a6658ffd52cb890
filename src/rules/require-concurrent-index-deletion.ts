import { displayName, relationFromNames, relationKey } from '../sql/relation.js';
import { defineRule } from './rule.js';
import { nodeAs } from '../sql/node-types.js';

export default defineRule({
  id: 'require-concurrent-index-deletion',
  severity: 'error',
  docs: {
    why:
      'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index\'s table: every query on the table, reads included, waits until the drop commits, and queues behind any long transaction already holding a lock there. ' +
      'An index created earlier in the same change is not reported: no deployed code uses it yet.',
    lock: 'ACCESS EXCLUSIVE on the table the index belongs to (blocks reads and writes) until the transaction ends.',
    instead:
      'Use DROP INDEX CONCURRENTLY, one index per statement (it accepts neither several names nor CASCADE), in a migration file of its own, outside a transaction.',
    example: {
      bad: 'DROP INDEX lead_owner_idx;',
      good: 'DROP INDEX CONCURRENTLY IF EXISTS lead_owner_idx;',
    },
  },
  visit: {
    DropStmt(node, ctx) {
      if (node.removeType !== 'OBJECT_INDEX' || node.concurrent) return;
      const existing = [];
      for (const o of node.objects ?? []) {
        const ref = relationFromNames(nodeAs(o, 'List')?.items);
        // IF EXISTS of an index an earlier migration dropped does nothing
        if (ref && !ctx.isNew(ref) && !(node.missing_ok && ctx.model.isGone(ref))) existing.push(ref);
      }
      if (existing.length === 0) return;
      const names = existing.map(displayName).join(', ');
      const tables = [
        ...new Set(existing.map((ref) => ctx.model.indexes.get(relationKey(ref))?.table).filter((t): t is string => !!t)),
      ].map((key) => key.replace(/^public\./, ''));
      const on = tables.length > 0 ? tables.join(', ') : 'its table';
      ctx.report(
        `DROP INDEX ${names} without CONCURRENTLY locks ${on} against reads and writes (ACCESS EXCLUSIVE) until the transaction ends`,
      );
    },
  },
});
