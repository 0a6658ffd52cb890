import { nodeAs } from '../sql/node-types.js';
import { tableCmds } from '../sql/ddl.js';
import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

/** DETACH PARTITION … CONCURRENTLY arrived in PostgreSQL 14. */
const CONCURRENT_DETACH_SINCE = 14;

export default defineRule({
  id: 'require-concurrent-partition-detach',
  severity: 'warning',
  docs: {
    why:
      'DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table: every query on every partition, reads included, waits for it, and it first waits behind every running query on the table. CONCURRENTLY (PostgreSQL 14+) takes only SHARE UPDATE EXCLUSIVE, which lets reads and writes go on, and waits for running queries instead of blocking new ones. ' +
      'Below postgresVersion 14 there is no concurrent form and the rule stays silent; a partitioned table and partition both created in the same change are exempt, since nothing uses them yet.',
    lock: 'ACCESS EXCLUSIVE on the partitioned table and the partition (blocks reads and writes).',
    instead:
      'Use ALTER TABLE … DETACH PARTITION … CONCURRENTLY in a migration file of its own, outside a transaction (it cannot run in one). If it is interrupted, finish it with DETACH PARTITION … FINALIZE.',
    example: {
      bad: 'ALTER TABLE event DETACH PARTITION event_2023;',
      good: 'ALTER TABLE event DETACH PARTITION event_2023 CONCURRENTLY;',
    },
  },
  visit: {
    AlterTableStmt(node, ctx) {
      if (ctx.config.postgresVersion < CONCURRENT_DETACH_SINCE) return;
      const parent = relationOf(node.relation);
      for (const { cmd, index } of tableCmds(node)) {
        if (cmd.subtype !== 'AT_DetachPartition' || nodeAs(cmd.def, 'PartitionCmd')?.concurrent) continue;
        const partition = relationOf(nodeAs(cmd.def, 'PartitionCmd')?.name);
        if (parent && ctx.isNew(parent) && (!partition || ctx.isNew(partition))) continue;
        const p = parent ? displayName(parent) : 'the partitioned table';
        const what = partition ? `DETACH PARTITION ${displayName(partition)}` : 'DETACH PARTITION';
        ctx.report(`${what} without CONCURRENTLY locks ${p} against reads and writes (ACCESS EXCLUSIVE); use DETACH PARTITION … CONCURRENTLY`, {
          location: ctx.actionLocation(index),
        });
      }
    },
  },
});
