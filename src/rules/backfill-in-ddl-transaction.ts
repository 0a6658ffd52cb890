import type { RangeVar } from '@pgsql/types';
import { blocksWrites, statementLabel, type LockMode } from '../sql/locks.js';
import { nodeAs } from '../sql/node-types.js';
import { displayName, keyOf, relationKey, relationOf } from '../sql/relation.js';
import { transactionOf, type TransactionSlot } from '../sql/transaction-scope.js';
import type { StatementNode } from '../sql/parse.js';
import { defineRule } from './rule.js';

interface Transaction {
  /** Existing tables a statement of this transaction locked against writes: the first such statement. */
  locked: Map<string, { label: string; line: number; mode: LockMode }>;
}

/** UPDATE, DELETE, MERGE, and INSERT that reads its rows from a query (not VALUES). */
function backfilledTable(stmt: StatementNode): RangeVar | undefined {
  switch (stmt.kind) {
    case 'UpdateStmt':
    case 'DeleteStmt':
    case 'MergeStmt':
      return stmt.node.relation;
    case 'InsertStmt': {
      const select = nodeAs(stmt.node.selectStmt, 'SelectStmt');
      return select && !select.valuesLists ? stmt.node.relation : undefined;
    }
    default:
      return undefined;
  }
}

export default defineRule({
  id: 'backfill-in-ddl-transaction',
  severity: 'warning',
  docs: {
    why:
      'A lock lasts until the transaction commits. When a transaction first changes a table\'s schema (ALTER TABLE, CREATE INDEX, …: a lock that blocks writes) and then fills or rewrites its rows (UPDATE, DELETE, INSERT … SELECT, MERGE), every write to the table, and for ACCESS EXCLUSIVE every read, waits for the whole backfill: minutes on a large table, while the application queues up behind it. Tables created in the same change are exempt: nobody uses them yet.',
    lock: 'The lock the schema change took (often ACCESS EXCLUSIVE), held for the whole backfill.',
    instead:
      'Commit the schema change first, then backfill in a separate migration, in batches by key range (UPDATE … WHERE id BETWEEN … AND …, one transaction per batch; `pgmig new --template backfill`), so each batch holds only row locks, briefly.',
    example: {
      bad: 'BEGIN;\nALTER TABLE lead ADD COLUMN score_v2 bigint;\nUPDATE lead SET score_v2 = score * 10;\nCOMMIT;',
      good: '-- V12__add_score_v2.sql\nALTER TABLE lead ADD COLUMN score_v2 bigint;\n-- V13__backfill_score_v2.sql, outside a transaction, one batch at a time:\nUPDATE lead SET score_v2 = score * 10 WHERE id BETWEEN 1 AND 10000;',
    },
  },
  visit: {
    '*'(_node, ctx) {
      const tx = transactionOf(ctx.state as TransactionSlot<Transaction>, ctx.stmt, ctx.session, () => ({ locked: new Map() }));
      if (!tx) return;
      const target = backfilledTable(ctx.stmt);
      const key = keyOf(target);
      const held = key ? tx.locked.get(key) : undefined;
      if (held && target && ctx.isExisting(target)) {
        const name = displayName(relationOf(target)!);
        ctx.report(
          `${statementLabel(ctx.stmt)} fills ${name} in the transaction whose ${held.label} (line ${held.line}) took ${held.mode} on it: that lock blocks ${held.mode === 'ACCESS EXCLUSIVE' ? 'reads and writes' : 'writes'} of ${name} until the whole backfill commits; move the backfill to a separate migration, in batches`,
        );
      }
      if (target) return;
      for (const l of ctx.locks) {
        if (!l.existing || !blocksWrites(l.mode)) continue;
        const k = relationKey(l.relation);
        const prev = tx.locked.get(k);
        if (!prev || (prev.mode !== 'ACCESS EXCLUSIVE' && l.mode === 'ACCESS EXCLUSIVE')) {
          tx.locked.set(k, { label: statementLabel(ctx.stmt), line: ctx.file.parsed.source.position(ctx.stmt.start).line, mode: l.mode });
        }
      }
    },
  },
});
